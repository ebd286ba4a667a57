// The Gantt tab: reads /api/v1/projects/{id}/gantt and draws it. One painter (paintChart) draws on
// any surface with the same few calls: the screen canvas (only the rows in view), an SVG document,
// a PNG (an off-screen canvas) and a paged PDF. Edits go through the ordinary task and link API,
// then the chart is read again, so it always shows what the engine computed.
(function () {
  'use strict';

  var MINUTE = 60000;
  var DAY = 1440;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var FONT = 'Helvetica, Arial, sans-serif';
  var COLORS = {
    grid: '#e3e6ea', header: '#f5f6f8', headerText: '#333', text: '#212529', muted: '#6c757d',
    bar: '#4a7fd4', barDone: '#1f4e9c', critical: '#d63f3f', criticalDone: '#8f1f1f', summary: '#343a40',
    baseline: '#b8bec6', link: '#7b8794', today: '#e8590c', status: '#1c7ed6', deadline: '#2b8a3e',
    late: '#c92a2a', selection: '#fff3bf', weekend: '#f8f9fa', drop: '#ffd43b'
  };
  // Pixels (points in the PDF) per day at each zoom, and the two tiers of the time scale.
  var ZOOMS = {
    day: {perDay: 28, top: 'month', bottom: 'day'},
    week: {perDay: 9, top: 'month', bottom: 'week'},
    month: {perDay: 2.6, top: 'year', bottom: 'month'},
    quarter: {perDay: 0.9, top: 'year', bottom: 'quarter'}
  };
  var SCREEN = {rowHeight: 24, headerHeight: 40, labelWidth: 340, fontSize: 12, barInset: 5};
  // A4 landscape in points; rows per page follow from these (35).
  var PDF_PAGE = {width: 842, height: 595, margin: 24, title: 20, rowHeight: 14, headerHeight: 28,
    labelWidth: 220, fontSize: 7, barInset: 3};
  var PNG_LIMIT = 16384;

  // ---- Time ---------------------------------------------------------------------------------

  function date(minutes) { return new Date(minutes * MINUTE); }
  function isoDay(minutes) { return date(minutes).toISOString().slice(0, 10); }
  function dayStart(minutes) { return Math.floor(minutes / DAY) * DAY; }
  function weekday(minutes) { return (date(minutes).getUTCDay() + 6) % 7; } // Monday 0

  // The first boundary of the unit at or before a time, and the one after a boundary.
  function floorTo(unit, minutes) {
    var d = date(dayStart(minutes));
    if (unit === 'day') { return dayStart(minutes); }
    if (unit === 'week') { return dayStart(minutes) - weekday(minutes) * DAY; }
    var month = unit === 'month' ? d.getUTCMonth()
      : unit === 'quarter' ? d.getUTCMonth() - d.getUTCMonth() % 3 : 0;
    return Date.UTC(d.getUTCFullYear(), month, 1) / MINUTE;
  }
  function nextOf(unit, minutes) {
    if (unit === 'day') { return minutes + DAY; }
    if (unit === 'week') { return minutes + 7 * DAY; }
    var d = date(minutes);
    var step = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1) / MINUTE;
  }
  function unitLabel(unit, minutes) {
    var d = date(minutes);
    if (unit === 'day') { return String(d.getUTCDate()); }
    if (unit === 'week') { return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()]; }
    if (unit === 'month') { return MONTHS[d.getUTCMonth()]; }
    if (unit === 'quarter') { return 'Q' + (Math.floor(d.getUTCMonth() / 3) + 1); }
    return String(d.getUTCFullYear());
  }
  function topLabel(unit, minutes) {
    var d = date(minutes);
    return unit === 'month' ? MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear() : String(d.getUTCFullYear());
  }
  // The time scale for a density, when the density is not one of the four zooms (a PDF fits the page).
  function zoomFor(perDay) {
    if (perDay >= 20) { return {perDay: perDay, top: 'month', bottom: 'day'}; }
    if (perDay >= 5) { return {perDay: perDay, top: 'month', bottom: 'week'}; }
    if (perDay >= 1.5) { return {perDay: perDay, top: 'year', bottom: 'month'}; }
    if (perDay >= 0.4) { return {perDay: perDay, top: 'year', bottom: 'quarter'}; }
    return {perDay: perDay, top: 'year', bottom: 'year'};
  }

  // ---- The model ----------------------------------------------------------------------------

  // Columns become typed arrays / plain arrays indexed by row, so 10,000 rows cost a few arrays.
  function Model(data) {
    var col = {};
    data.columns.forEach(function (name, i) { col[name] = i; });
    var n = data.tasks.length;
    this.data = data;
    this.n = n;
    this.id = new Float64Array(n);
    this.level = new Int16Array(n);
    this.start = new Float64Array(n);
    this.finish = new Float64Array(n);
    this.scheduled = new Uint8Array(n);
    this.critical = new Uint8Array(n);
    this.percent = new Uint8Array(n);
    this.deadline = new Float64Array(n);
    this.baselineStart = new Float64Array(n);
    this.baselineFinish = new Float64Array(n);
    this.hasBaseline = col.baselineStart !== undefined;
    this.outline = new Array(n);
    this.name = new Array(n);
    this.kind = new Array(n);
    this.version = new Array(n);
    this.totalFloat = new Array(n);
    this.duration = new Float64Array(n);
    this.summary = new Uint8Array(n);
    this.parent = new Int32Array(n).fill(-1);
    this.index = new Map();
    var min = Infinity, max = -Infinity;
    for (var i = 0; i < n; i++) {
      var t = data.tasks[i];
      this.id[i] = t[col.id];
      this.index.set(t[col.id], i);
      this.level[i] = t[col.level];
      this.outline[i] = t[col.outline];
      this.name[i] = t[col.name];
      this.kind[i] = t[col.kind];
      this.scheduled[i] = t[col.start] != null && t[col.finish] != null ? 1 : 0;
      this.start[i] = t[col.start] || 0;
      this.finish[i] = t[col.finish] || 0;
      this.critical[i] = t[col.critical];
      this.percent[i] = t[col.percent];
      this.deadline[i] = t[col.deadline] == null ? NaN : t[col.deadline];
      this.totalFloat[i] = t[col.totalFloat];
      this.duration[i] = t[col.duration];
      this.version[i] = t[col.version];
      this.baselineStart[i] = this.hasBaseline && t[col.baselineStart] != null ? t[col.baselineStart] : NaN;
      this.baselineFinish[i] = this.hasBaseline && t[col.baselineFinish] != null ? t[col.baselineFinish] : NaN;
      if (i > 0 && this.level[i] > this.level[i - 1]) { this.summary[i - 1] = 1; }
      if (this.scheduled[i]) {
        min = Math.min(min, this.start[i]);
        max = Math.max(max, this.finish[i]);
      }
    }
    for (var k = 0; k < n; k++) {
      var parentId = data.tasks[k][col.parent];
      if (parentId != null && this.index.has(parentId)) { this.parent[k] = this.index.get(parentId); }
    }
    if (min === Infinity) { min = max = dayStart(data.now); }
    var lc = {};
    data.linkColumns.forEach(function (name, i) { lc[name] = i; });
    this.links = data.links.map(function (l) {
      return {id: l[lc.id], from: l[lc.from], to: l[lc.to], type: l[lc.type], lag: l[lc.lag]};
    });
    this.predecessors = new Uint8Array(n);
    var self = this;
    this.links.forEach(function (l) {
      var to = self.index.get(l.to);
      if (to !== undefined) { self.predecessors[to] = 1; }
    });
    // The time scale runs from a week before the first start to a fortnight after the last finish.
    this.from = floorTo('week', min - 7 * DAY);
    this.to = dayStart(max) + 14 * DAY;
  }

  // The rows shown: every task whose summaries are all expanded, in WBS order.
  Model.prototype.visibleRows = function (collapsed) {
    var rows = [];
    for (var i = 0; i < this.n; i++) {
      rows.push(i);
      if (this.summary[i] && collapsed.has(this.id[i])) {
        var level = this.level[i];
        while (i + 1 < this.n && this.level[i + 1] > level) { i++; }
      }
    }
    return Int32Array.from(rows);
  };

  // ---- The painter --------------------------------------------------------------------------

  // view: {rows, rowOf, first, last (row numbers to draw), scrollX, scrollY, width, height, zoom,
  // from (minute at the left of the time scale), metrics (sizes), selected, drag, title}
  function xOf(view, minutes) {
    return view.metrics.labelWidth + (minutes - view.from) / DAY * view.zoom.perDay - view.scrollX;
  }
  function yOf(view, row) {
    return view.top + view.metrics.headerHeight + row * view.metrics.rowHeight - view.scrollY;
  }

  function paintChart(s, model, view) {
    var m = view.metrics;
    var top = view.top;
    var bodyTop = top + m.headerHeight;
    var left = m.labelWidth;
    var minuteLeft = view.from + view.scrollX / view.zoom.perDay * DAY;
    var minuteRight = minuteLeft + (view.width - left) / view.zoom.perDay * DAY;
    s.rect(0, top, view.width, view.height - top, '#ffffff');

    if (view.zoom.bottom === 'day') {
      for (var d = floorTo('day', minuteLeft); d < minuteRight; d += DAY) {
        if (!model.data.calendar.workdays[weekday(d)]) {
          s.rect(xOf(view, d), bodyTop, view.zoom.perDay, view.height - bodyTop, COLORS.weekend);
        }
      }
    }
    for (var g = floorTo(view.zoom.bottom, minuteLeft); g < minuteRight; g = nextOf(view.zoom.bottom, g)) {
      s.line(xOf(view, g), bodyTop, xOf(view, g), view.height, COLORS.grid, 1);
    }
    if (view.selected !== undefined && view.rowOf[view.selected] >= 0) {
      s.rect(0, yOf(view, view.rowOf[view.selected]), view.width, m.rowHeight, COLORS.selection);
    }
    verticalLine(s, view, model.data.now, COLORS.today, bodyTop);
    if (model.data.statusDate != null) {
      verticalLine(s, view, model.data.statusDate, COLORS.status, bodyTop);
    }
    view.linksDrawn = paintLinks(s, model, view);
    for (var r = view.first; r <= view.last; r++) {
      paintBar(s, model, view, view.rows[r], r);
    }
    if (view.drag) { paintDrag(s, model, view); }

    // The label column and the time scale go over whatever ran under them.
    s.rect(0, bodyTop, left, view.height - bodyTop, '#ffffff');
    if (view.selected !== undefined && view.rowOf[view.selected] >= 0) {
      s.rect(0, yOf(view, view.rowOf[view.selected]), left, m.rowHeight, COLORS.selection);
    }
    for (var row = view.first; row <= view.last; row++) {
      paintLabel(s, model, view, view.rows[row], row);
    }
    s.line(left, top, left, view.height, COLORS.muted, 1);
    paintScale(s, view, minuteLeft, minuteRight);
  }

  function verticalLine(s, view, minutes, color, bodyTop) {
    var x = xOf(view, minutes);
    if (x >= view.metrics.labelWidth && x <= view.width) {
      s.line(x, bodyTop, x, view.height, color, 1.5, [4, 3]);
    }
  }

  function paintScale(s, view, minuteLeft, minuteRight) {
    var m = view.metrics;
    var top = view.top;
    var half = m.headerHeight / 2;
    var size = m.fontSize * 0.9;
    s.rect(0, top, view.width, m.headerHeight, COLORS.header);
    s.text('Task', 6, top + m.headerHeight - 0.6 * half, size, COLORS.headerText, true);
    var z = view.zoom;
    for (var t = floorTo(z.top, minuteLeft); t < minuteRight; t = nextOf(z.top, t)) {
      var x = Math.max(xOf(view, t), m.labelWidth);
      s.line(xOf(view, t), top, xOf(view, t), top + half, COLORS.grid, 1);
      if (xOf(view, nextOf(z.top, t)) - x > 30) {
        s.text(topLabel(z.top, t), x + 3, top + half - 0.35 * half, size, COLORS.headerText, true);
      }
    }
    var width = z.perDay * (z.bottom === 'day' ? 1 : z.bottom === 'week' ? 7 : z.bottom === 'month' ? 30 : 91);
    for (var b = floorTo(z.bottom, minuteLeft); b < minuteRight; b = nextOf(z.bottom, b)) {
      var bx = xOf(view, b);
      s.line(bx, top + half, bx, top + m.headerHeight, COLORS.grid, 1);
      var label = unitLabel(z.bottom, b);
      if (bx >= m.labelWidth && s.measure(label, size) + 4 < width) {
        s.text(label, bx + 2, top + m.headerHeight - 0.35 * half, size, COLORS.headerText, false);
      }
    }
    s.line(0, top + m.headerHeight, view.width, top + m.headerHeight, COLORS.muted, 1);
    s.line(0, top + half, view.width, top + half, COLORS.grid, 1);
    s.rect(0, top, m.labelWidth, half, COLORS.header);
  }

  function paintLabel(s, model, view, i, row) {
    var m = view.metrics;
    var y = yOf(view, row);
    var base = y + m.rowHeight / 2 + m.fontSize * 0.35;
    var indent = 6 + (model.level[i] - 1) * m.fontSize;
    var outlineWidth = s.measure(model.outline[i], m.fontSize) + 6;
    s.text(model.outline[i], indent, base, m.fontSize, COLORS.muted, false);
    var x = indent + outlineWidth;
    if (model.summary[i]) {
      var open = !view.collapsed.has(model.id[i]);
      var c = m.fontSize * 0.35;
      var cy = y + m.rowHeight / 2;
      s.poly(open ? [[x, cy - c], [x + 2 * c, cy - c], [x + c, cy + c]]
        : [[x, cy - c * 1.2], [x + 1.6 * c, cy], [x, cy + c * 1.2]], COLORS.text);
      view.toggles && view.toggles.set(row, [x - 4, x + 2 * c + 4]);
      x += 2 * c + 5;
    }
    var room = m.labelWidth - x - 6;
    s.text(fit(s, model.name[i], m.fontSize, room), x, base, m.fontSize,
      model.critical[i] ? COLORS.critical : COLORS.text, !!model.summary[i]);
  }

  function fit(s, text, size, room) {
    if (s.measure(text, size) <= room) { return text; }
    var low = 0, high = text.length;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (s.measure(text.slice(0, mid) + '…', size) <= room) { low = mid; } else { high = mid - 1; }
    }
    return text.slice(0, low) + '…';
  }

  function barBox(model, view, i, row) {
    var m = view.metrics;
    var y = yOf(view, row) + m.barInset;
    var h = m.rowHeight - 2 * m.barInset;
    var x1 = xOf(view, model.start[i]);
    var x2 = xOf(view, model.finish[i]);
    return {x: x1, y: y, w: Math.max(x2 - x1, model.kind[i] === 'MILESTONE' ? 0 : 2), h: h};
  }

  function paintBar(s, model, view, i, row) {
    if (!model.scheduled[i]) { return; }
    var m = view.metrics;
    var box = barBox(model, view, i, row);
    if (model.hasBaseline && !isNaN(model.baselineStart[i])) {
      var bx = xOf(view, model.baselineStart[i]);
      s.rect(bx, box.y + box.h - 2, Math.max(xOf(view, model.baselineFinish[i]) - bx, 2), 4, COLORS.baseline);
    }
    var critical = model.critical[i];
    var h = model.hasBaseline ? box.h - 3 : box.h;
    if (model.kind[i] === 'MILESTONE') {
      var r = h / 2 + 1;
      var cx = box.x, cy = box.y + h / 2;
      s.poly([[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]], critical ? COLORS.critical : COLORS.summary);
    } else if (model.summary[i]) {
      var sh = Math.max(h / 2.5, 3);
      s.rect(box.x, box.y, box.w, sh, COLORS.summary);
      s.poly([[box.x, box.y], [box.x + sh, box.y], [box.x, box.y + sh * 2]], COLORS.summary);
      s.poly([[box.x + box.w, box.y], [box.x + box.w - sh, box.y], [box.x + box.w, box.y + sh * 2]], COLORS.summary);
    } else {
      s.rect(box.x, box.y, box.w, h, critical ? COLORS.critical : COLORS.bar);
      if (model.percent[i] > 0) {
        s.rect(box.x, box.y + h / 3, box.w * model.percent[i] / 100, h / 3,
          critical ? COLORS.criticalDone : COLORS.barDone);
      }
      if (view.canEdit && view.handles) {
        s.circle(box.x + box.w + 6, box.y + h / 2, 2.5, COLORS.muted);
      }
    }
    if (!isNaN(model.deadline[i])) {
      var dx = xOf(view, model.deadline[i]);
      var late = model.finish[i] > model.deadline[i];
      var dy = yOf(view, row) + 1;
      s.poly([[dx - 4, dy], [dx + 4, dy], [dx, dy + m.barInset + 2]], late ? COLORS.late : COLORS.deadline);
      s.line(dx, dy, dx, yOf(view, row) + m.rowHeight - 1, late ? COLORS.late : COLORS.deadline, 1);
    }
  }

  // The row that shows a task: its own, or its nearest collapsed summary's.
  function shownAs(model, view, i) {
    while (i >= 0 && view.rowOf[i] < 0) { i = model.parent[i]; }
    return i;
  }

  // A link leaves the predecessor's start or finish and enters the successor's, with an arrow head.
  // A link to a task inside a collapsed summary is drawn to the summary; one within it is not drawn.
  function paintLinks(s, model, view) {
    var m = view.metrics;
    var firstY = yOf(view, view.first), lastY = yOf(view, view.last + 1);
    var drawn = 0;
    model.links.forEach(function (l) {
      var a = model.index.get(l.from), b = model.index.get(l.to);
      if (a === undefined || b === undefined) { return; }
      a = shownAs(model, view, a);
      b = shownAs(model, view, b);
      if (a < 0 || b < 0 || a === b || !model.scheduled[a] || !model.scheduled[b]) { return; }
      var ra = view.rowOf[a], rb = view.rowOf[b];
      var ya = yOf(view, ra) + m.rowHeight / 2, yb = yOf(view, rb) + m.rowHeight / 2;
      if (Math.max(ya, yb) < firstY || Math.min(ya, yb) > lastY) { return; }
      var fromFinish = l.type === 'FS' || l.type === 'FF';
      var toStart = l.type === 'FS' || l.type === 'SS';
      var x1 = xOf(view, fromFinish ? model.finish[a] : model.start[a]);
      var x2 = xOf(view, toStart ? model.start[b] : model.finish[b]);
      var out = fromFinish ? 6 : -6;
      var into = toStart ? -6 : 6;
      var xa = x1 + out, xb = x2 + into;
      var points;
      if ((toStart && xb >= xa) || (!toStart && xb <= xa)) {
        points = [[x1, ya], [xa, ya], [xa, yb], [x2, yb]];
      } else {
        var ym = yb + (yb > ya ? -m.rowHeight / 2 : m.rowHeight / 2);
        points = [[x1, ya], [xa, ya], [xa, ym], [xb, ym], [xb, yb], [x2, yb]];
      }
      var color = model.critical[a] && model.critical[b] ? COLORS.critical : COLORS.link;
      s.path(points, color, 1);
      var dir = toStart ? 1 : -1;
      s.poly([[x2, yb], [x2 - dir * 5, yb - 3], [x2 - dir * 5, yb + 3]], color);
      drawn++;
    });
    return drawn;
  }

  function paintDrag(s, model, view) {
    var d = view.drag;
    var row = view.rowOf[d.index];
    var box = barBox(model, view, d.index, row);
    if (d.mode === 'link') {
      s.line(box.x + box.w + 6, box.y + box.h / 2, d.x, d.y, COLORS.text, 1.5, [3, 2]);
      if (d.target !== undefined && view.rowOf[d.target] >= 0) {
        var t = barBox(model, view, d.target, view.rowOf[d.target]);
        s.rect(t.x - 2, t.y - 2, Math.max(t.w, 4) + 4, 2, COLORS.drop);
        s.rect(t.x - 2, t.y + t.h, Math.max(t.w, 4) + 4, 2, COLORS.drop);
      }
      return;
    }
    var dx = d.days * view.zoom.perDay;
    var x = d.mode === 'move' ? box.x + dx : box.x;
    var w = d.mode === 'resize' ? Math.max(box.w + dx, 2) : box.w;
    s.rect(x, box.y - 2, Math.max(w, 6), 2, COLORS.text);
    s.rect(x, box.y + box.h, Math.max(w, 6), 2, COLORS.text);
  }

  // ---- Surfaces -----------------------------------------------------------------------------

  var measurer = document.createElement('canvas').getContext('2d');
  function measure(text, size, bold) {
    measurer.font = (bold ? 'bold ' : '') + size + 'px ' + FONT;
    return measurer.measureText(text).width;
  }

  function CanvasSurface(ctx) { this.ctx = ctx; }
  CanvasSurface.prototype = {
    rect: function (x, y, w, h, fill) { this.ctx.fillStyle = fill; this.ctx.fillRect(x, y, w, h); },
    line: function (x1, y1, x2, y2, color, width, dash) {
      var c = this.ctx;
      c.strokeStyle = color; c.lineWidth = width; c.setLineDash(dash || []);
      c.beginPath(); c.moveTo(Math.round(x1) + 0.5, y1); c.lineTo(Math.round(x2) + 0.5, y2); c.stroke();
      c.setLineDash([]);
    },
    path: function (points, color, width) {
      var c = this.ctx;
      c.strokeStyle = color; c.lineWidth = width;
      c.beginPath(); c.moveTo(points[0][0], points[0][1]);
      for (var i = 1; i < points.length; i++) { c.lineTo(points[i][0], points[i][1]); }
      c.stroke();
    },
    poly: function (points, fill) {
      var c = this.ctx;
      c.fillStyle = fill;
      c.beginPath(); c.moveTo(points[0][0], points[0][1]);
      for (var i = 1; i < points.length; i++) { c.lineTo(points[i][0], points[i][1]); }
      c.closePath(); c.fill();
    },
    circle: function (x, y, r, fill) {
      var c = this.ctx;
      c.fillStyle = fill; c.beginPath(); c.arc(x, y, r, 0, 2 * Math.PI); c.fill();
    },
    text: function (text, x, y, size, color, bold) {
      var c = this.ctx;
      c.font = (bold ? 'bold ' : '') + size + 'px ' + FONT;
      c.fillStyle = color; c.fillText(text, x, y);
    },
    measure: function (text, size) { return measure(text, size); }
  };

  function SvgSurface(width, height) {
    this.parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height
      + '" viewBox="0 0 ' + width + ' ' + height + '" font-family="' + FONT + '">'];
  }
  function xml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function n2(v) { return Math.round(v * 100) / 100; }
  function pointList(points) {
    return points.map(function (p) { return n2(p[0]) + ',' + n2(p[1]); }).join(' ');
  }
  SvgSurface.prototype = {
    rect: function (x, y, w, h, fill) {
      this.parts.push('<rect x="' + n2(x) + '" y="' + n2(y) + '" width="' + n2(w) + '" height="' + n2(h)
        + '" fill="' + fill + '"/>');
    },
    line: function (x1, y1, x2, y2, color, width, dash) {
      this.parts.push('<line x1="' + n2(x1) + '" y1="' + n2(y1) + '" x2="' + n2(x2) + '" y2="' + n2(y2)
        + '" stroke="' + color + '" stroke-width="' + width + '"'
        + (dash ? ' stroke-dasharray="' + dash.join(' ') + '"' : '') + '/>');
    },
    path: function (points, color, width) {
      this.parts.push('<polyline points="' + pointList(points) + '" fill="none" stroke="' + color
        + '" stroke-width="' + width + '"/>');
    },
    poly: function (points, fill) {
      this.parts.push('<polygon points="' + pointList(points) + '" fill="' + fill + '"/>');
    },
    circle: function (x, y, r, fill) {
      this.parts.push('<circle cx="' + n2(x) + '" cy="' + n2(y) + '" r="' + r + '" fill="' + fill + '"/>');
    },
    text: function (text, x, y, size, color, bold) {
      this.parts.push('<text x="' + n2(x) + '" y="' + n2(y) + '" font-size="' + size + '" fill="' + color + '"'
        + (bold ? ' font-weight="bold"' : '') + '>' + xml(text) + '</text>');
    },
    measure: function (text, size) { return measure(text, size); },
    done: function () { return this.parts.join('\n') + '\n</svg>\n'; }
  };

  // A PDF page's drawing operators, in points with y downwards as the painter thinks (flipped here).
  // Text uses the standard Helvetica fonts in WinAnsi encoding: characters outside it print as '?'.
  function PdfPage(height) { this.height = height; this.ops = []; }
  function rgb(hex) {
    var v = parseInt(hex.slice(1), 16);
    return [((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255].map(function (c) {
      return c.toFixed(3);
    }).join(' ');
  }
  var WIN_ANSI = {'€': 128, '‚': 130, 'ƒ': 131, '„': 132, '…': 133, '†': 134, '‡': 135, 'ˆ': 136, '‰': 137,
    'Š': 138, '‹': 139, 'Œ': 140, 'Ž': 142, '‘': 145, '’': 146, '“': 147, '”': 148, '•': 149, '–': 150,
    '—': 151, '˜': 152, '™': 153, 'š': 154, '›': 155, 'œ': 156, 'ž': 158, 'Ÿ': 159};
  function pdfString(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var ch = text[i], code = text.charCodeAt(i);
      if (WIN_ANSI[ch]) { code = WIN_ANSI[ch]; } else if (code > 255 || (code >= 128 && code < 160) || code < 32) {
        code = 63;
      }
      var c = String.fromCharCode(code);
      out += c === '(' || c === ')' || c === '\\' ? '\\' + c : c;
    }
    return '(' + out + ')';
  }
  PdfPage.prototype = {
    y: function (y) { return n2(this.height - y); },
    rect: function (x, y, w, h, fill) {
      this.ops.push(rgb(fill) + ' rg ' + n2(x) + ' ' + this.y(y + h) + ' ' + n2(w) + ' ' + n2(h) + ' re f');
    },
    line: function (x1, y1, x2, y2, color, width, dash) {
      this.ops.push(rgb(color) + ' RG ' + width + ' w ' + (dash ? '[' + dash.join(' ') + '] 0 d ' : '')
        + n2(x1) + ' ' + this.y(y1) + ' m ' + n2(x2) + ' ' + this.y(y2) + ' l S' + (dash ? ' [] 0 d' : ''));
    },
    path: function (points, color, width) {
      var self = this;
      this.ops.push(rgb(color) + ' RG ' + width + ' w ' + points.map(function (p, i) {
        return n2(p[0]) + ' ' + self.y(p[1]) + (i ? ' l' : ' m');
      }).join(' ') + ' S');
    },
    poly: function (points, fill) {
      var self = this;
      this.ops.push(rgb(fill) + ' rg ' + points.map(function (p, i) {
        return n2(p[0]) + ' ' + self.y(p[1]) + (i ? ' l' : ' m');
      }).join(' ') + ' h f');
    },
    circle: function (x, y, r, fill) { this.rect(x - r, y - r, 2 * r, 2 * r, fill); },
    // Until unclip, nothing is drawn outside the rectangle (links to rows on other pages).
    clip: function (x, y, w, h) {
      this.ops.push('q ' + n2(x) + ' ' + this.y(y + h) + ' ' + n2(w) + ' ' + n2(h) + ' re W n');
    },
    unclip: function () { this.ops.push('Q'); },
    text: function (text, x, y, size, color, bold) {
      this.ops.push('BT ' + rgb(color) + ' rg /' + (bold ? 'F2 ' : 'F1 ') + size + ' Tf ' + n2(x) + ' '
        + this.y(y) + ' Td ' + pdfString(text) + ' Tj ET');
    },
    measure: function (text, size) { return measure(text, size); }
  };

  // The file: catalog, page tree, two fonts, then a page and its content stream per page. Every
  // character is one byte, so string offsets are byte offsets for the cross-reference table.
  function pdfFile(pages, width, height) {
    var objects = [];
    objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
    var kids = pages.map(function (p, i) { return (5 + 2 * i) + ' 0 R'; }).join(' ');
    objects[2] = '<< /Type /Pages /Kids [' + kids + '] /Count ' + pages.length + ' >>';
    objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
    objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
    pages.forEach(function (page, i) {
      var content = page.ops.join('\n');
      objects[5 + 2 * i] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ' + width + ' ' + height + '] '
        + '/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ' + (6 + 2 * i) + ' 0 R >>';
      objects[6 + 2 * i] = '<< /Length ' + content.length + ' >>\nstream\n' + content + '\nendstream';
    });
    var out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
    var offsets = [];
    for (var k = 1; k < objects.length; k++) {
      offsets[k] = out.length;
      out += k + ' 0 obj\n' + objects[k] + '\nendobj\n';
    }
    var xref = out.length;
    out += 'xref\n0 ' + objects.length + '\n0000000000 65535 f \n';
    for (var j = 1; j < objects.length; j++) {
      out += String(offsets[j]).padStart(10, '0') + ' 00000 n \n';
    }
    out += 'trailer\n<< /Size ' + objects.length + ' /Root 1 0 R >>\nstartxref\n' + xref + '\n%%EOF\n';
    var bytes = new Uint8Array(out.length);
    for (var b = 0; b < out.length; b++) { bytes[b] = out.charCodeAt(b); }
    return bytes;
  }

  // ---- Exports ------------------------------------------------------------------------------

  // The whole chart (the rows the outline shows) as one view, for SVG and PNG.
  function wholeView(gantt, metrics) {
    var model = gantt.model;
    var zoom = ZOOMS[gantt.zoomName];
    var width = Math.ceil(metrics.labelWidth + (model.to - model.from) / DAY * zoom.perDay);
    var height = metrics.headerHeight + gantt.rows.length * metrics.rowHeight;
    return {rows: gantt.rows, rowOf: gantt.rowOf, first: 0, last: gantt.rows.length - 1, scrollX: 0, scrollY: 0,
      top: 0, width: width, height: height, zoom: zoom, from: model.from, metrics: metrics,
      collapsed: gantt.collapsed};
  }

  function exportSvg(gantt) {
    var view = wholeView(gantt, SCREEN);
    var svg = new SvgSurface(view.width, view.height);
    paintChart(svg, gantt.model, view);
    return svg.done();
  }

  function exportPng(gantt) {
    var view = wholeView(gantt, SCREEN);
    if (view.width > PNG_LIMIT || view.height > PNG_LIMIT) {
      return Promise.reject(new Error('The chart is ' + view.width + ' × ' + view.height + ' pixels, more than a PNG '
        + 'can hold here (' + PNG_LIMIT + ' a side): collapse summaries, zoom out, or export the PDF.'));
    }
    var canvas = document.createElement('canvas');
    canvas.width = view.width;
    canvas.height = view.height;
    paintChart(new CanvasSurface(canvas.getContext('2d')), gantt.model, view);
    return new Promise(function (resolve) { canvas.toBlob(resolve, 'image/png'); });
  }

  // Pages of A4 landscape: the rows split over pages (35 a page), each page with the title, the
  // time scale and the label column; the whole time span fits the page's width.
  function exportPdf(gantt) {
    var model = gantt.model;
    var p = PDF_PAGE;
    var metrics = {rowHeight: p.rowHeight, headerHeight: p.headerHeight, labelWidth: p.labelWidth,
      fontSize: p.fontSize, barInset: p.barInset};
    var inner = p.width - 2 * p.margin;
    var zoom = zoomFor((inner - p.labelWidth) / ((model.to - model.from) / DAY));
    var top = p.margin + p.title;
    var perPage = Math.floor((p.height - p.margin - top - p.headerHeight) / p.rowHeight);
    var count = Math.max(1, Math.ceil(gantt.rows.length / perPage));
    var pages = [];
    for (var k = 0; k < count; k++) {
      var page = new PdfPage(p.height);
      var first = k * perPage;
      var last = Math.min(first + perPage, gantt.rows.length) - 1;
      var shift = {
        rect: function (x, y, w, h, f) { page.rect(x + p.margin, y, w, h, f); },
        line: function (a, b, c, d, col, w, dash) { page.line(a + p.margin, b, c + p.margin, d, col, w, dash); },
        path: function (pts, col, w) { page.path(pts.map(function (q) { return [q[0] + p.margin, q[1]]; }), col, w); },
        poly: function (pts, f) { page.poly(pts.map(function (q) { return [q[0] + p.margin, q[1]]; }), f); },
        circle: function (x, y, r, f) { page.circle(x + p.margin, y, r, f); },
        text: function (t, x, y, size, col, bold) { page.text(t, x + p.margin, y, size, col, bold); },
        measure: measure
      };
      var view = {rows: gantt.rows, rowOf: gantt.rowOf, first: first, last: last, scrollX: 0,
        scrollY: first * p.rowHeight, top: top, width: inner, height: top + p.headerHeight + (last - first + 1)
          * p.rowHeight, zoom: zoom, from: model.from, metrics: metrics, collapsed: gantt.collapsed};
      page.clip(p.margin, top, inner, view.height - top);
      paintChart(shift, model, view);
      page.unclip();
      page.text(model.data.code + ' · ' + model.data.name, p.margin, p.margin + 10, 10, COLORS.text, true);
      page.text('Page ' + (k + 1) + ' of ' + count + ' · ' + isoDay(model.data.now), p.width - p.margin - 110,
        p.margin + 10, 8, COLORS.muted, false);
      pages.push(page);
    }
    return pdfFile(pages, p.width, p.height);
  }

  function download(blob, name) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }

  // ---- The screen ---------------------------------------------------------------------------

  function Gantt(root) {
    this.root = root;
    this.canvas = root.querySelector('.gantt-canvas');
    this.scroller = root.querySelector('.gantt-scroll');
    this.extent = root.querySelector('.gantt-extent');
    this.message = root.querySelector('#gantt-message');
    this.announcer = root.querySelector('#gantt-selection');
    this.zoomName = 'week';
    this.collapsed = new Set();
    this.toggles = new Map();
    this.painted = false;
    this.pendingLink = undefined;
  }

  Gantt.prototype.load = function () {
    var self = this;
    self.root.dataset.busy = 'true';
    return fetch(self.root.dataset.source, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) { throw new Error('The chart could not be read (' + response.status + ').'); }
        return response.json();
      })
      .then(function (data) {
        performance.mark('gantt-data-read');
        var keep = self.model ? self.selectedId() : undefined;
        self.model = new Model(data);
        self.layout();
        if (keep !== undefined && self.model.index.has(keep)) { self.selected = self.model.index.get(keep); }
        self.paint();
        if (!self.painted) {
          self.painted = true;
          performance.mark('gantt-bars-drawn');
        }
        self.root.dataset.busy = 'false';
        self.root.dataset.ready = 'true';
      })
      .catch(function (error) {
        self.root.dataset.busy = 'false';
        self.say(error.message, true);
      });
  };

  Gantt.prototype.selectedId = function () {
    return this.selected === undefined ? undefined : this.model.id[this.selected];
  };

  Gantt.prototype.layout = function () {
    var model = this.model;
    this.rows = model.visibleRows(this.collapsed);
    this.rowOf = new Int32Array(model.n).fill(-1);
    for (var r = 0; r < this.rows.length; r++) { this.rowOf[this.rows[r]] = r; }
    var zoom = ZOOMS[this.zoomName];
    this.extent.style.width = Math.ceil(SCREEN.labelWidth + (model.to - model.from) / DAY * zoom.perDay) + 'px';
    this.extent.style.height = (SCREEN.headerHeight + this.rows.length * SCREEN.rowHeight) + 'px';
    this.root.dataset.rows = String(this.rows.length);
    this.root.dataset.zoom = this.zoomName;
    if (this.selected !== undefined && this.rowOf[this.selected] < 0) { this.selected = undefined; }
  };

  // The rows in view plus a margin of a few rows above and below: all that is drawn.
  Gantt.prototype.view = function () {
    var width = this.scroller.clientWidth, height = this.scroller.clientHeight;
    var m = SCREEN;
    var scrollY = this.scroller.scrollTop;
    var first = Math.max(0, Math.floor(scrollY / m.rowHeight) - 3);
    var last = Math.min(this.rows.length - 1, Math.ceil((scrollY + height - m.headerHeight) / m.rowHeight) + 3);
    return {rows: this.rows, rowOf: this.rowOf, first: first, last: last, scrollX: this.scroller.scrollLeft,
      scrollY: scrollY, top: 0, width: width, height: height, zoom: ZOOMS[this.zoomName], from: this.model.from,
      metrics: m, selected: this.selected, drag: this.drag, collapsed: this.collapsed, toggles: this.toggles,
      canEdit: this.model.data.canEdit, handles: true};
  };

  Gantt.prototype.paint = function () {
    if (!this.model) { return; }
    var view = this.view();
    var ratio = window.devicePixelRatio || 1;
    var w = Math.round(view.width * ratio), h = Math.round(view.height * ratio);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
      this.canvas.style.width = view.width + 'px';
      this.canvas.style.height = view.height + 'px';
    }
    var ctx = this.canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.toggles.clear();
    this.lastView = view;
    paintChart(new CanvasSurface(ctx), this.model, view);
    this.root.dataset.drawnRows = String(view.last - view.first + 1);
    this.root.dataset.drawnLinks = String(view.linksDrawn);
  };

  Gantt.prototype.schedulePaint = function () {
    var self = this;
    if (self.frame) { return; }
    self.frame = requestAnimationFrame(function () {
      self.frame = 0;
      self.paint();
    });
  };

  Gantt.prototype.say = function (text, problem) {
    this.message.textContent = text;
    this.message.className = 'gantt-message alert py-1 ' + (problem ? 'alert-danger' : 'alert-info');
  };

  Gantt.prototype.setZoom = function (name) {
    var view = this.lastView;
    var centre = view ? this.model.from + (view.scrollX + (view.width - SCREEN.labelWidth) / 2)
      / view.zoom.perDay * DAY : undefined;
    this.zoomName = name;
    this.layout();
    if (centre !== undefined) { this.scrollToMinute(centre, true); }
    this.root.querySelectorAll('[data-zoom]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.zoom === name));
    });
    this.paint();
  };

  Gantt.prototype.scrollToMinute = function (minutes, centred) {
    var room = this.scroller.clientWidth - SCREEN.labelWidth;
    var x = (minutes - this.model.from) / DAY * ZOOMS[this.zoomName].perDay - (centred ? room / 2 : 20);
    this.scroller.scrollLeft = Math.max(0, x);
  };

  Gantt.prototype.toggle = function (i, open) {
    var id = this.model.id[i];
    if (!this.model.summary[i]) { return; }
    var isOpen = !this.collapsed.has(id);
    if (open === isOpen) { return; }
    if (isOpen) { this.collapsed.add(id); } else { this.collapsed.delete(id); }
    this.layout();
    this.paint();
  };

  Gantt.prototype.select = function (i) {
    this.selected = i;
    var row = this.rowOf[i];
    var top = row * SCREEN.rowHeight;
    var room = this.scroller.clientHeight - SCREEN.headerHeight - SCREEN.rowHeight;
    if (top < this.scroller.scrollTop) { this.scroller.scrollTop = top; }
    else if (top > this.scroller.scrollTop + room) { this.scroller.scrollTop = top - room; }
    var m = this.model;
    this.announcer.textContent = m.outline[i] + ' ' + m.name[i] + (m.scheduled[i] ? ', ' + isoDay(m.start[i])
      + ' to ' + isoDay(m.finish[i]) : '') + (m.critical[i] ? ', critical' : '')
      + (m.summary[i] ? (this.collapsed.has(m.id[i]) ? ', collapsed' : ', expanded') : '');
    this.paint();
  };

  // Where a pointer is: the row, and which part of it (toggle, label, bar body, bar end, link handle).
  Gantt.prototype.hit = function (event) {
    var rect = this.scroller.getBoundingClientRect();
    var x = event.clientX - rect.left, y = event.clientY - rect.top;
    if (y < SCREEN.headerHeight) { return {x: x, y: y}; }
    var row = Math.floor((y - SCREEN.headerHeight + this.scroller.scrollTop) / SCREEN.rowHeight);
    if (row < 0 || row >= this.rows.length) { return {x: x, y: y}; }
    var i = this.rows[row];
    var hit = {x: x, y: y, row: row, index: i};
    if (x < SCREEN.labelWidth) {
      var t = this.toggles.get(row);
      hit.part = t && x >= t[0] && x <= t[1] ? 'toggle' : 'label';
      return hit;
    }
    // A summary's dates follow its tasks: its bar only selects.
    if (!this.model.scheduled[i] || this.model.summary[i]) { return hit; }
    var box = barBox(this.model, this.lastView, i, row);
    var end = box.x + box.w;
    var milestone = this.model.kind[i] === 'MILESTONE';
    if (!milestone && Math.abs(x - (end + 6)) <= 4) { hit.part = 'handle'; }
    else if (!milestone && x >= end - 5 && x <= end + 2) { hit.part = 'end'; }
    else if (x >= box.x - (milestone ? 7 : 0) && x <= end + (milestone ? 7 : 0)) { hit.part = 'bar'; }
    return hit;
  };

  Gantt.prototype.listen = function () {
    var self = this;
    self.scroller.addEventListener('scroll', function () { self.schedulePaint(); });
    window.addEventListener('resize', function () { self.schedulePaint(); });
    self.root.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button || !self.model) { return; }
      if (button.dataset.zoom) { self.setZoom(button.dataset.zoom); }
      if (button.dataset.outline) { self.outline(button.dataset.outline === 'collapse'); }
      if (button.dataset.scroll === 'today') { self.scrollToMinute(self.model.data.now, true); }
      if (button.dataset.export) { self.exportAs(button.dataset.export); }
    });
    self.scroller.addEventListener('pointerdown', function (event) { self.pointerDown(event); });
    self.scroller.addEventListener('pointermove', function (event) { self.pointerMove(event); });
    self.scroller.addEventListener('pointerup', function (event) { self.pointerUp(event); });
    self.scroller.addEventListener('pointercancel', function () { self.drag = undefined; self.paint(); });
    self.scroller.addEventListener('dblclick', function (event) {
      var hit = self.hit(event);
      if (hit.index !== undefined && hit.part !== 'toggle') { self.open(hit.index); }
    });
    self.scroller.addEventListener('keydown', function (event) { self.key(event); });
  };

  Gantt.prototype.outline = function (collapse) {
    var self = this;
    self.collapsed.clear();
    if (collapse) {
      for (var i = 0; i < self.model.n; i++) {
        if (self.model.summary[i]) { self.collapsed.add(self.model.id[i]); }
      }
    }
    self.layout();
    self.paint();
  };

  Gantt.prototype.pointerDown = function (event) {
    if (!this.model || event.button !== 0) { return; }
    var hit = this.hit(event);
    if (hit.index === undefined) { return; }
    if (hit.part === 'toggle') {
      this.toggle(hit.index, this.collapsed.has(this.model.id[hit.index]));
      return;
    }
    this.select(hit.index);
    var editable = this.model.data.canEdit && !this.busy;
    if (!editable || !hit.part || hit.part === 'label') { return; }
    event.preventDefault();
    this.scroller.setPointerCapture(event.pointerId);
    this.drag = {mode: hit.part === 'handle' ? 'link' : hit.part === 'end' ? 'resize' : 'move', index: hit.index,
      startX: hit.x, x: hit.x, y: hit.y, days: 0};
  };

  Gantt.prototype.pointerMove = function (event) {
    var d = this.drag;
    if (!d) {
      if (this.model) { this.hover(this.hit(event).index); }
      return;
    }
    var hit = this.hit(event);
    d.x = hit.x;
    d.y = hit.y;
    d.days = Math.round((hit.x - d.startX) / ZOOMS[this.zoomName].perDay);
    d.target = d.mode === 'link' && hit.part && hit.part !== 'label' && hit.part !== 'toggle'
      && hit.index !== d.index ? hit.index : undefined;
    this.schedulePaint();
  };

  // The pointer's task, its dates and float, as the scroll area's tooltip.
  Gantt.prototype.hover = function (i) {
    if (i === this.hovered) { return; }
    this.hovered = i;
    var m = this.model;
    if (i === undefined || !m.scheduled[i]) {
      this.scroller.removeAttribute('title');
      return;
    }
    var perDay = m.data.calendar.minutesPerDay;
    this.scroller.title = m.outline[i] + ' ' + m.name[i] + '\n' + isoDay(m.start[i]) + ' → ' + isoDay(m.finish[i])
      + (m.kind[i] === 'TASK' ? ', ' + formatDuration(m.duration[i], perDay) : '')
      + (m.totalFloat[i] == null ? '' : '\nTotal float ' + (m.totalFloat[i] < 0 ? '-' : '')
        + formatDuration(Math.abs(m.totalFloat[i]), perDay)) + (m.critical[i] ? ', critical' : '')
      + (isNaN(m.deadline[i]) ? '' : '\nDeadline ' + isoDay(m.deadline[i] - DAY));
  };

  Gantt.prototype.pointerUp = function () {
    var d = this.drag;
    if (!d) { return; }
    this.drag = undefined;
    this.paint();
    if (d.mode === 'link') {
      if (d.target !== undefined) { this.link(d.index, d.target); }
    } else if (d.days !== 0) {
      if (d.mode === 'move') { this.move(d.index, d.days); } else { this.resize(d.index, d.days); }
    }
  };

  Gantt.prototype.key = function (event) {
    if (!this.model || this.rows.length === 0) { return; }
    var i = this.selected === undefined ? this.rows[0] : this.selected;
    var row = this.rowOf[i];
    var m = this.model;
    var handled = true;
    if (event.shiftKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      if (m.data.canEdit && !m.summary[i]) { this.move(i, event.key === 'ArrowRight' ? 1 : -1); }
    } else if (event.key === '+' || event.key === '-') {
      if (m.data.canEdit && !m.summary[i] && m.kind[i] !== 'MILESTONE') { this.resize(i, event.key === '+' ? 1 : -1); }
    } else if (event.key === 'l' || event.key === 'L') {
      if (!m.data.canEdit) { return; }
      if (this.pendingLink === undefined || this.pendingLink === i) {
        this.pendingLink = i;
        this.say('Linking from ' + m.outline[i] + ' ' + m.name[i] + ': choose the successor and press L.', false);
      } else {
        var from = this.pendingLink;
        this.pendingLink = undefined;
        this.link(from, i);
      }
    } else if (event.key === 'ArrowDown') {
      this.select(this.rows[Math.min(row + 1, this.rows.length - 1)]);
    } else if (event.key === 'ArrowUp') {
      this.select(this.rows[Math.max(row - 1, 0)]);
    } else if (event.key === 'Home') {
      this.select(this.rows[0]);
    } else if (event.key === 'End') {
      this.select(this.rows[this.rows.length - 1]);
    } else if (event.key === 'ArrowLeft' && m.summary[i] && !this.collapsed.has(m.id[i])) {
      this.toggle(i, false);
      this.select(i);
    } else if (event.key === 'ArrowRight' && m.summary[i] && this.collapsed.has(m.id[i])) {
      this.toggle(i, true);
      this.select(i);
    } else if (event.key === 'Enter') {
      this.open(i);
    } else if (event.key === 'Escape') {
      this.pendingLink = undefined;
      this.say('', false);
    } else {
      handled = false;
    }
    if (handled) { event.preventDefault(); }
  };

  Gantt.prototype.open = function (i) {
    window.location.href = this.root.dataset.taskPage + this.model.id[i];
  };

  // ---- Edits --------------------------------------------------------------------------------

  // Moving a bar sets a start-no-earlier-than constraint on the day it was dropped on: the engine
  // starts the task at the first working time of that day or later. A task with predecessors still
  // waits for them, so dropping it before its links allow leaves it where the links put it (said).
  Gantt.prototype.move = function (i, days) {
    var m = this.model;
    var day = isoDay(dayStart(m.start[i]) + days * DAY);
    var self = this;
    var label = m.outline[i] + ' ' + m.name[i];
    return this.send('PATCH', this.root.dataset.tasks + '/' + m.id[i], {constraintType: 'SNET',
      constraintDate: day + 'T00:00:00'}, m.version[i], 'Move ' + label + ' to ' + day).then(function (ok) {
      if (!ok) { return; }
      var j = self.model.index.get(m.id[i]);
      var start = j === undefined ? undefined : isoDay(self.model.start[j]);
      if (start !== undefined && start > day) {
        self.say(label + ' now starts no earlier than ' + day + ', but it starts ' + start + ': its '
          + (self.model.predecessors[j] ? 'predecessors do not allow it earlier.' : 'calendar has no working time before.'), false);
      } else {
        self.say(label + ' starts ' + start + ' (start no earlier than ' + day + ').', false);
      }
    });
  };

  // Stretching or shrinking the bar by whole days changes the duration by the working days of the
  // project's calendar between the old and the new finish day (never below one hour).
  Gantt.prototype.resize = function (i, days) {
    var m = this.model;
    var cal = m.data.calendar;
    var from = dayStart(m.finish[i]), to = from + days * DAY;
    var working = 0, step = days > 0 ? DAY : -DAY;
    for (var d = from; d !== to; d += step) {
      var counted = days > 0 ? d + DAY : d;
      if (isWorkingDay(cal, counted)) { working += days > 0 ? 1 : -1; }
    }
    var duration = Math.max(60, m.duration[i] + working * cal.minutesPerDay);
    var label = m.outline[i] + ' ' + m.name[i];
    var self = this;
    return this.send('PATCH', this.root.dataset.tasks + '/' + m.id[i], {durationMinutes: duration}, m.version[i],
      'Change the duration of ' + label).then(function (ok) {
      if (ok) { self.say(label + ' now lasts ' + formatDuration(duration, cal.minutesPerDay) + '.', false); }
    });
  };

  Gantt.prototype.link = function (from, to) {
    var m = this.model;
    var self = this;
    var label = m.outline[from] + ' ' + m.name[from] + ' → ' + m.outline[to] + ' ' + m.name[to];
    return this.send('POST', this.root.dataset.links, {predecessorId: m.id[from], successorId: m.id[to],
      type: 'FS'}, undefined, 'Link ' + label).then(function (ok) {
      if (ok) { self.say('Linked ' + label + ' (finish to start).', false); }
    });
  };

  function isWorkingDay(cal, minutes) {
    if (!cal.workdays[weekday(minutes)]) { return false; }
    var day = isoDay(minutes);
    return !cal.daysOff.some(function (r) { return day >= r[0] && day <= r[1]; });
  }

  function formatDuration(minutes, perDay) {
    var days = Math.floor(minutes / perDay), hours = Math.round((minutes % perDay) / 60);
    return (days ? days + 'd' : '') + (days && hours ? ' ' : '') + (hours || !days ? hours + 'h' : '');
  }

  // Sends one change; on success the chart is read again. A refusal (409: someone changed the task
  // meanwhile; 422: the change is not allowed) is shown with what was tried, and the chart is read
  // again so it shows what is stored.
  Gantt.prototype.send = function (method, url, body, version, what) {
    var self = this;
    var headers = {'Content-Type': 'application/json', Accept: 'application/json'};
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) { headers[header.content] = token.content; }
    if (version !== undefined) { headers['If-Match'] = '"' + version + '"'; }
    self.busy = true;
    self.root.dataset.busy = 'true';
    return fetch(url, {method: method, headers: headers, body: JSON.stringify(body), credentials: 'same-origin'})
      .then(function (response) {
        if (response.ok) { return self.load().then(function () { return true; }); }
        return response.json().catch(function () { return {}; }).then(function (problem) {
          var detail = problem.errors && problem.errors.length
            ? problem.errors.map(function (e) { return e.message; }).join('; ')
            : problem.detail || problem.title || ('HTTP ' + response.status);
          var why = response.status === 409
            ? 'someone changed it meanwhile; the chart now shows what is saved, try again.' : detail;
          return self.load().then(function () {
            self.say(what + ' was not saved: ' + why, true);
            return false;
          });
        });
      })
      .catch(function (error) {
        self.say(what + ' was not saved: ' + error.message, true);
        return false;
      })
      .finally(function () { self.busy = false; });
  };

  Gantt.prototype.exportAs = function (kind) {
    var self = this;
    var name = (self.root.dataset.fileName || 'gantt') + '-gantt.' + kind;
    try {
      if (kind === 'svg') {
        download(new Blob([exportSvg(self)], {type: 'image/svg+xml'}), name);
      } else if (kind === 'pdf') {
        download(new Blob([exportPdf(self)], {type: 'application/pdf'}), name);
      } else {
        exportPng(self).then(function (blob) { download(blob, name); }, function (e) { self.say(e.message, true); });
      }
    } catch (e) {
      self.say('The ' + kind.toUpperCase() + ' could not be made: ' + e.message, true);
    }
  };

  // What tests and the benchmark read: where a task's bar is on the page, and the exports as data.
  Gantt.prototype.api = function () {
    var self = this;
    return {
      bar: function (id) {
        var i = self.model.index.get(id);
        var row = self.rowOf[i];
        if (row < 0) { return null; }
        var box = barBox(self.model, self.lastView, i, row);
        var rect = self.scroller.getBoundingClientRect();
        return {x: rect.left + box.x, y: rect.top + box.y, w: box.w, h: box.h};
      },
      toggle: function (id) {
        var t = self.toggles.get(self.rowOf[self.model.index.get(id)]);
        var rect = self.scroller.getBoundingClientRect();
        var row = self.rowOf[self.model.index.get(id)];
        return t ? {x: rect.left + (t[0] + t[1]) / 2, y: rect.top + yOf(self.lastView, row) + SCREEN.rowHeight / 2}
          : null;
      },
      rowOf: function (id) { return self.rowOf[self.model.index.get(id)]; },
      svg: function () { return exportSvg(self); },
      pdf: function () {
        var bytes = exportPdf(self), text = '';
        for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
        return btoa(text);
      },
      png: function () {
        return exportPng(self).then(function (blob) { return blob.size; });
      },
      zoom: function (name) { self.setZoom(name); },
      load: function () { return self.load(); }
    };
  };

  var root = document.getElementById('gantt');
  if (root) {
    var gantt = new Gantt(root);
    root.gantt = gantt.api();
    gantt.listen();
    gantt.load();
  }
})();

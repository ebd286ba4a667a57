package io.linchpin.engine.schedule;

import io.linchpin.engine.calendar.CalendarPair;
import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.CalendarTables;
import io.linchpin.engine.calendar.Timeline;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.FloatBasis;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.ProgressMode;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link Plan} into the arrays of a {@link ScheduleNetwork}. */
final class NetworkCompiler {

    /** {@link #crossKind} bits: the forward pass's instant kind (bits 0-1), the backward pass's (bits 2-3). */
    private static final int CROSS_BACKWARD_SHIFT = 2;
    /** The lag is counted on the predecessor's calendar (else on the successor's). */
    private static final int CROSS_LAG_ON_PREDECESSOR = 1 << 4;
    /** MS Project: the latest start whose first working minute begins by the successor's instant. */
    private static final int CROSS_LATEST_START = 1 << 5;

    /** Room before the earliest date of a plan, for late dates pushed back by negative float. */
    private static final int YEARS_BEFORE = 3;
    /** Room after the latest date of a plan, for the work that follows it. */
    private static final int YEARS_AFTER = 25;

    final Plan plan;
    final int n;
    Timeline timeline;
    CalendarTable[] tables;
    /** Calendars with equal definitions share a table, and so a calendar index: links between them take the integer path. */
    private CalendarTables distinctTables;
    private final Map<String, Integer> tableIndex = new HashMap<>();
    private final Map<CalendarTable, Integer> indexOfTable = new IdentityHashMap<>();
    private final List<CalendarTable> tableList = new ArrayList<>();
    private int twentyFourHourTable = -1;

    int[] flags;
    int[] calendar;
    int[] duration;
    int[] done;
    byte[] constraintType;
    int[] constraintPosition;
    int[] firstPassConstraintPosition;
    int[] notEarlier;
    byte[] secondaryType;
    int[] secondaryPosition;
    int[] deadline;
    int[] actualStart;
    int[] actualFinish;
    int[] manualStart;
    int[] manualFinish;

    int[] order;
    int[] internal;
    int[] predOffset;
    int[] edgePred;
    int[] edgeSucc;
    byte[] edgeType;
    byte[] edgeMode;
    int[] edgeLag;
    int[] edgeLagCalendar;
    byte[] crossKind;
    int[] succOffset;
    int[] succEdge;
    int[] edgeCode;
    int[] succCode;
    int[] succLag;
    CalendarPair[] pairs;
    int[] segment;
    ScheduleNetwork.Children outline;
    CrossReads forwardReads;
    CrossReads backwardReads;
    int[] memberOffset;
    int[] members;
    int[] memberOfOffset;
    int[] memberOf;

    int[] startFloor;
    int[] startFloorDriver;
    int[] statusPosition;
    int[] planStartPosition;
    int mustFinishBy;
    int planStart;
    int statusDate;
    FloatBasis floatBasis;
    ProgressMode progress;
    boolean hasAlap;

    private int[][] children;
    private int[][] leaves;
    /** Tasks without constraints, deadlines, progress, elapsed durations or manual dates, and not summaries. */
    private boolean[] plain;

    NetworkCompiler(Plan plan) {
        this.plan = plan;
        this.n = plan.tasks().size();
    }

    ScheduleNetwork compile() {
        timeline = timeline();
        distinctTables = new CalendarTables(timeline);
        int defaultTable = table(plan.calendarId());
        buildHierarchy();
        taskData(defaultTable);
        edges(defaultTable);
        topologicalOrder();
        renumber();
        floors();
        tables = tableList.toArray(new CalendarTable[0]);
        pairs();
        crossReads();
        outline();
        return new ScheduleNetwork(this);
    }

    private Timeline timeline() {
        if (plan.calendarRangeFirst() != null) {
            return Timeline.between(plan.calendarRangeFirst(), plan.calendarRangeLast());
        }
        LocalDate min = plan.start().toLocalDate();
        LocalDate max = min;
        List<LocalDateTime> dates = new ArrayList<>();
        dates.add(plan.statusDate());
        dates.add(plan.options().mustFinishBy());
        for (Task t : plan.tasks()) {
            dates.add(t.constraint().date());
            dates.add(t.secondaryConstraint() == null ? null : t.secondaryConstraint().date());
            dates.add(t.deadline());
            dates.add(t.actualStart());
            dates.add(t.actualFinish());
            dates.add(t.manualStart());
            dates.add(t.manualFinish());
        }
        for (LocalDateTime d : dates) {
            if (d != null) {
                LocalDate day = d.toLocalDate();
                min = day.isBefore(min) ? day : min;
                max = day.isAfter(max) ? day : max;
            }
        }
        return Timeline.between(min.minusYears(YEARS_BEFORE), max.plusYears(YEARS_AFTER));
    }

    private int table(String calendarId) {
        return tableIndex.computeIfAbsent(calendarId, id -> indexOf(plan.calendar(id)));
    }

    private int indexOf(WorkCalendar calendar) {
        return indexOfTable.computeIfAbsent(distinctTables.of(calendar), t -> {
            tableList.add(t);
            return tableList.size() - 1;
        });
    }

    private int twentyFourHourTable() {
        if (twentyFourHourTable < 0) {
            twentyFourHourTable = indexOf(WorkCalendar.twentyFourHours("24 hours"));
        }
        return twentyFourHourTable;
    }

    private void buildHierarchy() {
        int[] childCount = new int[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            String p = plan.tasks().get(i).parent();
            parent[i] = p == null ? -1 : plan.indexOf(p);
            if (parent[i] >= 0) {
                childCount[parent[i]]++;
            }
        }
        children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = new int[childCount[i]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                children[parent[i]][fill[parent[i]]++] = i;
            }
        }
        leaves = new int[n][];
    }

    private boolean isSummary(int i) {
        return children[i].length > 0;
    }

    /** Leaf descendants of a summary, in outline order. */
    private int[] leaves(int i) {
        if (leaves[i] == null) {
            if (!isSummary(i)) {
                leaves[i] = new int[] {i};
            } else {
                List<Integer> out = new ArrayList<>();
                for (int c : children[i]) {
                    for (int l : leaves(c)) {
                        out.add(l);
                    }
                }
                leaves[i] = out.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return leaves[i];
    }

    private void taskData(int defaultTable) {
        flags = new int[n];
        calendar = new int[n];
        duration = new int[n];
        done = new int[n];
        constraintType = new byte[n];
        constraintPosition = new int[n];
        firstPassConstraintPosition = new int[n];
        notEarlier = new int[n];
        secondaryType = new byte[n];
        secondaryPosition = new int[n];
        deadline = new int[n];
        actualStart = new int[n];
        actualFinish = new int[n];
        manualStart = new int[n];
        manualFinish = new int[n];
        plain = new boolean[n];
        Arrays.fill(secondaryType, (byte) -1);
        for (int i = 0; i < n; i++) {
            Task t = plan.tasks().get(i);
            int c = t.calendar() == null ? defaultTable : table(t.calendar());
            calendar[i] = c;
            CalendarTable table = tableList.get(c);
            int f = 0;
            if (isSummary(i)) {
                f |= ScheduleNetwork.F_PASSIVE;
            }
            if (t.elapsed()) {
                f |= ScheduleNetwork.F_ELAPSED;
            }
            if (!isSummary(i) && (t.milestone() || t.duration() == 0)) {
                f |= ScheduleNetwork.F_MILESTONE;
                if (t.startMilestone()) {
                    f |= ScheduleNetwork.F_START_MILESTONE;
                }
            }
            int remaining = t.remainingDuration() != null ? t.remainingDuration()
                    : (int) Math.round(t.duration() * (1 - t.percentComplete() / 100.0));
            duration[i] = t.duration();
            actualStart[i] = ScheduleNetwork.NONE;
            actualFinish[i] = ScheduleNetwork.NONE;
            if (t.actualStart() != null && !isSummary(i)) {
                f |= ScheduleNetwork.F_STARTED;
                actualStart[i] = table.workBefore(timeline.minuteOf(t.actualStart()));
                duration[i] = remaining;
                done[i] = Math.max(0, t.duration() - remaining);
                if (t.actualFinish() != null) {
                    f |= ScheduleNetwork.F_FINISHED;
                    actualFinish[i] = table.workBefore(timeline.minuteOf(t.actualFinish()));
                    duration[i] = 0;
                }
            }
            manualStart[i] = ScheduleNetwork.NONE;
            manualFinish[i] = ScheduleNetwork.NONE;
            if (t.isManuallyScheduled() && !isSummary(i)) {
                f |= ScheduleNetwork.F_MANUAL;
                manualStart[i] = table.workBefore(timeline.minuteOf(t.manualStart()));
                manualFinish[i] = table.workBefore(timeline.minuteOf(t.manualFinish()));
            }
            constraintType[i] = code(t.constraint());
            constraintPosition[i] = position(table, t.constraint());
            firstPassConstraintPosition[i] = plan.rules() == RuleSet.P6 && t.constraint().type() == ConstraintType.FINISH_ON
                    ? weeklyWorkIntoDay(tableList.get(defaultTable).calendar(), table, t.constraint().date())
                    : constraintPosition[i];
            if ((f & ScheduleNetwork.F_STARTED) != 0 && t.actualFinish() == null && t.physicalPercentComplete() >= 100) {
                f |= ScheduleNetwork.F_PHYSICALLY_COMPLETE;
            }
            if (t.constraint().type() == ConstraintType.ALAP) {
                f |= ScheduleNetwork.F_ALAP;
                hasAlap |= !isSummary(i);
            }
            if (t.secondaryConstraint() != null && t.secondaryConstraint().type().hasDate()) {
                secondaryType[i] = code(t.secondaryConstraint());
                secondaryPosition[i] = position(table, t.secondaryConstraint());
            }
            deadline[i] = t.deadline() == null ? ScheduleNetwork.INF : table.workBefore(timeline.minuteOf(t.deadline()));
            // Start no earlier than is a floor under the early start and nothing more, which the integer step applies.
            ConstraintType type = t.constraint().type();
            boolean special = type != ConstraintType.ASAP && type != ConstraintType.SNET || secondaryType[i] >= 0 || t.deadline() != null
                    || (f & (ScheduleNetwork.F_ELAPSED | ScheduleNetwork.F_STARTED | ScheduleNetwork.F_MANUAL)) != 0;
            if (special) {
                f |= ScheduleNetwork.F_SLOW_FORWARD | ScheduleNetwork.F_SLOW_BACKWARD;
            }
            plain[i] = !special && !isSummary(i);
            notEarlier[i] = plain[i] && type == ConstraintType.SNET ? constraintPosition[i] : ScheduleNetwork.NONE;
            flags[i] = f;
        }
    }

    private static byte code(Constraint c) {
        return (byte) c.type().ordinal();
    }

    private int position(CalendarTable table, Constraint c) {
        return c.date() == null ? 0 : table.workBefore(timeline.minuteOf(c.date()));
    }

    /**
     * Where P6's first pass reads a finish-on date: as much work into its day on {@code table} as
     * the weekly hours of the project calendar hold by then, holidays aside (see
     * {@link ScheduleNetwork#firstPass}).
     */
    private int weeklyWorkIntoDay(WorkCalendar project, CalendarTable table, LocalDateTime at) {
        WorkingHours hours = project.weekly(at.getDayOfWeek());
        int minute = at.getHour() * 60 + at.getMinute();
        int worked = 0;
        for (int k = 0; k < hours.intervals(); k++) {
            worked += Math.max(0, Math.min(minute, hours.to(k)) - hours.from(k));
        }
        int day = timeline.minuteOf(at.toLocalDate().atStartOfDay());
        int dayStart = table.workBefore(day);
        return dayStart + Math.min(worked, table.workBefore(day + Timeline.MINUTES_PER_DAY) - dayStart);
    }

    private void edges(int defaultTable) {
        List<int[]> raw = new ArrayList<>();
        List<Link> rawLinks = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Task t = plan.tasks().get(s);
            for (Link l : t.predecessors()) {
                int p = plan.indexOf(l.predecessor());
                if (isSummary(p)) {
                    flags[p] = (flags[p] & ~ScheduleNetwork.F_PASSIVE) | ScheduleNetwork.F_SUMMARY;
                }
                for (int target : leaves(s)) {
                    raw.add(new int[] {p, target});
                    rawLinks.add(l);
                }
            }
        }
        int m = raw.size();
        predOffset = new int[n + 1];
        for (int[] e : raw) {
            predOffset[e[1] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            predOffset[i + 1] += predOffset[i];
        }
        edgePred = new int[m];
        edgeSucc = new int[m];
        edgeType = new byte[m];
        edgeMode = new byte[m];
        edgeLag = new int[m];
        edgeLagCalendar = new int[m];
        crossKind = new byte[m];
        int[] fill = Arrays.copyOf(predOffset, n);
        boolean[] finishedSuccessor = new boolean[n];
        for (int k = 0; k < m; k++) {
            int p = raw.get(k)[0];
            int s = raw.get(k)[1];
            Link l = rawLinks.get(k);
            int e = fill[s]++;
            edgePred[e] = p;
            edgeSucc[e] = s;
            edgeType[e] = (byte) l.type().ordinal();
            describeLag(e, l, p, s, defaultTable);
            finishedSuccessor[p] |= (flags[s] & ScheduleNetwork.F_FINISHED) != 0;
            boolean fast = edgeMode[e] == ScheduleNetwork.MODE_FAST && (flags[p] & (ScheduleNetwork.F_SUMMARY | ScheduleNetwork.F_STARTED)) == 0;
            if (fast) {
                continue;
            }
            crossKind[e] = plain[p] && plain[s] ? crossKind(e, l, p, s) : -1;
            if (crossKind[e] >= 0) {
                edgeMode[e] = ScheduleNetwork.MODE_CROSS;
            } else {
                flags[s] |= ScheduleNetwork.F_SLOW_FORWARD;
                flags[p] |= ScheduleNetwork.F_SLOW_BACKWARD;
            }
        }
        for (int i = 0; i < n; i++) {
            // Under MS Project's rules a finished task takes no part in its predecessors' late
            // dates: the general backward step leaves it out, the integer steps do not look.
            if (finishedSuccessor[i]) {
                flags[i] |= ScheduleNetwork.F_SLOW_BACKWARD;
            }
        }
        successorIndex();
        summaryMembers();
    }

    /**
     * How the passes convert a working-time link between plain tasks on two calendars, with its lag
     * on one of them, or -1 when the general step must (a lag on a third calendar). Each pass then
     * turns one position into an instant on one calendar and reads it back on the other, with the
     * lag added as working minutes before or after: the same arithmetic as the general step's.
     */
    private byte crossKind(int e, Link l, int p, int s) {
        // P6's finish-to-finish links across calendars place the late start by a rule of their own (Passes.backwardTask).
        if (edgeMode[e] != ScheduleNetwork.MODE_WORKING || calendar[p] == calendar[s] || plan.rules() == RuleSet.P6 && l.type() == LinkType.FF) {
            return -1;
        }
        boolean zeroLag = edgeLag[e] == 0;
        boolean lagOnPredecessor = !zeroLag && edgeLagCalendar[e] == calendar[p];
        if (!zeroLag && !lagOnPredecessor && edgeLagCalendar[e] != calendar[s]) {
            return -1;
        }
        boolean fromFinish = l.type().fromFinish();
        boolean toFinish = l.type().toFinish();
        int forward = lagOnPredecessor ? ScheduleNetwork.AT_FINISH : endKind(p, fromFinish);
        int backward;
        boolean latestStart = false;
        if (plan.rules() == RuleSet.P6) {
            backward = !zeroLag && !lagOnPredecessor ? ScheduleNetwork.AT_FINISH : endKind(s, toFinish);
        } else {
            backward = ScheduleNetwork.AT_START;
            latestStart = !fromFinish && !isFinishMilestone(p) && !lagOnPredecessor;
        }
        return (byte) (forward | backward << CROSS_BACKWARD_SHIFT
                | (lagOnPredecessor ? CROSS_LAG_ON_PREDECESSOR : 0)
                | (latestStart ? CROSS_LATEST_START : 0));
    }

    /** Tabulates each ordered pair of calendars that a {@link ScheduleNetwork#MODE_CROSS} link joins, in either direction. */
    private void pairs() {
        int count = tables.length;
        pairs = new CalendarPair[count * count];
        for (int e = 0; e < edgePred.length; e++) {
            if (edgeMode[e] == ScheduleNetwork.MODE_CROSS) {
                int p = calendar[edgePred[e]];
                int s = calendar[edgeSucc[e]];
                if (pairs[p * count + s] == null) {
                    pairs[p * count + s] = CalendarPair.of(tables[p], tables[s]);
                    pairs[s * count + p] = CalendarPair.of(tables[s], tables[p]);
                }
            }
        }
    }

    /**
     * Cuts the tasks into segments that no {@link ScheduleNetwork#MODE_CROSS} link joins within,
     * as few as can be (a cut goes before a task only when a link would otherwise join it to an
     * earlier task of its segment), and lists each pass's {@link CrossReads}: the forward pass's
     * by the successor's segment, the backward pass's by the predecessor's, each pointing its
     * link's code at its slot. Tasks the general step handles read their links themselves.
     */
    private void crossReads() {
        int[] cuts = new int[n + 2];
        int count = 1;
        int last = 0;
        int[] segmentOf = new int[n];
        for (int s = 0; s < n; s++) {
            for (int e = predOffset[s]; e < predOffset[s + 1]; e++) {
                if (edgeMode[e] == ScheduleNetwork.MODE_CROSS && edgePred[e] >= last) {
                    last = s;
                    cuts[count++] = s;
                    break;
                }
            }
            segmentOf[s] = count - 1;
        }
        cuts[count] = n;
        segment = Arrays.copyOf(cuts, count + 1);
        ReadList forward = new ReadList(count);
        for (int s = 0; s < n; s++) {
            if ((flags[s] & ScheduleNetwork.F_SLOW_FORWARD) != 0) {
                continue;
            }
            for (int e = predOffset[s]; e < predOffset[s + 1]; e++) {
                if (edgeMode[e] != ScheduleNetwork.MODE_CROSS) {
                    continue;
                }
                int p = edgePred[e];
                int kind = crossKind[e];
                int at = kind & 3;
                int shift = (kind & CROSS_LAG_ON_PREDECESSOR) != 0 ? edgeLag[e] : 0;
                int slot = forward.add(segmentOf[s], edgeCode[e] >> 1, shift, pairKind(at), milestoneAt(at, p), calendar[p], calendar[s]);
                edgeCode[e] = (2 * n + slot) << 1 | (edgeCode[e] & 1);
            }
        }
        ReadList backward = new ReadList(count);
        for (int p = 0; p < n; p++) {
            if ((flags[p] & ScheduleNetwork.F_SLOW_BACKWARD) != 0) {
                continue;
            }
            for (int x = succOffset[p]; x < succOffset[p + 1]; x++) {
                int e = succEdge[x];
                if (edgeMode[e] != ScheduleNetwork.MODE_CROSS) {
                    continue;
                }
                int s = edgeSucc[e];
                int kind = crossKind[e];
                int at = (kind >> CROSS_BACKWARD_SHIFT) & 3;
                int lagAfter = (kind & CROSS_LAG_ON_PREDECESSOR) != 0 ? edgeLag[e] : 0;
                int tableKind = pairKind(at) | ((kind & CROSS_LATEST_START) != 0 ? CalendarPair.LATEST_START : 0);
                int slot = backward.add(segmentOf[p], succCode[x] >> 1, lagAfter - edgeLag[e], tableKind, milestoneAt(at, s), calendar[s], calendar[p]);
                succCode[x] = (2 * n + slot) << 1 | (succCode[x] & 1);
            }
        }
        forwardReads = forward.reads();
        backwardReads = backward.reads();
    }

    /**
     * The {@link CalendarPair} kind of an instant kind: a finish milestone's instant is where its
     * work ends, as a finish's is (bar the project start: {@link CrossReads#milestoneAt}).
     */
    private static int pairKind(int at) {
        return at == ScheduleNetwork.AT_START ? CalendarPair.START : CalendarPair.FINISH;
    }

    private int milestoneAt(int at, int task) {
        return at == ScheduleNetwork.AT_MILESTONE ? planStartPosition[calendar[task]] : Integer.MIN_VALUE;
    }

    /** {@link CrossReads} as they are listed, segment by segment in order. */
    private final class ReadList {
        private final int[] first;
        private int size;
        private int[] source = new int[16];
        private int[] shift = new int[16];
        private byte[] kind = new byte[16];
        private int[] milestoneAt = new int[16];
        private CalendarPair[] pair = new CalendarPair[16];

        ReadList(int segments) {
            first = new int[segments + 1];
        }

        int add(int segmentIndex, int from, int by, int tableKind, int milestone, int fromCalendar, int toCalendar) {
            if (size == source.length) {
                source = Arrays.copyOf(source, 2 * size);
                shift = Arrays.copyOf(shift, 2 * size);
                kind = Arrays.copyOf(kind, 2 * size);
                milestoneAt = Arrays.copyOf(milestoneAt, 2 * size);
                pair = Arrays.copyOf(pair, 2 * size);
            }
            source[size] = from;
            shift[size] = by;
            kind[size] = (byte) tableKind;
            milestoneAt[size] = milestone;
            pair[size] = pairs[fromCalendar * tables.length + toCalendar];
            first[segmentIndex + 1] = ++size;
            return size - 1;
        }

        CrossReads reads() {
            for (int g = 1; g < first.length; g++) {
                first[g] = Math.max(first[g], first[g - 1]);
            }
            return new CrossReads(first, Arrays.copyOf(source, size), Arrays.copyOf(shift, size), Arrays.copyOf(kind, size),
                    Arrays.copyOf(milestoneAt, size), Arrays.copyOf(pair, size));
        }
    }

    /** The outline's children of each task in network order, for reading summaries' dates out. */
    private void outline() {
        int[] offset = new int[n + 1];
        for (int k = 0; k < n; k++) {
            offset[k + 1] = offset[k] + children[order[k]].length;
        }
        int[] list = new int[offset[n]];
        for (int k = 0; k < n; k++) {
            int at = offset[k];
            for (int c : children[order[k]]) {
                list[at++] = internal[c];
            }
        }
        outline = new ScheduleNetwork.Children(offset, list);
    }

    /** The instant kind of a task's start or finish position (as {@code Passes.startInstant} and {@code finishInstant}). */
    private int endKind(int i, boolean finish) {
        if (isFinishMilestone(i)) {
            return ScheduleNetwork.AT_MILESTONE;
        }
        if (finish && (flags[i] & ScheduleNetwork.F_MILESTONE) == 0) {
            return ScheduleNetwork.AT_FINISH;
        }
        return ScheduleNetwork.AT_START;
    }

    private boolean isFinishMilestone(int i) {
        return (flags[i] & (ScheduleNetwork.F_MILESTONE | ScheduleNetwork.F_START_MILESTONE)) == ScheduleNetwork.F_MILESTONE;
    }

    /** The successor side of the CSR: for each task, the edges leaving it. */
    private void successorIndex() {
        int m = edgePred.length;
        succOffset = new int[n + 1];
        for (int e = 0; e < m; e++) {
            succOffset[edgePred[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            succOffset[i + 1] += succOffset[i];
        }
        succEdge = new int[m];
        int[] fill = Arrays.copyOf(succOffset, n);
        for (int e = 0; e < m; e++) {
            succEdge[fill[edgePred[e]]++] = e;
        }
        succCode = new int[m];
        succLag = new int[m];
        for (int x = 0; x < m; x++) {
            int e = succEdge[x];
            succCode[x] = lateCode(edgeSucc[e], edgeType[e]);
            succLag[x] = edgeLag[e];
        }
        edgeCode = new int[m];
        for (int e = 0; e < m; e++) {
            edgeCode[e] = earlyCode(edgePred[e], edgeType[e]);
        }
    }

    /**
     * A link as the forward pass reads it: the index of the predecessor's start or finish in the
     * workspace's early dates, shifted left, and in the low bit whether it ends at the successor's
     * finish (the successor's duration comes off).
     */
    static int earlyCode(int pred, byte type) {
        boolean fromFinish = type == LinkType.FS.ordinal() || type == LinkType.FF.ordinal();
        boolean toFinish = type == LinkType.FF.ordinal() || type == LinkType.SF.ordinal();
        return (2 * pred + (fromFinish ? 1 : 0)) << 1 | (toFinish ? 1 : 0);
    }

    /**
     * A link as the backward pass reads it: the index of the successor's start or finish in the
     * late dates, shifted left, and in the low bit whether it starts from the predecessor's start
     * (the predecessor's duration goes back on).
     */
    static int lateCode(int succ, byte type) {
        boolean fromStart = type == LinkType.SS.ordinal() || type == LinkType.SF.ordinal();
        boolean toFinish = type == LinkType.FF.ordinal() || type == LinkType.SF.ordinal();
        return (2 * succ + (toFinish ? 1 : 0)) << 1 | (fromStart ? 1 : 0);
    }

    private void describeLag(int e, Link l, int p, int s, int defaultTable) {
        Lag lag = l.lag();
        int lagTable;
        LagCalendar which = l.lagCalendar() != null ? l.lagCalendar()
                : plan.options().lagCalendar() != null ? plan.options().lagCalendar()
                : plan.rules() == RuleSet.MS_PROJECT ? LagCalendar.SUCCESSOR : LagCalendar.PREDECESSOR;
        switch (which) {
            case PREDECESSOR:
                lagTable = calendar[p];
                break;
            case SUCCESSOR:
                lagTable = calendar[s];
                break;
            case PROJECT:
                lagTable = defaultTable;
                break;
            default:
                lagTable = lag.unit() == Lag.Unit.WORKING && lag.isZero() ? calendar[s] : twentyFourHourTable();
        }
        edgeLagCalendar[e] = lagTable;
        switch (lag.unit()) {
            case ELAPSED:
                edgeMode[e] = ScheduleNetwork.MODE_ELAPSED;
                edgeLag[e] = (int) lag.amount();
                break;
            case PERCENT:
                edgeMode[e] = ScheduleNetwork.MODE_PERCENT;
                edgeLag[e] = (int) Math.round(lag.amount() * 100);
                break;
            default:
                edgeLag[e] = (int) lag.amount();
                boolean sameCalendar = calendar[p] == calendar[s] && (lag.isZero() || lagTable == calendar[s]);
                edgeMode[e] = sameCalendar ? ScheduleNetwork.MODE_FAST : ScheduleNetwork.MODE_WORKING;
        }
    }

    /** Active summaries (those with successors) take their dates from their leaf descendants. */
    private void summaryMembers() {
        memberOffset = new int[n + 1];
        int[] memberOfCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int count = (flags[i] & ScheduleNetwork.F_SUMMARY) != 0 ? leaves(i).length : 0;
            memberOffset[i + 1] = memberOffset[i] + count;
            if (count > 0) {
                for (int leaf : leaves(i)) {
                    memberOfCount[leaf + 1]++;
                }
            }
        }
        members = new int[memberOffset[n]];
        memberOfOffset = new int[n + 1];
        for (int i = 0; i < n; i++) {
            memberOfOffset[i + 1] = memberOfOffset[i] + memberOfCount[i + 1];
        }
        memberOf = new int[memberOfOffset[n]];
        int[] fill = Arrays.copyOf(memberOfOffset, n);
        for (int i = 0; i < n; i++) {
            if ((flags[i] & ScheduleNetwork.F_SUMMARY) != 0) {
                int k = memberOffset[i];
                flags[i] |= ScheduleNetwork.F_SLOW_FORWARD | ScheduleNetwork.F_SLOW_BACKWARD;
                for (int leaf : leaves(i)) {
                    members[k++] = leaf;
                    memberOf[fill[leaf]++] = i;
                    flags[leaf] |= ScheduleNetwork.F_SLOW_BACKWARD;
                }
            }
        }
    }

    /**
     * Kahn's algorithm taking the lowest plan index first, so that a plan already listed in
     * logical order keeps that order (and its memory locality).
     */
    private void topologicalOrder() {
        int[] inDegree = new int[n];
        for (int s = 0; s < n; s++) {
            inDegree[s] = predOffset[s + 1] - predOffset[s] + memberOffset[s + 1] - memberOffset[s];
        }
        order = new int[n];
        int[] heap = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (inDegree[i] == 0) {
                heap[size++] = i;
            }
        }
        int count = 0;
        while (size > 0) {
            int p = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, size, 0);
            order[count++] = p;
            for (int k = succOffset[p]; k < succOffset[p + 1]; k++) {
                int s = edgeSucc[succEdge[k]];
                if (--inDegree[s] == 0) {
                    size = push(heap, size, s);
                }
            }
            for (int k = memberOfOffset[p]; k < memberOfOffset[p + 1]; k++) {
                int s = memberOf[k];
                if (--inDegree[s] == 0) {
                    size = push(heap, size, s);
                }
            }
        }
        if (count < n) {
            throw new CycleException(findCycle(inDegree));
        }
    }

    private static int push(int[] heap, int size, int value) {
        int i = size;
        heap[i] = value;
        while (i > 0 && heap[(i - 1) >> 1] > heap[i]) {
            int parent = (i - 1) >> 1;
            int t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
        return size + 1;
    }

    private static void siftDown(int[] heap, int size, int i) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int c = l + 1 < size && heap[l + 1] < heap[l] ? l + 1 : l;
            if (heap[i] <= heap[c]) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[c];
            heap[c] = t;
            i = c;
        }
    }

    /**
     * Renumbers every array into topological order, so that each pass walks memory front to back:
     * network index k is the task at plan index order[k].
     */
    private void renumber() {
        internal = new int[n];
        for (int k = 0; k < n; k++) {
            internal[order[k]] = k;
        }
        flags = permute(flags);
        calendar = permute(calendar);
        duration = permute(duration);
        done = permute(done);
        constraintType = permute(constraintType);
        constraintPosition = permute(constraintPosition);
        firstPassConstraintPosition = permute(firstPassConstraintPosition);
        notEarlier = permute(notEarlier);
        secondaryType = permute(secondaryType);
        secondaryPosition = permute(secondaryPosition);
        deadline = permute(deadline);
        actualStart = permute(actualStart);
        actualFinish = permute(actualFinish);
        manualStart = permute(manualStart);
        manualFinish = permute(manualFinish);
        int m = edgePred.length;
        int[] newPredOffset = new int[n + 1];
        int[] newPred = new int[m];
        int[] newSucc = new int[m];
        byte[] newType = new byte[m];
        byte[] newMode = new byte[m];
        int[] newLag = new int[m];
        int[] newLagCalendar = new int[m];
        byte[] newCrossKind = new byte[m];
        int e = 0;
        for (int k = 0; k < n; k++) {
            int s = order[k];
            for (int old = predOffset[s]; old < predOffset[s + 1]; old++) {
                newPred[e] = internal[edgePred[old]];
                newSucc[e] = k;
                newType[e] = edgeType[old];
                newMode[e] = edgeMode[old];
                newLag[e] = edgeLag[old];
                newLagCalendar[e] = edgeLagCalendar[old];
                newCrossKind[e] = crossKind[old];
                e++;
            }
            newPredOffset[k + 1] = e;
        }
        predOffset = newPredOffset;
        edgePred = newPred;
        edgeSucc = newSucc;
        edgeType = newType;
        edgeMode = newMode;
        edgeLag = newLag;
        edgeLagCalendar = newLagCalendar;
        crossKind = newCrossKind;
        successorIndex();
        int[][] membersByNetworkIndex = permuteLists(memberOffset, members);
        memberOffset = membersByNetworkIndex[0];
        members = membersByNetworkIndex[1];
        int[][] memberOfByNetworkIndex = permuteLists(memberOfOffset, memberOf);
        memberOfOffset = memberOfByNetworkIndex[0];
        memberOf = memberOfByNetworkIndex[1];
    }

    /** Reorders per-task lists of task indices (offsets and values) into network order. */
    private int[][] permuteLists(int[] offset, int[] values) {
        int[] newOffset = new int[n + 1];
        int[] newValues = new int[values.length];
        int x = 0;
        for (int k = 0; k < n; k++) {
            int s = order[k];
            for (int old = offset[s]; old < offset[s + 1]; old++) {
                newValues[x++] = internal[values[old]];
            }
            newOffset[k + 1] = x;
        }
        return new int[][] {newOffset, newValues};
    }

    private int[] permute(int[] a) {
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = a[order[k]];
        }
        return out;
    }

    private byte[] permute(byte[] a) {
        byte[] out = new byte[n];
        for (int k = 0; k < n; k++) {
            out[k] = a[order[k]];
        }
        return out;
    }

    /** Walks back from a task left with unmet predecessors until a task repeats: that loop is a cycle. */
    private List<String> findCycle(int[] inDegree) {
        int start = 0;
        while (inDegree[start] == 0) {
            start++;
        }
        int[] seenAt = new int[n];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int cur = start;
        while (seenAt[cur] < 0) {
            seenAt[cur] = path.size();
            path.add(cur);
            cur = unfinishedPredecessor(cur, inDegree);
        }
        List<Integer> loop = new ArrayList<>(path.subList(seenAt[cur], path.size()));
        java.util.Collections.reverse(loop);
        List<String> ids = new ArrayList<>();
        for (int i : loop) {
            ids.add(plan.tasks().get(i).id());
        }
        return ids;
    }

    private int unfinishedPredecessor(int s, int[] inDegree) {
        for (int e = predOffset[s]; e < predOffset[s + 1]; e++) {
            if (inDegree[edgePred[e]] > 0) {
                return edgePred[e];
            }
        }
        for (int k = memberOffset[s]; k < memberOffset[s + 1]; k++) {
            if (inDegree[members[k]] > 0) {
                return members[k];
            }
        }
        throw new IllegalStateException("no unfinished predecessor of " + plan.tasks().get(s));
    }

    private void floors() {
        int tableCount = tableList.size();
        startFloor = new int[tableCount];
        startFloorDriver = new int[tableCount];
        statusPosition = new int[tableCount];
        planStartPosition = new int[tableCount];
        planStart = timeline.minuteOf(plan.start());
        int status = plan.statusDate() == null ? ScheduleNetwork.NONE : timeline.minuteOf(plan.statusDate());
        statusDate = status == ScheduleNetwork.NONE ? planStart : status;
        boolean statusFloors = plan.rules() == RuleSet.P6 && status != ScheduleNetwork.NONE && status > planStart;
        for (int c = 0; c < tableCount; c++) {
            CalendarTable t = tableList.get(c);
            startFloor[c] = t.workBefore(statusFloors ? status : planStart);
            startFloorDriver[c] = statusFloors ? ScheduleNetwork.DRIVER_STATUS_DATE : ScheduleNetwork.DRIVER_PROJECT_START;
            statusPosition[c] = status == ScheduleNetwork.NONE ? startFloor[c] : t.workBefore(status);
            planStartPosition[c] = t.workBefore(planStart);
        }
        LocalDateTime finishBy = plan.options().mustFinishBy();
        mustFinishBy = finishBy == null ? ScheduleNetwork.NONE : timeline.minuteOf(finishBy);
        floatBasis = plan.options().floatBasis() != null ? plan.options().floatBasis()
                : plan.rules() == RuleSet.P6 ? FloatBasis.FINISH : FloatBasis.SMALLEST;
        progress = plan.options().progress() != null ? plan.options().progress() : ProgressMode.RETAINED_LOGIC;
    }
}

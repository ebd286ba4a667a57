package io.linchpin.files;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.Recurrence;
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
import io.linchpin.engine.plan.ScheduleOptions;
import io.linchpin.engine.plan.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Linchpin's own plan format, {@code "format": "linchpin/1"}, documented in the README. Durations
 * and lags are text such as {@code "3d"}, {@code "1.5h"}, {@code "2ed"} or {@code "50%"}; a day
 * and a week of working time are the plan calendar's hours per day and per week.
 */
public final class LinchpinJson {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "linchpin/1";

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final Pattern AMOUNT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(m|h|d|w|em|eh|ed|ew|%)");
    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private LinchpinJson() {
    }

    /**
     * Reads a plan.
     *
     * @throws ProjectFileException naming the field that is missing or wrong
     */
    public static Plan read(Path file) {
        return new Reader(file).plan(tree(file));
    }

    /** The file's JSON tree. */
    static JsonNode tree(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            throw new ProjectFileException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    /** Writes a plan. */
    public static void write(Plan plan, Path file) {
        try {
            Files.writeString(file, MAPPER.writeValueAsString(toJson(plan)) + "\n");
        } catch (IOException e) {
            throw new ProjectFileException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** The plan as a JSON tree. */
    public static ObjectNode toJson(Plan plan) {
        WorkCalendar base = plan.calendar(plan.calendarId());
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", plan.name());
        root.put("start", DATE_TIME.format(plan.start()));
        if (plan.timeZone() != null) {
            root.put("timeZone", plan.timeZone().getId());
        } else {
            root.putNull("timeZone");
        }
        root.put("rules", plan.rules() == RuleSet.P6 ? "p6" : "msproject");
        putDate(root, "statusDate", plan.statusDate());
        root.put("calendar", plan.calendarId());
        ArrayNode calendars = root.putArray("calendars");
        for (WorkCalendar c : plan.calendars().values()) {
            calendars.add(calendar(c));
        }
        ArrayNode tasks = root.putArray("tasks");
        for (Task t : plan.tasks()) {
            tasks.add(task(t, plan, base));
        }
        ResourcesJson.write(plan, root);
        ScheduleOptions o = plan.options();
        ObjectNode options = root.putObject("options");
        options.put("criticalFloatMinutes", o.criticalFloatMinutes());
        options.put("honorConstraints", o.honorConstraints());
        putEnum(options, "lagCalendar", o.lagCalendar());
        putEnum(options, "progress", o.progress());
        putEnum(options, "floatBasis", o.floatBasis());
        putDate(options, "mustFinishBy", o.mustFinishBy());
        if (plan.calendarRangeFirst() != null) {
            ObjectNode range = root.putObject("calendarRange");
            range.put("from", plan.calendarRangeFirst().toString());
            range.put("to", plan.calendarRangeLast().toString());
        }
        return root;
    }

    private static ObjectNode calendar(WorkCalendar c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", c.id());
        if (!c.name().equals(c.id())) {
            node.put("name", c.name());
        }
        node.put("hoursPerDay", c.minutesPerDay() / 60.0);
        node.put("hoursPerWeek", c.minutesPerWeek() / 60.0);
        ObjectNode week = node.putObject("week");
        for (DayOfWeek d : DayOfWeek.values()) {
            ArrayNode hours = week.putArray(DAYS[d.ordinal()]);
            c.weekly(d).toText().forEach(hours::add);
        }
        ArrayNode exceptions = node.putArray("exceptions");
        for (CalendarException e : c.exceptions()) {
            ObjectNode x = exceptions.addObject();
            x.put("from", e.from().toString());
            x.put("to", e.to().toString());
            ArrayNode hours = x.putArray("hours");
            e.hours().toText().forEach(hours::add);
            if (e.recurrence() != null) {
                x.set("repeat", recurrence(e.recurrence()));
            }
        }
        return node;
    }

    private static ObjectNode recurrence(Recurrence r) {
        ObjectNode node = MAPPER.createObjectNode();
        if (r instanceof Recurrence.Yearly y) {
            node.put("every", "year");
            node.put("on", String.format("%02d-%02d", y.day().getMonthValue(), y.day().getDayOfMonth()));
        } else if (r instanceof Recurrence.Monthly m) {
            node.put("every", "month");
            node.put("day", m.dayOfMonth());
        } else if (r instanceof Recurrence.Weekly w) {
            node.put("every", "week");
            node.put("interval", w.everyWeeks());
            ArrayNode days = node.putArray("days");
            w.days().stream().sorted().forEach(d -> days.add(DAYS[d.ordinal()]));
        } else if (r instanceof Recurrence.Daily d) {
            node.put("every", "day");
            node.put("interval", d.everyDays());
        }
        return node;
    }

    private static ObjectNode task(Task t, Plan plan, WorkCalendar base) {
        WorkCalendar cal = t.calendar() == null ? base : plan.calendar(t.calendar());
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", t.id());
        if (t.uniqueId() != null) {
            node.put("uniqueId", t.uniqueId());
        }
        node.put("name", t.name());
        node.put("duration", duration(t.duration(), t.elapsed(), cal));
        putText(node, "parent", t.parent());
        node.put("milestone", t.milestone());
        if (t.startMilestone()) {
            node.put("startMilestone", true);
        }
        putText(node, "calendar", t.calendar());
        node.set("constraint", constraint(t.constraint()));
        if (t.secondaryConstraint() != null) {
            node.set("secondaryConstraint", constraint(t.secondaryConstraint()));
        }
        putDate(node, "deadline", t.deadline());
        ArrayNode preds = node.putArray("predecessors");
        for (Link l : t.predecessors()) {
            ObjectNode p = preds.addObject();
            p.put("task", l.predecessor());
            p.put("type", l.type().name());
            p.put("lag", lag(l.lag(), cal));
            putEnum(p, "lagCalendar", l.lagCalendar());
        }
        putDate(node, "actualStart", t.actualStart());
        putDate(node, "actualFinish", t.actualFinish());
        node.put("percentComplete", t.percentComplete());
        if (t.physicalPercentComplete() != 0) {
            node.put("physicalPercentComplete", t.physicalPercentComplete());
        }
        if (t.remainingDuration() != null) {
            node.put("remainingDuration", duration(t.remainingDuration(), t.elapsed(), cal));
        } else {
            node.putNull("remainingDuration");
        }
        if (t.isManuallyScheduled()) {
            putDate(node, "manualStart", t.manualStart());
            putDate(node, "manualFinish", t.manualFinish());
        }
        ResourcesJson.writeTask(plan, t, node);
        return node;
    }

    private static JsonNode constraint(Constraint c) {
        if (c.type() == ConstraintType.ASAP) {
            return MAPPER.nullNode();
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", c.type().name());
        putDate(node, "date", c.date());
        return node;
    }

    /** A duration in the largest unit that holds it exactly. */
    static String duration(int minutes, boolean elapsed, WorkCalendar cal) {
        int day = elapsed ? 1440 : cal.minutesPerDay();
        int week = elapsed ? 7 * 1440 : cal.minutesPerWeek();
        String prefix = elapsed ? "e" : "";
        if (minutes != 0 && minutes % week == 0) {
            return minutes / week + prefix + "w";
        }
        if (minutes != 0 && minutes % day == 0) {
            return minutes / day + prefix + "d";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + prefix + "h";
        }
        return minutes + prefix + "m";
    }

    private static String lag(Lag lag, WorkCalendar cal) {
        if (lag.unit() == Lag.Unit.PERCENT) {
            double v = lag.amount();
            return (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + "%";
        }
        return duration((int) lag.amount(), lag.unit() == Lag.Unit.ELAPSED, cal);
    }

    static void putDate(ObjectNode node, String field, LocalDateTime value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, DATE_TIME.format(value));
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void putEnum(ObjectNode node, String field, Enum<?> value) {
        if (value != null) {
            node.put(field, value.name());
        }
    }

    /** Reads the tree, naming the JSON path of anything wrong. */
    static final class Reader {
        private final Path file;

        Reader(Path file) {
            this.file = file;
        }

        ProjectFileException error(String path, String message) {
            return new ProjectFileException(file + ": " + path + ": " + message);
        }

        Plan plan(JsonNode root) {
            if (!root.isObject()) {
                throw error("$", "expected a JSON object");
            }
            String format = text(root, "format", "$.format", true);
            if (!FORMAT.equals(format)) {
                throw error("$.format", "expected \"" + FORMAT + "\", got \"" + format + "\"");
            }
            Plan.Builder plan = Plan.builder(dateTime(root, "start", "$.start", true));
            plan.name(text(root, "name", "$.name", false));
            String zone = text(root, "timeZone", "$.timeZone", false);
            if (zone != null) {
                try {
                    plan.timeZone(ZoneId.of(zone));
                } catch (RuntimeException e) {
                    throw error("$.timeZone", "unknown time zone '" + zone + "'");
                }
            }
            String rules = text(root, "rules", "$.rules", false);
            if (rules != null) {
                switch (rules.toLowerCase(Locale.ROOT)) {
                    case "msproject":
                        plan.rules(RuleSet.MS_PROJECT);
                        break;
                    case "p6":
                        plan.rules(RuleSet.P6);
                        break;
                    default:
                        throw error("$.rules", "expected \"msproject\" or \"p6\", got \"" + rules + "\"");
                }
            }
            plan.statusDate(dateTime(root, "statusDate", "$.statusDate", false));
            List<WorkCalendar> calendars = new ArrayList<>();
            JsonNode cals = root.get("calendars");
            if (cals != null && !cals.isNull()) {
                requireArray(cals, "$.calendars");
                for (int i = 0; i < cals.size(); i++) {
                    calendars.add(calendar(cals.get(i), "$.calendars[" + i + "]"));
                }
            }
            calendars.forEach(plan::addCalendar);
            String calendarId = text(root, "calendar", "$.calendar", false);
            if (calendarId != null) {
                plan.calendar(calendarId);
            }
            WorkCalendar base = calendars.stream().filter(c -> c.id().equals(calendarId)).findFirst()
                    .orElse(calendars.isEmpty() ? WorkCalendar.standard(Plan.DEFAULT_CALENDAR_ID) : calendars.get(0));
            JsonNode tasks = root.get("tasks");
            if (tasks == null || tasks.isNull()) {
                throw error("$.tasks", "missing");
            }
            requireArray(tasks, "$.tasks");
            List<String> taskIds = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                Task t = task(tasks.get(i), "$.tasks[" + i + "]", calendars, base);
                plan.addTask(t);
                taskIds.add(t.id());
            }
            ResourcesJson.read(this, root, plan, taskIds);
            JsonNode options = root.get("options");
            if (options != null && !options.isNull()) {
                plan.options(options(options));
            }
            JsonNode range = root.get("calendarRange");
            if (range != null && !range.isNull()) {
                plan.calendarRange(date(range, "from", "$.calendarRange.from"), date(range, "to", "$.calendarRange.to"));
            }
            try {
                return plan.build();
            } catch (IllegalArgumentException e) {
                throw new ProjectFileException(file + ": " + e.getMessage(), e);
            }
        }

        private WorkCalendar calendar(JsonNode node, String path) {
            String id = text(node, "id", path + ".id", true);
            WorkCalendar.Builder b = WorkCalendar.builder(id).name(text(node, "name", path + ".name", false));
            double hoursPerDay = number(node, "hoursPerDay", path, 8);
            double hoursPerWeek = number(node, "hoursPerWeek", path, 40);
            try {
                b.minutesPerDay((int) Math.round(hoursPerDay * 60)).minutesPerWeek((int) Math.round(hoursPerWeek * 60));
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage());
            }
            JsonNode week = node.get("week");
            WorkCalendar standard = WorkCalendar.standard(id);
            for (DayOfWeek d : DayOfWeek.values()) {
                JsonNode day = week == null || week.isNull() ? null : week.get(DAYS[d.ordinal()]);
                b.hours(d, day == null ? standard.weekly(d) : hours(day, path + ".week." + DAYS[d.ordinal()]));
            }
            JsonNode exceptions = node.get("exceptions");
            if (exceptions != null && !exceptions.isNull()) {
                requireArray(exceptions, path + ".exceptions");
                for (int i = 0; i < exceptions.size(); i++) {
                    String at = path + ".exceptions[" + i + "]";
                    JsonNode x = exceptions.get(i);
                    LocalDate from = date(x, "from", at + ".from");
                    JsonNode toNode = x.get("to");
                    LocalDate to = toNode == null || toNode.isNull() ? from : date(x, "to", at + ".to");
                    JsonNode h = x.get("hours");
                    JsonNode repeat = x.get("repeat");
                    try {
                        b.exception(new CalendarException(from, to, h == null || h.isNull() ? WorkingHours.NONE : hours(h, at + ".hours"),
                                repeat == null || repeat.isNull() ? null : recurrence(repeat, at + ".repeat")));
                    } catch (IllegalArgumentException e) {
                        throw error(at, e.getMessage());
                    }
                }
            }
            return b.build();
        }

        private Recurrence recurrence(JsonNode node, String path) {
            String every = text(node, "every", path + ".every", true);
            switch (every) {
                case "year": {
                    String on = text(node, "on", path + ".on", true);
                    try {
                        return new Recurrence.Yearly(MonthDay.parse("--" + on));
                    } catch (DateTimeParseException e) {
                        throw error(path + ".on", "\"" + on + "\" is not a month and day MM-dd");
                    }
                }
                case "month":
                    return new Recurrence.Monthly((int) number(node, "day", path, 1));
                case "week": {
                    JsonNode days = node.get("days");
                    if (days == null || !days.isArray()) {
                        throw error(path + ".days", "expected an array of weekdays such as [\"mon\"]");
                    }
                    Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
                    for (JsonNode d : days.values()) {
                        int index = List.of(DAYS).indexOf(d.asString());
                        if (index < 0) {
                            throw error(path + ".days", "unknown weekday " + d);
                        }
                        set.add(DayOfWeek.values()[index]);
                    }
                    return new Recurrence.Weekly(set, (int) number(node, "interval", path, 1));
                }
                case "day":
                    return new Recurrence.Daily((int) number(node, "interval", path, 1));
                default:
                    throw error(path + ".every", "expected year, month, week or day, got \"" + every + "\"");
            }
        }

        private WorkingHours hours(JsonNode node, String path) {
            requireArray(node, path);
            List<String> ranges = new ArrayList<>();
            for (JsonNode r : node.values()) {
                if (!r.isString()) {
                    throw error(path, "expected text ranges such as \"08:00-12:00\"");
                }
                ranges.add(r.stringValue());
            }
            try {
                return WorkingHours.parse(ranges);
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage());
            }
        }

        private Task task(JsonNode node, String path, List<WorkCalendar> calendars, WorkCalendar base) {
            if (!node.isObject()) {
                throw error(path, "expected a task object");
            }
            String id = text(node, "id", path + ".id", true);
            String calendarId = text(node, "calendar", path + ".calendar", false);
            WorkCalendar cal = calendars.stream().filter(c -> c.id().equals(calendarId)).findFirst().orElse(base);
            Task.Builder b;
            try {
                b = Task.builder(id);
            } catch (IllegalArgumentException e) {
                throw error(path + ".id", e.getMessage());
            }
            b.name(text(node, "name", path + ".name", true));
            String duration = text(node, "duration", path + ".duration", true);
            Amount d = amount(duration, path + ".duration", cal, false);
            if (d.minutes < 0) {
                throw error(path + ".duration", "must not be negative");
            }
            if (d.elapsed) {
                b.elapsedDuration(d.minutes);
            } else {
                b.duration(d.minutes);
            }
            JsonNode uniqueId = node.get("uniqueId");
            if (uniqueId != null && uniqueId.isNumber()) {
                b.uniqueId((long) uniqueId.asDouble());
            }
            b.parent(text(node, "parent", path + ".parent", false));
            b.milestone(bool(node, "milestone", path));
            b.startMilestone(bool(node, "startMilestone", path));
            b.calendar(calendarId);
            b.constraint(constraint(node.get("constraint"), path + ".constraint"));
            JsonNode secondary = node.get("secondaryConstraint");
            if (secondary != null && !secondary.isNull()) {
                b.secondaryConstraint(constraint(secondary, path + ".secondaryConstraint"));
            }
            b.deadline(dateTime(node, "deadline", path + ".deadline", false));
            JsonNode preds = node.get("predecessors");
            if (preds != null && !preds.isNull()) {
                requireArray(preds, path + ".predecessors");
                for (int i = 0; i < preds.size(); i++) {
                    b.predecessor(link(preds.get(i), path + ".predecessors[" + i + "]", cal));
                }
            }
            b.actualStart(dateTime(node, "actualStart", path + ".actualStart", false));
            b.actualFinish(dateTime(node, "actualFinish", path + ".actualFinish", false));
            try {
                b.percentComplete(number(node, "percentComplete", path, 0));
            } catch (IllegalArgumentException e) {
                throw error(path + ".percentComplete", e.getMessage());
            }
            try {
                b.physicalPercentComplete(number(node, "physicalPercentComplete", path, 0));
            } catch (IllegalArgumentException e) {
                throw error(path + ".physicalPercentComplete", e.getMessage());
            }
            String remaining = text(node, "remainingDuration", path + ".remainingDuration", false);
            if (remaining != null) {
                b.remainingDuration(amount(remaining, path + ".remainingDuration", cal, false).minutes);
            }
            LocalDateTime manualStart = dateTime(node, "manualStart", path + ".manualStart", false);
            LocalDateTime manualFinish = dateTime(node, "manualFinish", path + ".manualFinish", false);
            try {
                b.manual(manualStart, manualFinish);
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage());
            }
            ResourcesJson.readPriority(this, node, path, b);
            return b.build();
        }

        private Link link(JsonNode node, String path, WorkCalendar cal) {
            String task = text(node, "task", path + ".task", true);
            String type = text(node, "type", path + ".type", false);
            LinkType linkType;
            try {
                linkType = type == null ? LinkType.FS : LinkType.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(path + ".type", "expected FS, SS, FF or SF, got \"" + type + "\"");
            }
            String lagText = text(node, "lag", path + ".lag", false);
            Lag lag = Lag.NONE;
            if (lagText != null) {
                Amount a = amount(lagText, path + ".lag", cal, true);
                lag = a.percent != null ? Lag.percent(a.percent) : a.elapsed ? Lag.elapsed(a.minutes) : Lag.working(a.minutes);
            }
            String lagCalendar = text(node, "lagCalendar", path + ".lagCalendar", false);
            return new Link(task, linkType, lag, lagCalendar == null ? null : enumValue(LagCalendar.class, lagCalendar, path + ".lagCalendar"));
        }

        private Constraint constraint(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                return Constraint.ASAP;
            }
            ConstraintType type = enumValue(ConstraintType.class, text(node, "type", path + ".type", true), path + ".type");
            LocalDateTime date = dateTime(node, "date", path + ".date", type.hasDate());
            return Constraint.of(type, date);
        }

        private ScheduleOptions options(JsonNode node) {
            ScheduleOptions o = ScheduleOptions.DEFAULTS;
            o = o.withCriticalFloatMinutes((int) number(node, "criticalFloatMinutes", "$.options", 0));
            JsonNode honor = node.get("honorConstraints");
            if (honor != null && honor.isBoolean()) {
                o = o.withHonorConstraints(honor.booleanValue());
            }
            String lagCalendar = text(node, "lagCalendar", "$.options.lagCalendar", false);
            if (lagCalendar != null) {
                o = o.withLagCalendar(enumValue(LagCalendar.class, lagCalendar, "$.options.lagCalendar"));
            }
            String progress = text(node, "progress", "$.options.progress", false);
            if (progress != null) {
                o = o.withProgress(enumValue(ProgressMode.class, progress, "$.options.progress"));
            }
            String floatBasis = text(node, "floatBasis", "$.options.floatBasis", false);
            if (floatBasis != null) {
                o = o.withFloatBasis(enumValue(FloatBasis.class, floatBasis, "$.options.floatBasis"));
            }
            return o.withMustFinishBy(dateTime(node, "mustFinishBy", "$.options.mustFinishBy", false));
        }

        <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(path, "unknown value \"" + value + "\"");
            }
        }

        /** A parsed duration or lag. */
        record Amount(int minutes, boolean elapsed, Double percent) {
        }

        Amount amount(String text, String path, WorkCalendar cal, boolean percentAllowed) {
            Matcher m = AMOUNT.matcher(text.trim().toLowerCase(Locale.ROOT));
            if (!m.matches() || (!percentAllowed && m.group(2).equals("%"))) {
                throw error(path, "\"" + text + "\" is not a " + (percentAllowed ? "lag" : "duration")
                        + " (use a number and m, h, d, w, em, eh, ed or ew" + (percentAllowed ? ", or a percentage" : "") + ")");
            }
            double value = Double.parseDouble(m.group(1));
            switch (m.group(2)) {
                case "%":
                    return new Amount(0, false, value);
                case "m":
                    return new Amount((int) Math.round(value), false, null);
                case "h":
                    return new Amount((int) Math.round(value * 60), false, null);
                case "d":
                    return new Amount((int) Math.round(value * cal.minutesPerDay()), false, null);
                case "w":
                    return new Amount((int) Math.round(value * cal.minutesPerWeek()), false, null);
                case "em":
                    return new Amount((int) Math.round(value), true, null);
                case "eh":
                    return new Amount((int) Math.round(value * 60), true, null);
                case "ed":
                    return new Amount((int) Math.round(value * 1440), true, null);
                default:
                    return new Amount((int) Math.round(value * 7 * 1440), true, null);
            }
        }

        String text(JsonNode node, String field, String path, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    throw error(path, "missing");
                }
                return null;
            }
            if (!v.isString()) {
                throw error(path, "expected text, got " + v);
            }
            return v.stringValue();
        }

        private boolean bool(JsonNode node, String field, String path) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                throw error(path + "." + field, "expected true or false, got " + v);
            }
            return v.booleanValue();
        }

        double number(JsonNode node, String field, String path, double fallback) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isNumber()) {
                throw error(path + "." + field, "expected a number, got " + v);
            }
            return v.asDouble();
        }

        LocalDateTime dateTime(JsonNode node, String field, String path, boolean required) {
            String text = text(node, field, path, required);
            if (text == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(text, DATE_TIME);
            } catch (DateTimeParseException e) {
                throw error(path, "\"" + text + "\" is not a date-time yyyy-MM-ddTHH:mm");
            }
        }

        private LocalDate date(JsonNode node, String field, String path) {
            String text = text(node, field, path, true);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(path, "\"" + text + "\" is not a date yyyy-MM-dd");
            }
        }

        void requireArray(JsonNode node, String path) {
            if (!node.isArray()) {
                throw error(path, "expected an array");
            }
        }
    }
}

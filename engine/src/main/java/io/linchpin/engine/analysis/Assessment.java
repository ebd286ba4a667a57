package io.linchpin.engine.analysis;

import io.linchpin.engine.analysis.HealthCheck.Outcome;
import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.TaskSchedule;
import io.linchpin.engine.schedule.Workspace;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The DCMA 14-point assessment of one schedule; see the package documentation for the populations. */
final class Assessment {

    private static final Set<ConstraintType> HARD = EnumSet.of(ConstraintType.MSO, ConstraintType.MFO, ConstraintType.SNLT, ConstraintType.FNLT);
    private static final double RATIO_LIMIT = 5.0;
    private static final double INDEX_LIMIT = 0.95;

    private final Schedule schedule;
    private final Plan plan;
    private final HealthOptions options;
    private final LocalDateTime status;
    private final Calendars calendars;
    /** Every task, in plan order (the schedule's order too). */
    private final List<Row> rows;
    /** Per task, the plan index of its parent, or -1. */
    private final int[] parent;
    /** Non-summary tasks without an actual finish, milestones included, in plan order. */
    private final List<Row> incomplete = new ArrayList<>();
    private int finishedCount;

    /** A task with what the checks ask of it, looked up once. */
    private record Row(int index, Task task, TaskSchedule schedule, String calendarId, BaselineDates baseline) {
        String id() {
            return task.id();
        }

        boolean finished() {
            return !schedule.summary() && task.actualFinish() != null;
        }
    }

    Assessment(Schedule schedule, HealthOptions options) {
        this.schedule = schedule;
        this.plan = schedule.plan();
        this.options = options;
        this.status = options.statusDate() != null ? options.statusDate() : plan.statusDate();
        List<String> unknown = options.baseline().keySet().stream().filter(id -> plan.task(id) == null).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the baseline names tasks the plan does not have: " + String.join(", ", unknown));
        }
        List<LocalDateTime> dates = new ArrayList<>();
        dates.add(status);
        dates.add(schedule.finish());
        dates.add(options.targetFinish());
        for (TaskSchedule ts : schedule.tasks()) {
            dates.add(ts.start());
            dates.add(ts.finish());
        }
        for (BaselineDates b : options.baseline().values()) {
            dates.add(b.start());
            dates.add(b.finish());
        }
        this.calendars = new Calendars(plan, dates);
        int n = plan.tasks().size();
        this.rows = new ArrayList<>(n);
        this.parent = new int[n];
        for (int i = 0; i < n; i++) {
            Task t = plan.tasks().get(i);
            Row row = new Row(i, t, schedule.tasks().get(i), Calendars.calendarOf(plan, t), options.baseline().get(t.id()));
            rows.add(row);
            parent[i] = t.parent() == null ? -1 : plan.indexOf(t.parent());
            if (row.finished()) {
                finishedCount++;
            } else if (!row.schedule().summary()) {
                incomplete.add(row);
            }
        }
    }

    HealthReport run() {
        List<HealthCheck> checks = new ArrayList<>();
        checks.add(logic());
        List<Held> links = openLinks();
        checks.add(linkCount(2, "Leads", links, l -> l.link.lag().amount() < 0));
        checks.add(linkRatio(3, "Lags", "≤ 5 %", links, l -> l.link.lag().amount() > 0, false));
        checks.add(linkRatio(4, "Relationship types", "FS ≥ 90 %", links, l -> l.link.type() != LinkType.FS, true));
        checks.add(ratio(5, "Hard constraints", incomplete, r -> hard(r.task().constraint()) || hard(r.task().secondaryConstraint())));
        checks.add(ratio(6, "High float", incomplete,
                r -> r.schedule().totalFloatMinutes() > (long) options.highFloatDays() * minutesPerDay(r)));
        checks.add(count(7, "Negative float", incomplete, r -> r.schedule().totalFloatMinutes() < 0));
        checks.add(ratio(8, "High duration", incomplete.stream().filter(r -> !r.schedule().milestone()).toList(),
                r -> durationDays(r) > options.highDurationDays()));
        checks.add(invalidDates());
        checks.add(resources());
        checks.add(missedTasks());
        checks.add(criticalPathTest());
        checks.add(cpli());
        checks.add(bei());
        return new HealthReport(status, checks);
    }

    // 1. Missing logic: the plan's first and last milestones are where logic starts and ends.
    private HealthCheck logic() {
        boolean[] withPredecessor = new boolean[rows.size()];
        boolean[] withSuccessor = new boolean[rows.size()];
        for (Row r : rows) {
            for (Link l : r.task().predecessors()) {
                withPredecessor[r.index()] = true;
                withSuccessor[plan.indexOf(l.predecessor())] = true;
            }
        }
        return ratio(1, "Logic", incomplete, r -> {
            TaskSchedule ts = r.schedule();
            boolean in = holds(r.index(), withPredecessor) || (ts.milestone() && ts.start().equals(plan.start()));
            boolean out = holds(r.index(), withSuccessor) || (ts.milestone() && ts.finish().equals(schedule.finish()));
            return !in || !out;
        });
    }

    /** Whether the task or a summary above it is marked: a link on a summary holds every task below it. */
    private boolean holds(int task, boolean[] marked) {
        for (int up = task; up >= 0; up = parent[up]) {
            if (marked[up]) {
                return true;
            }
        }
        return false;
    }

    private record Held(Task holder, Link link) {
    }

    /** Links whose successor still has work to do (a summary: while any task below it does). */
    private List<Held> openLinks() {
        boolean[] open = new boolean[rows.size()];
        for (Row r : incomplete) {
            for (int up = r.index(); up >= 0 && !open[up]; up = parent[up]) {
                open[up] = true;
            }
        }
        List<Held> out = new ArrayList<>();
        for (Row r : rows) {
            if (open[r.index()]) {
                r.task().predecessors().forEach(l -> out.add(new Held(r.task(), l)));
            }
        }
        return out;
    }

    private HealthCheck linkCount(int number, String name, List<Held> links, Predicate<Held> offends) {
        if (links.isEmpty()) {
            return notApplicable(number, name, "0", "no links");
        }
        List<Held> bad = links.stream().filter(offends).toList();
        return new HealthCheck(number, name, "0", bad.isEmpty() ? Outcome.PASS : Outcome.FAIL, bad.size(),
                bad.size() + " of " + links.size() + " links", bad.size(), links.size(), holders(bad));
    }

    private HealthCheck linkRatio(int number, String name, String threshold, List<Held> links, Predicate<Held> offends, boolean share) {
        if (links.isEmpty()) {
            return notApplicable(number, name, threshold, "no links");
        }
        List<Held> bad = links.stream().filter(offends).toList();
        double percent = percent(bad.size(), links.size());
        if (share) {
            double fs = 100 - percent;
            return new HealthCheck(number, name, threshold, fs >= 90 ? Outcome.PASS : Outcome.FAIL, fs,
                    (links.size() - bad.size()) + " of " + links.size() + " links finish-to-start (" + format(fs) + " %)", bad.size(),
                    links.size(), holders(bad));
        }
        return new HealthCheck(number, name, threshold, percent <= RATIO_LIMIT ? Outcome.PASS : Outcome.FAIL, percent,
                bad.size() + " of " + links.size() + " links (" + format(percent) + " %)", bad.size(), links.size(), holders(bad));
    }

    private List<String> holders(List<Held> links) {
        Set<String> ids = new HashSet<>();
        links.forEach(l -> ids.add(l.holder.id()));
        return plan.tasks().stream().map(Task::id).filter(ids::contains).toList();
    }

    private HealthCheck ratio(int number, String name, List<Row> population, Predicate<Row> offends) {
        if (population.isEmpty()) {
            return notApplicable(number, name, "≤ 5 %", "no incomplete tasks");
        }
        List<String> bad = population.stream().filter(offends).map(Row::id).toList();
        double percent = percent(bad.size(), population.size());
        return new HealthCheck(number, name, "≤ 5 %", percent <= RATIO_LIMIT ? Outcome.PASS : Outcome.FAIL, percent,
                bad.size() + " of " + population.size() + " tasks (" + format(percent) + " %)", bad.size(), population.size(), bad);
    }

    private HealthCheck count(int number, String name, List<Row> population, Predicate<Row> offends) {
        if (population.isEmpty()) {
            return notApplicable(number, name, "0", "no incomplete tasks");
        }
        List<String> bad = population.stream().filter(offends).map(Row::id).toList();
        return new HealthCheck(number, name, "0", bad.isEmpty() ? Outcome.PASS : Outcome.FAIL, bad.size(),
                bad.size() + " of " + population.size() + " tasks", bad.size(), population.size(), bad);
    }

    private static HealthCheck notApplicable(int number, String name, String threshold, String why) {
        return new HealthCheck(number, name, threshold, Outcome.NOT_APPLICABLE, 0, "not applicable: " + why, 0, 0, List.of());
    }

    private static boolean hard(Constraint c) {
        return c != null && HARD.contains(c.type());
    }

    private int minutesPerDay(Row r) {
        return plan.calendar(r.calendarId()).minutesPerDay();
    }

    /** The baseline duration where there is one, else the planned duration; elapsed durations count calendar days. */
    private double durationDays(Row r) {
        BaselineDates b = r.baseline();
        if (b != null) {
            int minutes = b.durationMinutes() != null ? b.durationMinutes() : calendars.workBetween(r.calendarId(), b.start(), b.finish());
            return calendars.days(r.calendarId(), minutes);
        }
        return r.task().elapsed() ? r.task().duration() / 1440.0 : calendars.days(r.calendarId(), r.task().duration());
    }

    // 9. Invalid dates: forecasts in the past, actuals in the future (by working time of the task's calendar).
    private HealthCheck invalidDates() {
        String name = "Invalid dates";
        if (status == null) {
            return notApplicable(9, name, "0", "no status date");
        }
        List<Row> population = rows.stream().filter(r -> !r.schedule().summary()).toList();
        return count(9, name, population, r -> {
            Task t = r.task();
            String c = r.calendarId();
            boolean forecastInPast = (t.actualStart() == null && calendars.workBetween(c, r.schedule().start(), status) > 0)
                    || (t.actualFinish() == null && calendars.workBetween(c, r.schedule().finish(), status) > 0);
            boolean actualInFuture = (t.actualStart() != null && t.actualStart().isAfter(status))
                    || (t.actualFinish() != null && t.actualFinish().isAfter(status));
            return forecastInPast || actualInFuture;
        });
    }

    // 10. Resources: incomplete tasks with work to do and no resource assigned.
    private HealthCheck resources() {
        String name = "Resources";
        if (plan.resources().isEmpty()) {
            return notApplicable(10, name, "0", "the plan has no resources");
        }
        Set<String> assigned = new HashSet<>();
        for (Assignment a : plan.assignments()) {
            assigned.add(a.task());
        }
        List<Row> population = incomplete.stream().filter(r -> !r.schedule().milestone() && r.task().duration() > 0).toList();
        HealthCheck c = count(10, name, population, r -> !assigned.contains(r.id()));
        double percent = percent(c.count(), c.population());
        return c.outcome() == Outcome.NOT_APPLICABLE ? c
                : new HealthCheck(10, name, "0 %", c.outcome(), percent, c.measured() + " (" + format(percent) + " %) without a resource",
                        c.count(), c.population(), c.tasks());
    }

    /** Non-summary tasks with a baseline finish at or before the status date: what should be done by now. */
    private List<Row> due() {
        return rows.stream().filter(r -> !r.schedule().summary() && r.baseline() != null && !r.baseline().finish().isAfter(status)).toList();
    }

    // 11. Missed tasks: due by the baseline and not finished, or finished after the baseline finish.
    private HealthCheck missedTasks() {
        String name = "Missed tasks";
        if (status == null || options.baseline().isEmpty()) {
            return notApplicable(11, name, "≤ 5 %", status == null ? "no status date" : "no baseline");
        }
        List<Row> due = due();
        if (due.isEmpty()) {
            return notApplicable(11, name, "≤ 5 %", "no task was due by the status date");
        }
        return ratio(11, name, due, r -> !r.finished() || r.task().actualFinish().isAfter(r.baseline().finish()));
    }

    // 12. Critical path test: a large delay to the first open task of the critical path must move the finish as much.
    private HealthCheck criticalPathTest() {
        String name = "Critical path test";
        String threshold = "finish moves by the delay";
        Row tested = null;
        for (String id : schedule.criticalPath()) {
            Row r = rows.get(plan.indexOf(id));
            // An elapsed task's delay would be wall-clock time, not comparable with the finish's working time.
            if (!r.schedule().summary() && !r.schedule().milestone() && !r.finished() && !r.task().elapsed()) {
                tested = r;
                break;
            }
        }
        if (tested == null) {
            return notApplicable(12, name, threshold, "no unfinished task with working time on the critical path");
        }
        int delay = options.criticalPathDelayDays() * minutesPerDay(tested);
        ScheduleNetwork net = ScheduleNetwork.compile(plan);
        Workspace ws = net.newWorkspace();
        int[] durations = net.durations();
        durations[net.indexOf(tested.id())] += delay;
        net.run(durations, null, ws);
        LocalDateTime delayed = net.timeline().dateTimeOf(ws.projectFinish());
        String c = tested.calendarId();
        int moved = new Calendars(plan, List.of(schedule.finish(), delayed)).workBetween(c, schedule.finish(), delayed);
        boolean pass = moved == delay;
        return new HealthCheck(12, name, threshold, pass ? Outcome.PASS : Outcome.FAIL, calendars.days(c, moved),
                "a delay of " + format(calendars.days(c, delay)) + " working days to " + tested.id() + " moved the project finish by "
                        + format(calendars.days(c, moved)),
                pass ? 0 : 1, 1, pass ? List.of() : List.of(tested.id()));
    }

    // 13. CPLI: (critical path length + project float) / critical path length, from the status date.
    private HealthCheck cpli() {
        String name = "Critical path length index";
        String planCalendar = plan.calendarId();
        LocalDateTime from = status != null && status.isAfter(plan.start()) ? status : plan.start();
        int length = calendars.workBetween(planCalendar, from, schedule.finish());
        if (length <= 0) {
            return notApplicable(13, name, "≥ 0.95", "no work left after " + from);
        }
        double floatDays;
        if (options.targetFinish() != null) {
            floatDays = calendars.days(planCalendar, calendars.workBetween(planCalendar, schedule.finish(), options.targetFinish()));
        } else {
            List<String> path = schedule.criticalPath();
            Row last = rows.get(plan.indexOf(path.get(path.size() - 1)));
            floatDays = calendars.days(last.calendarId(), last.schedule().totalFloatMinutes());
        }
        double lengthDays = calendars.days(planCalendar, length);
        double index = (lengthDays + floatDays) / lengthDays;
        boolean pass = index >= INDEX_LIMIT;
        List<String> path = schedule.criticalPath();
        return new HealthCheck(13, name, "≥ 0.95", pass ? Outcome.PASS : Outcome.FAIL, index,
                "CPLI " + String.format(Locale.ROOT, "%.2f", index) + ": " + format(lengthDays) + " working days to the finish, "
                        + format(floatDays) + " days of float",
                pass ? 0 : path.size(), path.size(), pass ? List.of() : path);
    }

    // 14. BEI: tasks finished / tasks the baseline says should be finished by the status date.
    private HealthCheck bei() {
        String name = "Baseline execution index";
        if (status == null || options.baseline().isEmpty()) {
            return notApplicable(14, name, "≥ 0.95", status == null ? "no status date" : "no baseline");
        }
        List<Row> due = due();
        if (due.isEmpty()) {
            return notApplicable(14, name, "≥ 0.95", "no task was due by the status date");
        }
        double index = (double) finishedCount / due.size();
        List<String> late = due.stream().filter(r -> !r.finished()).map(Row::id).toList();
        boolean pass = index >= INDEX_LIMIT;
        return new HealthCheck(14, name, "≥ 0.95", pass ? Outcome.PASS : Outcome.FAIL, index,
                "BEI " + String.format(Locale.ROOT, "%.2f", index) + ": " + finishedCount + " tasks finished, " + due.size() + " due",
                late.size(), due.size(), late);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : part * 100.0 / whole;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

package io.linchpin.engine.analysis;

import io.linchpin.engine.analysis.HealthCheck.Outcome;
import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Outline;
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
    private final Outline outline;
    private final Set<String> finished = new HashSet<>();
    /** Non-summary tasks without an actual finish, milestones included, in plan order. */
    private final List<Task> incomplete = new ArrayList<>();

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
        this.outline = Outline.of(plan);
        for (Task t : plan.tasks()) {
            if (!schedule.task(t.id()).summary()) {
                if (t.actualFinish() != null) {
                    finished.add(t.id());
                } else {
                    incomplete.add(t);
                }
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
        checks.add(ratio(5, "Hard constraints", incomplete, t -> hard(t.constraint()) || hard(t.secondaryConstraint())));
        checks.add(ratio(6, "High float", incomplete,
                t -> schedule.task(t.id()).totalFloatMinutes() > (long) options.highFloatDays() * minutesPerDay(t)));
        checks.add(count(7, "Negative float", incomplete, t -> schedule.task(t.id()).totalFloatMinutes() < 0));
        checks.add(ratio(8, "High duration", incomplete.stream().filter(t -> !schedule.task(t.id()).milestone()).toList(),
                t -> durationDays(t) > options.highDurationDays()));
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
        Set<String> withPredecessor = new HashSet<>();
        Set<String> withSuccessor = new HashSet<>();
        for (Task t : plan.tasks()) {
            for (Link l : t.predecessors()) {
                withPredecessor.add(t.id());
                withSuccessor.add(l.predecessor());
            }
        }
        return ratio(1, "Logic", incomplete, t -> {
            TaskSchedule ts = schedule.task(t.id());
            boolean in = holds(t, withPredecessor) || (ts.milestone() && ts.start().equals(plan.start()));
            boolean out = holds(t, withSuccessor) || (ts.milestone() && ts.finish().equals(schedule.finish()));
            return !in || !out;
        });
    }

    /** Whether the task or a summary above it is in the set: a link on a summary holds every task below it. */
    private boolean holds(Task t, Set<String> set) {
        for (Task up = t; up != null; up = up.parent() == null ? null : plan.task(up.parent())) {
            if (set.contains(up.id())) {
                return true;
            }
        }
        return false;
    }

    private record Held(Task holder, Link link) {
    }

    /** Links whose successor still has work to do (a summary: while any task below it does). */
    private List<Held> openLinks() {
        List<Held> out = new ArrayList<>();
        for (Task t : plan.tasks()) {
            if (!t.predecessors().isEmpty() && !done(t)) {
                t.predecessors().forEach(l -> out.add(new Held(t, l)));
            }
        }
        return out;
    }

    /** Whether the task is finished; a summary when every task below it is. */
    private boolean done(Task t) {
        if (!schedule.task(t.id()).summary()) {
            return finished.contains(t.id());
        }
        int i = plan.indexOf(t.id());
        for (int leaf : outline.leaves(i)) {
            if (!finished.contains(plan.tasks().get(leaf).id())) {
                return false;
            }
        }
        return true;
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

    private HealthCheck ratio(int number, String name, List<Task> population, Predicate<Task> offends) {
        if (population.isEmpty()) {
            return notApplicable(number, name, "≤ 5 %", "no incomplete tasks");
        }
        List<String> bad = population.stream().filter(offends).map(Task::id).toList();
        double percent = percent(bad.size(), population.size());
        return new HealthCheck(number, name, "≤ 5 %", percent <= RATIO_LIMIT ? Outcome.PASS : Outcome.FAIL, percent,
                bad.size() + " of " + population.size() + " tasks (" + format(percent) + " %)", bad.size(), population.size(), bad);
    }

    private HealthCheck count(int number, String name, List<Task> population, Predicate<Task> offends) {
        if (population.isEmpty()) {
            return notApplicable(number, name, "0", "no incomplete tasks");
        }
        List<String> bad = population.stream().filter(offends).map(Task::id).toList();
        return new HealthCheck(number, name, "0", bad.isEmpty() ? Outcome.PASS : Outcome.FAIL, bad.size(),
                bad.size() + " of " + population.size() + " tasks", bad.size(), population.size(), bad);
    }

    private static HealthCheck notApplicable(int number, String name, String threshold, String why) {
        return new HealthCheck(number, name, threshold, Outcome.NOT_APPLICABLE, 0, "not applicable: " + why, 0, 0, List.of());
    }

    private static boolean hard(Constraint c) {
        return c != null && HARD.contains(c.type());
    }

    private String calendarOf(Task t) {
        return Calendars.calendarOf(plan, t);
    }

    private int minutesPerDay(Task t) {
        return plan.calendar(calendarOf(t)).minutesPerDay();
    }

    /** The baseline duration where there is one, else the planned duration; elapsed durations count calendar days. */
    private double durationDays(Task t) {
        BaselineDates b = options.baseline().get(t.id());
        if (b != null) {
            int minutes = b.durationMinutes() != null ? b.durationMinutes() : calendars.workBetween(calendarOf(t), b.start(), b.finish());
            return calendars.days(calendarOf(t), minutes);
        }
        return t.elapsed() ? t.duration() / 1440.0 : calendars.days(calendarOf(t), t.duration());
    }

    // 9. Invalid dates: forecasts in the past, actuals in the future (by working time of the task's calendar).
    private HealthCheck invalidDates() {
        String name = "Invalid dates";
        if (status == null) {
            return notApplicable(9, name, "0", "no status date");
        }
        List<Task> population = plan.tasks().stream().filter(t -> !schedule.task(t.id()).summary()).toList();
        return count(9, name, population, t -> {
            TaskSchedule ts = schedule.task(t.id());
            String c = calendarOf(t);
            boolean forecastInPast = (t.actualStart() == null && calendars.workBetween(c, ts.start(), status) > 0)
                    || (t.actualFinish() == null && calendars.workBetween(c, ts.finish(), status) > 0);
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
        List<Task> population = incomplete.stream().filter(t -> !schedule.task(t.id()).milestone() && t.duration() > 0).toList();
        HealthCheck c = count(10, name, population, t -> !assigned.contains(t.id()));
        double percent = percent(c.count(), c.population());
        return c.outcome() == Outcome.NOT_APPLICABLE ? c
                : new HealthCheck(10, name, "0 %", c.outcome(), percent, c.measured() + " (" + format(percent) + " %) without a resource",
                        c.count(), c.population(), c.tasks());
    }

    /** Non-summary tasks with a baseline finish at or before the status date: what should be done by now. */
    private List<Task> due() {
        return plan.tasks().stream()
                .filter(t -> !schedule.task(t.id()).summary() && options.baseline().containsKey(t.id())
                        && !options.baseline().get(t.id()).finish().isAfter(status))
                .toList();
    }

    // 11. Missed tasks: due by the baseline and not finished, or finished after the baseline finish.
    private HealthCheck missedTasks() {
        String name = "Missed tasks";
        if (status == null || options.baseline().isEmpty()) {
            return notApplicable(11, name, "≤ 5 %", status == null ? "no status date" : "no baseline");
        }
        List<Task> due = due();
        if (due.isEmpty()) {
            return notApplicable(11, name, "≤ 5 %", "no task was due by the status date");
        }
        return ratio(11, name, due, t -> !finished.contains(t.id()) || t.actualFinish().isAfter(options.baseline().get(t.id()).finish()));
    }

    // 12. Critical path test: a large delay to the first open task of the critical path must move the finish as much.
    private HealthCheck criticalPathTest() {
        String name = "Critical path test";
        String threshold = "finish moves by the delay";
        Task tested = null;
        for (String id : schedule.criticalPath()) {
            TaskSchedule ts = schedule.task(id);
            // An elapsed task's delay would be wall-clock time, not comparable with the finish's working time.
            if (!ts.summary() && !ts.milestone() && !finished.contains(id) && !plan.task(id).elapsed()) {
                tested = plan.task(id);
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
        String c = calendarOf(tested);
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
            Task last = plan.task(path.get(path.size() - 1));
            floatDays = calendars.days(calendarOf(last), schedule.task(last.id()).totalFloatMinutes());
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
        List<Task> due = due();
        if (due.isEmpty()) {
            return notApplicable(14, name, "≥ 0.95", "no task was due by the status date");
        }
        double index = (double) finished.size() / due.size();
        List<String> late = due.stream().map(Task::id).filter(id -> !finished.contains(id)).toList();
        boolean pass = index >= INDEX_LIMIT;
        return new HealthCheck(14, name, "≥ 0.95", pass ? Outcome.PASS : Outcome.FAIL, index,
                "BEI " + String.format(Locale.ROOT, "%.2f", index) + ": " + finished.size() + " tasks finished, " + due.size() + " due",
                late.size(), due.size(), late);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : part * 100.0 / whole;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

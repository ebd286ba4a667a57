package io.linchpin.engine.resource;

import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.Timeline;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.TaskSchedule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a leveled plan from its dates alone, independently of the leveler and of the engine's
 * passes: every link holds (all four types; working lags on the engine's lag calendar, elapsed and
 * percentage lags), no task starts earlier than before leveling, actuals did not move, "must" and
 * "no later than" constraints hold (unless the task is reported unresolved), and, counting minute
 * by minute, no work resource is held for more units than its max units (unless a task that does
 * not move, or an unresolved one, is involved). A task holds a resource while both the task's and
 * the resource's calendars work; a started task holds nothing while its remaining work waits
 * between the status date and its early start.
 */
public final class LeveledPlanChecker {

    private final Plan plan;
    private final Timeline timeline;
    private final Map<String, CalendarTable> tables = new HashMap<>();

    private LeveledPlanChecker(Plan plan) {
        this.plan = plan;
        LocalDate first = plan.start().toLocalDate().minusYears(3);
        this.timeline = Timeline.between(first, plan.start().toLocalDate().plusYears(25));
    }

    /** Every rule the leveled plan breaks, in words; empty if it keeps them all. */
    public static List<String> violations(LeveledPlan leveled, PlanLevelingOptions options) {
        return new LeveledPlanChecker(leveled.plan()).check(leveled, options);
    }

    /** The links of a schedule that do not hold: for checking the checker on unleveled schedules. */
    public static List<String> brokenLinks(Plan plan, Schedule schedule) {
        List<String> out = new ArrayList<>();
        new LeveledPlanChecker(plan).links(schedule, out);
        return out;
    }

    private List<String> check(LeveledPlan l, PlanLevelingOptions options) {
        List<String> out = new ArrayList<>();
        Schedule before = l.unleveled();
        Schedule after = l.leveled();
        Set<String> unresolved = new HashSet<>(l.unresolvedTasks());
        Set<String> unmoved = new HashSet<>();
        for (Task t : plan.tasks()) {
            TaskSchedule b = before.task(t.id());
            TaskSchedule a = after.task(t.id());
            if (a.summary()) {
                continue;
            }
            CalendarTable cal = calendarOf(t);
            if (cal.workBetween(minute(a.start()), minute(b.start())) > 0) {
                out.add(t + " starts " + a.start() + ", before its unleveled start " + b.start());
            }
            boolean started = t.actualStart() != null;
            if (started && !a.start().equals(t.actualStart())) {
                out.add(t + " started " + t.actualStart() + " but is shown starting " + a.start());
            }
            if (t.actualFinish() != null && !a.finish().equals(t.actualFinish())) {
                out.add(t + " finished " + t.actualFinish() + " but is shown finishing " + a.finish());
            }
            boolean fixed = started && (options.keepStarted() || plan.rules() == RuleSet.MS_PROJECT) || t.priority() == 1000
                    || t.isManuallyScheduled() || t.constraint().type() == ConstraintType.ALAP || isMust(t.constraint());
            if (fixed) {
                unmoved.add(t.id());
                if ((t.isManuallyScheduled() || isMust(t.constraint())) && !a.start().equals(b.start())) {
                    out.add(t + " must not move but starts " + a.start() + " instead of " + b.start());
                }
            }
            if (!unresolved.contains(t.id()) && !fixed && t.actualFinish() == null) {
                constraints(t, a, b, options, out);
            }
        }
        links(after, out);
        resources(after, unresolved, unmoved, out);
        return out;
    }

    private static boolean isMust(Constraint c) {
        return c.type() == ConstraintType.MSO || c.type() == ConstraintType.MFO;
    }

    private void constraints(Task t, TaskSchedule a, TaskSchedule b, PlanLevelingOptions options, List<String> out) {
        Constraint c = t.constraint();
        CalendarTable cal = calendarOf(t);
        if (c.type() == ConstraintType.SNLT && cal.workBetween(minute(c.date()), minute(a.start())) > 0) {
            out.add(t + " starts " + a.start() + ", after its start-no-later-than date " + c.date());
        }
        if (c.type() == ConstraintType.FNLT && cal.workBetween(minute(c.date()), minute(a.finish())) > 0) {
            out.add(t + " finishes " + a.finish() + ", after its finish-no-later-than date " + c.date());
        }
        LocalDateTime allowed = b.lateFinish().isAfter(b.finish()) ? b.lateFinish() : b.finish();
        if (options.withinFloat() && cal.workBetween(minute(allowed), minute(a.finish())) > 0) {
            out.add(t + " finishes " + a.finish() + ", after its late finish " + allowed + " (level within float)");
        }
    }

    private void links(Schedule s, List<String> out) {
        for (Task t : plan.tasks()) {
            if (t.actualStart() != null || t.isManuallyScheduled()) {
                continue;
            }
            TaskSchedule succ = s.task(t.id());
            for (Link l : t.predecessors()) {
                Task p = plan.task(l.predecessor());
                TaskSchedule pred = s.task(p.id());
                int from = minute(l.type().fromFinish() ? pred.finish() : pred.start());
                int to = minute(l.type().toFinish() ? succ.finish() : succ.start());
                Lag lag = l.lag();
                int required;
                if (lag.unit() == Lag.Unit.ELAPSED) {
                    required = from + (int) lag.amount();
                } else {
                    int minutes = lag.unit() == Lag.Unit.PERCENT ? (int) Math.round(p.duration() * lag.amount() / 100) : (int) lag.amount();
                    CalendarTable cal = lagCalendar(l, p, t);
                    required = minutes == 0 ? from : cal.finishAt(cal.workBefore(from) + minutes);
                }
                // As the engine compares dates: not earlier by any working time of the successor's calendar.
                boolean holds = calendarOf(t).workBetween(required, to) >= 0;
                String needed = lag.isZero() ? "" : " (" + l.lag().amount() + " " + lag.unit().name().toLowerCase() + " after "
                        + timeline.dateTimeOf(from) + ")";
                if (!holds) {
                    out.add(l.type() + " link " + p.id() + " -> " + t.id() + " broken: " + (l.type().toFinish() ? "finish " : "start ")
                            + timeline.dateTimeOf(to) + " is before " + timeline.dateTimeOf(required) + needed);
                }
            }
        }
    }

    private CalendarTable lagCalendar(Link l, Task p, Task s) {
        LagCalendar which = l.lagCalendar() != null ? l.lagCalendar()
                : plan.options().lagCalendar() != null ? plan.options().lagCalendar()
                : plan.rules() == RuleSet.MS_PROJECT ? LagCalendar.SUCCESSOR : LagCalendar.PREDECESSOR;
        switch (which) {
            case PREDECESSOR:
                return calendarOf(p);
            case SUCCESSOR:
                return calendarOf(s);
            case PROJECT:
                return table(plan.calendar(plan.calendarId()));
            default:
                return table(WorkCalendar.twentyFourHours("24h"));
        }
    }

    /** Minute by minute, every work resource's units in use against its max units on its calendar. */
    private void resources(Schedule s, Set<String> unresolved, Set<String> unmoved, List<String> out) {
        List<Use> uses = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            Resource r = plan.resource(a.resource());
            Task task = plan.task(a.task());
            TaskSchedule t = s.task(a.task());
            if (r.isWork() && t.finish().isAfter(t.start())) {
                LocalDateTime resume = task.actualStart() != null && plan.statusDate() != null ? t.earlyStart() : t.start();
                uses.add(new Use(r, task.elapsed() ? null : plan.calendar(calendarIdOf(task)), minute(t.start()), minute(t.finish()),
                        plan.statusDate() == null || !resume.isAfter(plan.statusDate()) ? Integer.MAX_VALUE : minute(plan.statusDate()),
                        minute(resume), Math.round(a.units() * 1_000_000),
                        unresolved.contains(task.id()) || unmoved.contains(task.id())));
            }
        }
        if (uses.isEmpty()) {
            return;
        }
        int first = uses.stream().mapToInt(Use::from).min().orElseThrow();
        int last = uses.stream().mapToInt(Use::to).max().orElseThrow();
        Set<String> reported = new HashSet<>();
        for (int dayStart = first - Math.floorMod(first, 1440); dayStart < last; dayStart += 1440) {
            LocalDate day = timeline.dateTimeOf(dayStart).toLocalDate();
            Map<String, WorkingHours> hours = new HashMap<>();
            for (int m = Math.max(dayStart, first); m < Math.min(dayStart + 1440, last); m++) {
                Map<Resource, Long> held = new HashMap<>();
                Set<Resource> excused = new HashSet<>();
                for (Use u : uses) {
                    boolean waiting = m >= u.waitFrom() && m < u.resume();
                    WorkCalendar own = plan.calendar(u.resource().calendar() == null ? plan.calendarId() : u.resource().calendar());
                    if (m < u.from() || m >= u.to() || waiting
                            || u.calendar() != null && !works(hours.computeIfAbsent(u.calendar().id(), k -> u.calendar().hoursOn(day)), m - dayStart)
                            || !works(hours.computeIfAbsent(own.id(), k -> own.hoursOn(day)), m - dayStart)) {
                        continue;
                    }
                    held.merge(u.resource(), u.units(), Long::sum);
                    if (u.excused()) {
                        excused.add(u.resource());
                    }
                }
                for (Map.Entry<Resource, Long> e : held.entrySet()) {
                    Resource r = e.getKey();
                    long has = Math.round(r.maxUnits() * 1_000_000);
                    if (e.getValue() > has && !excused.contains(r) && reported.add(r.id() + day)) {
                        out.add(r + " holds " + e.getValue() / 1e6 + " units at " + timeline.dateTimeOf(m) + " but has " + has / 1e6);
                    }
                }
            }
        }
    }

    /** One assignment as minutes of the checker's timeline; a started task's remaining work may wait from {@code waitFrom} to {@code resume}. */
    private record Use(Resource resource, WorkCalendar calendar, int from, int to, int waitFrom, int resume, long units, boolean excused) {
    }

    private static boolean works(WorkingHours h, int minute) {
        for (int i = 0; i < h.intervals(); i++) {
            if (minute >= h.from(i) && minute < h.to(i)) {
                return true;
            }
        }
        return false;
    }

    private String calendarIdOf(Task t) {
        return t.calendar() == null ? plan.calendarId() : t.calendar();
    }

    private CalendarTable calendarOf(Task t) {
        return t.elapsed() ? table(WorkCalendar.twentyFourHours("24h")) : table(plan.calendar(calendarIdOf(t)));
    }

    private CalendarTable table(WorkCalendar c) {
        return tables.computeIfAbsent(c.id(), k -> c.tabulate(timeline));
    }

    private int minute(LocalDateTime date) {
        return (int) ChronoUnit.MINUTES.between(timeline.firstDay().atStartOfDay(), date);
    }
}

package io.linchpin.engine.analysis;

import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Driver;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.TaskSchedule;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Follows the engine's drivers back from a task: "why this date?". */
final class Explainer {

    private final Schedule schedule;
    private final Plan plan;
    private final Map<String, List<String>> children = new HashMap<>();

    Explainer(Schedule schedule) {
        this.schedule = schedule;
        this.plan = schedule.plan();
        for (Task t : plan.tasks()) {
            if (t.parent() != null) {
                children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t.id());
            }
        }
    }

    DateExplanation explain(String taskId) {
        TaskSchedule asked = schedule.task(taskId);
        if (asked == null) {
            throw new IllegalArgumentException("task '" + taskId + "' is not in the schedule");
        }
        List<ExplanationStep> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = taskId;
        boolean byFinish = false;
        // A chain of drivers cannot loop (the network is acyclic); the set only guards against a schedule read wrongly.
        while (current != null && seen.add(current)) {
            TaskSchedule ts = schedule.task(current);
            Task t = plan.task(current);
            String next = null;
            boolean nextByFinish = false;
            LocalDateTime requested = null;
            Cause cause;
            if (ts.summary()) {
                String child = childSetting(ts, byFinish);
                cause = new Cause.SummaryChild(child, byFinish);
                next = child;
                nextByFinish = byFinish;
            } else if (plan.rules() == RuleSet.P6 && t.constraint().type() == ConstraintType.ALAP && t.actualStart() == null) {
                cause = new Cause.AsLateAsPossible(ts.lateFinish());
            } else {
                Driver d = ts.drivers().get(0);
                switch (d.kind()) {
                    case LINK:
                        cause = link(t, d, ts.drivers());
                        requested = d.linkType() == LinkType.FS || d.linkType() == LinkType.SS ? d.requiredAt() : null;
                        next = d.predecessor();
                        nextByFinish = d.linkType().fromFinish();
                        break;
                    case CONSTRAINT:
                        Constraint c = constraint(t, ts);
                        cause = new Cause.DateConstraint(c.type(), c.date());
                        requested = isStartConstraint(c.type()) ? c.date() : null;
                        break;
                    case STATUS_DATE:
                        cause = new Cause.StatusDate(plan.statusDate(), t.actualStart(), t.actualFinish() == null ? remaining(t) : 0);
                        requested = plan.statusDate();
                        break;
                    case ACTUAL_START:
                        cause = new Cause.Progress(t.actualStart(), t.actualFinish(), t.percentComplete(),
                                t.actualFinish() == null ? remaining(t) : 0, plan.statusDate());
                        break;
                    case NOT_BEFORE:
                        cause = new Cause.NotBefore();
                        break;
                    case MANUAL:
                        cause = new Cause.ManualDates(t.manualStart(), t.manualFinish());
                        break;
                    default:
                        cause = new Cause.ProjectStart(plan.start());
                        requested = plan.start();
                }
            }
            String calendarId = Calendars.calendarOf(plan, t);
            CalendarGap gap = requested != null && ts.earlyStart().isAfter(requested)
                    ? new CalendarGap(requested, ts.earlyStart(), calendarId,
                            Calendars.daysOff(plan.calendar(calendarId), requested, ts.earlyStart()))
                    : null;
            steps.add(new ExplanationStep(ts.id(), ts.name(), ts.earlyStart(), ts.earlyFinish(), calendarId, cause, gap));
            current = next;
            byFinish = nextByFinish;
        }
        return new DateExplanation(taskId, asked.earlyStart(), steps);
    }

    private Cause.DrivingLink link(Task t, Driver d, List<Driver> all) {
        Link link = null;
        String heldBy = null;
        for (Task holder = t; holder != null && link == null; holder = holder.parent() == null ? null : plan.task(holder.parent())) {
            for (Link l : holder.predecessors()) {
                if (l.predecessor().equals(d.predecessor()) && l.type() == d.linkType()) {
                    link = l;
                    heldBy = holder == t ? null : holder.id();
                    break;
                }
            }
        }
        TaskSchedule p = schedule.task(d.predecessor());
        List<String> ties = new ArrayList<>();
        for (Driver other : all.subList(1, all.size())) {
            if (!other.predecessor().equals(d.predecessor()) && !ties.contains(other.predecessor())) {
                ties.add(other.predecessor());
            }
        }
        return new Cause.DrivingLink(d.predecessor(), d.linkType(), link == null ? Lag.NONE : link.lag(), heldBy,
                d.linkType().fromFinish() ? p.finish() : p.start(), d.requiredAt(), ties);
    }

    /** Of two constraints (P6), the one whose date the task's early dates show; the primary one otherwise. */
    private static Constraint constraint(Task t, TaskSchedule ts) {
        Constraint first = t.constraint();
        Constraint second = t.secondaryConstraint();
        if (second == null || !second.type().hasDate()) {
            return first;
        }
        if (!first.type().hasDate()) {
            return second;
        }
        return shows(first, ts) || !shows(second, ts) ? first : second;
    }

    private static boolean shows(Constraint c, TaskSchedule ts) {
        return (isStartConstraint(c.type()) ? ts.earlyStart() : ts.earlyFinish()).equals(c.date());
    }

    static boolean isStartConstraint(ConstraintType type) {
        return type == ConstraintType.SNET || type == ConstraintType.SNLT || type == ConstraintType.MSO || type == ConstraintType.START_ON;
    }

    /** The child whose date a summary shows: the first to start, or the last to finish. */
    private String childSetting(TaskSchedule summary, boolean byFinish) {
        String best = null;
        LocalDateTime bestDate = null;
        for (String c : children.getOrDefault(summary.id(), List.of())) {
            TaskSchedule ts = schedule.task(c);
            LocalDateTime date = byFinish ? ts.earlyFinish() : ts.earlyStart();
            if (bestDate == null || (byFinish ? date.isAfter(bestDate) : date.isBefore(bestDate))) {
                best = c;
                bestDate = date;
            }
        }
        return best;
    }

    /** Work left, as the engine derives it: the remaining duration, else the planned duration less percent complete. */
    static int remaining(Task t) {
        return t.remainingDuration() != null ? t.remainingDuration()
                : (int) Math.round(t.duration() * (1 - t.percentComplete() / 100.0));
    }
}

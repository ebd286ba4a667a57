package io.linchpin.server.transfer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import io.linchpin.server.projects.ConstraintType;
import io.linchpin.server.projects.TaskImports.ImportedTask;
import io.linchpin.server.projects.TaskKind;
import io.linchpin.server.schedule.LagKind;
import io.linchpin.server.schedule.LinkType;
import io.linchpin.server.schedule.ScheduleRules;
import io.linchpin.server.schedule.ScheduleTransfer.TransferLink;

/**
 * What of an engine plan read from a file the database can hold, and what it cannot (the losses,
 * added to the file layer's own). Tasks come out parents first, in the file's order; links refer
 * to tasks by their index in that list.
 */
final class PlanMapping {

    static final int NAME_LENGTH = 500;

    /** A task of the plan as stored; {@code parent} is an index into the same list, or -1. */
    record MappedTask(String externalId, String planId, int parent, String name, TaskKind kind, long durationMinutes,
            LocalDate committedFinish, String calendar, ConstraintType constraintType, LocalDateTime constraintDate,
            LocalDateTime actualStart, LocalDateTime actualFinish, int percentComplete, Long remainingMinutes,
            Double physicalPercentComplete, boolean startMilestone) {

        ImportedTask imported(Long parentId, Integer parentIndex, Map<String, Long> calendarIds) {
            return new ImportedTask(parentId, parentIndex, name, kind, durationMinutes, committedFinish,
                    calendar == null ? null : calendarIds.get(calendar), constraintType, constraintDate, actualStart,
                    actualFinish, percentComplete, remainingMinutes, physicalPercentComplete, startMilestone);
        }
    }

    /** A link of the plan as stored: a lag in working or wall-clock minutes, or a percentage of the predecessor. */
    record MappedLink(int predecessor, int successor, LinkType type, long lagMinutes, LagKind lagKind, int lagPercent) {

        TransferLink between(long predecessorId, long successorId) {
            return new TransferLink(predecessorId, successorId, type, lagMinutes, lagKind, lagPercent);
        }
    }

    private final Plan plan;
    private final List<String> losses = new ArrayList<>();
    private final List<MappedTask> tasks = new ArrayList<>();
    private final List<MappedLink> links = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** Tasks in progress whose percent complete loses its decimals, reported once with the first of them. */
    private int fractionalPercents;
    private String firstFractional;
    private final LocalDate statusDate;

    PlanMapping(Plan plan, List<String> fileLosses) {
        this.plan = plan;
        losses.addAll(fileLosses);
        statusDate = statusDate(plan.statusDate());
        WorkCalendar calendar = plan.calendarId() == null ? null : plan.calendar(plan.calendarId());
        LocalDateTime stored = calendar == null ? plan.start().toLocalDate().atStartOfDay() : firstWorkingInstant(calendar,
                plan.start().toLocalDate());
        if (!stored.equals(plan.start())) {
            losses.add("the project starts at " + plan.start() + "; Linchpin starts a project at the first working "
                    + "time of its first day, " + stored);
        }
        List<Task> ordered = outlineOrder(plan.tasks());
        Set<String> parents = new HashSet<>();
        for (Task t : ordered) {
            if (t.parent() != null) {
                parents.add(t.parent());
            }
        }
        Set<String> externalIds = new HashSet<>();
        for (Task t : ordered) {
            index.put(t.id(), tasks.size());
            MappedTask mapped = task(t, parents.contains(t.id()));
            if (!externalIds.add(mapped.externalId())) {
                throw new IllegalArgumentException("two tasks of the file have the unique ID " + mapped.externalId());
            }
            tasks.add(mapped);
        }
        for (Task t : ordered) {
            Set<String> seen = new HashSet<>();
            for (Link l : t.predecessors()) {
                Integer from = index.get(l.predecessor());
                if (from == null) {
                    continue;
                }
                if (!seen.add(l.predecessor())) {
                    losses.add(label(t) + " has a second link from " + label(plan.task(l.predecessor()))
                            + "; Linchpin keeps one link per pair of tasks, the first");
                    continue;
                }
                links.add(link(from, index.get(t.id()), t, l));
                if (l.lagCalendar() != null) {
                    losses.add("the link " + label(plan.task(l.predecessor())) + " → " + label(t) + " counts its lag on the "
                            + l.lagCalendar() + " calendar; Linchpin counts every lag of a project on one calendar, "
                            + "the one its schedule settings name");
                }
            }
        }
        for (WorkCalendar c : plan.calendars().values()) {
            if (c.minutesPerWeek() != 5 * c.minutesPerDay()) {
                losses.add("calendar '" + c.name() + "' has " + c.minutesPerWeek() / 60.0 + " hours per week; Linchpin "
                        + "takes a week as 5 days of " + c.minutesPerDay() / 60.0 + " hours");
            }
            for (CalendarException e : c.exceptions()) {
                if (e.recurrence() != null) {
                    losses.add("calendar '" + c.name() + "' has a recurring exception from " + e.from()
                            + "; Linchpin stores it for that first date range only");
                }
            }
        }
        if (fractionalPercents > 0) {
            losses.add(fractionalPercents + " task(s) in progress have a percent complete with decimals (" + firstFractional
                    + "); Linchpin keeps whole percents");
        }
        if (!plan.resources().isEmpty() || !plan.assignments().isEmpty()) {
            losses.add(plan.resources().size() + " resource(s) and " + plan.assignments().size()
                    + " assignment(s) are not imported (resources are not part of a project in Linchpin yet)");
        }
    }

    List<String> losses() {
        return losses;
    }

    List<MappedTask> tasks() {
        return tasks;
    }

    List<MappedLink> links() {
        return links;
    }

    ScheduleRules rules() {
        return plan.rules() == RuleSet.P6 ? ScheduleRules.P6 : ScheduleRules.MSPROJECT;
    }

    Plan plan() {
        return plan;
    }

    /** The file's data date as Linchpin's status date, or null when the file has none. */
    LocalDate statusDate() {
        return statusDate;
    }

    /**
     * Linchpin's status date is a day, progress reported up to its end: P6's data date at midnight
     * is the end of the day before it.
     */
    private LocalDate statusDate(LocalDateTime dataDate) {
        if (dataDate == null) {
            return null;
        }
        if (dataDate.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return dataDate.toLocalDate().minusDays(1);
        }
        losses.add("the file's data date is " + dataDate + "; Linchpin reports progress up to the end of a day, "
                + dataDate.toLocalDate() + ", and schedules the remaining work from the next midnight");
        return dataDate.toLocalDate();
    }

    /** As the live schedule starts a project: the first working instant of the day, or of the next working day. */
    private static LocalDateTime firstWorkingInstant(WorkCalendar calendar, LocalDate day) {
        for (int i = 0; i < 366; i++) {
            var hours = calendar.hoursOn(day.plusDays(i));
            if (hours.isWorking()) {
                return day.plusDays(i).atStartOfDay().plusMinutes(hours.from(0));
            }
        }
        return day.atStartOfDay();
    }

    /** Parents before their children, siblings in the file's order. */
    private static List<Task> outlineOrder(List<Task> all) {
        Map<String, List<Task>> children = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        all.forEach(t -> ids.add(t.id()));
        List<Task> roots = new ArrayList<>();
        for (Task t : all) {
            if (t.parent() == null || !ids.contains(t.parent())) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Task> out = new ArrayList<>(all.size());
        List<Task> stack = new ArrayList<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.add(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Task t = stack.remove(stack.size() - 1);
            out.add(t);
            List<Task> kids = children.getOrDefault(t.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(kids.get(i));
            }
        }
        return out;
    }

    private MappedTask task(Task t, boolean summary) {
        String name = t.name() == null || t.name().isBlank() ? "(unnamed " + t.id() + ")" : t.name().strip();
        if (name.length() > NAME_LENGTH) {
            losses.add(label(t) + ": the name is cut to " + NAME_LENGTH + " characters");
            name = name.substring(0, NAME_LENGTH);
        }
        TaskKind kind = summary ? TaskKind.TASK : t.milestone() ? TaskKind.MILESTONE : TaskKind.TASK;
        long duration = summary ? 0 : t.duration();
        if (kind == TaskKind.MILESTONE && duration != 0) {
            losses.add(label(t) + " is a milestone of " + duration + " minutes; Linchpin's milestones take no time");
            duration = 0;
        }
        if (!summary && t.elapsed()) {
            losses.add(label(t) + " has an elapsed duration; Linchpin stores it as working time");
        }
        if (t.isManuallyScheduled()) {
            losses.add(label(t) + " is scheduled manually in the file; Linchpin schedules it automatically");
        }
        ConstraintType type = ConstraintType.ASAP;
        LocalDateTime date = null;
        if (t.constraint() != null) {
            type = ConstraintType.valueOf(t.constraint().type().name());
            date = type.hasDate() ? t.constraint().date() : null;
        }
        if (t.secondaryConstraint() != null && t.secondaryConstraint().type() != io.linchpin.engine.plan.ConstraintType.ASAP) {
            losses.add(label(t) + ": its secondary constraint " + t.secondaryConstraint().type() + " is not kept");
        }
        LocalDate committed = null;
        if (t.deadline() != null) {
            if (kind == TaskKind.MILESTONE) {
                // A deadline at midnight means the end of the day before; Linchpin keeps days.
                committed = t.deadline().minusMinutes(1).toLocalDate();
                if (!t.deadline().equals(committed.plusDays(1).atStartOfDay())) {
                    losses.add(label(t) + ": its deadline " + t.deadline() + " is kept as the end of " + committed);
                }
            } else {
                losses.add(label(t) + ": its deadline " + t.deadline() + " is not kept (Linchpin keeps deadlines on milestones)");
            }
        }
        LocalDateTime actualStart = summary ? null : t.actualStart();
        LocalDateTime actualFinish = summary || actualStart == null ? null : t.actualFinish();
        int percent = actualStart == null ? 0 : (int) Math.round(t.percentComplete());
        if (actualFinish != null) {
            if (actualFinish.isBefore(actualStart)) {
                losses.add(label(t) + ": its actual finish is before its actual start; the actual finish is dropped");
                actualFinish = null;
            } else {
                percent = 100;
            }
        }
        if (actualFinish == null && percent == 100) {
            percent = 99;
        }
        if (actualStart != null && actualFinish == null && percent != t.percentComplete()) {
            if (fractionalPercents++ == 0) {
                firstFractional = label(t) + ": " + t.percentComplete() + " % is kept as " + percent + " %";
            }
        }
        Long remaining = actualStart == null || t.remainingDuration() == null ? null : (long) t.remainingDuration();
        if (summary && (t.actualStart() != null || t.percentComplete() > 0)) {
            losses.add(label(t) + " is a summary: its progress comes from its sub-tasks");
        } else if (!summary && actualStart == null && (t.percentComplete() > 0 || t.actualFinish() != null)) {
            losses.add(label(t) + ": progress without an actual start is dropped");
        }
        // The engine reads 0 where a file gives no physical % complete; a P6 file always gives one.
        Double physical = summary || (t.physicalPercentComplete() == 0 && plan.rules() != RuleSet.P6) ? null
                : t.physicalPercentComplete();
        boolean startMilestone = kind == TaskKind.MILESTONE && t.startMilestone();
        int parent = t.parent() == null || !index.containsKey(t.parent()) ? -1 : index.get(t.parent());
        return new MappedTask(externalId(t), t.id(), parent, name, kind, duration, committed, t.calendar(), type, date,
                actualStart, actualFinish, percent, remaining, physical, startMilestone);
    }

    /** The file's unique ID (MS Project UID, P6 task ID) where it has one, else its ID. */
    static String externalId(Task t) {
        return t.uniqueId() != null ? "UID" + t.uniqueId() : t.id();
    }

    private MappedLink link(int from, int to, Task t, Link l) {
        LinkType type = LinkType.valueOf(l.type().name());
        Lag lag = l.lag();
        if (lag == null || lag.isZero()) {
            return new MappedLink(from, to, type, 0, LagKind.WORKING, 0);
        }
        return switch (lag.unit()) {
            case WORKING -> new MappedLink(from, to, type, Math.round(lag.amount()), LagKind.WORKING, 0);
            case ELAPSED -> new MappedLink(from, to, type, Math.round(lag.amount()), LagKind.ELAPSED, 0);
            default -> {
                int percent = (int) Math.round(lag.amount());
                if (percent != lag.amount()) {
                    losses.add("the link " + label(plan.task(l.predecessor())) + " → " + label(t) + " has a lag of "
                            + lag.amount() + "% of its predecessor; Linchpin keeps whole percentages, " + percent + "%");
                }
                yield new MappedLink(from, to, type, 0, LagKind.PERCENT, percent);
            }
        };
    }

    private static String label(Task t) {
        return "task " + t.id() + (t.name() == null ? "" : " '" + t.name() + "'");
    }
}

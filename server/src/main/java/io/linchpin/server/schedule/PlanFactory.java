package io.linchpin.server.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.InvalidPlanException;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.platform.InvalidInputException.FieldProblem;
import io.linchpin.server.schedule.CalendarStore.CalendarRow;
import io.linchpin.server.schedule.CalendarStore.ExceptionRow;
import io.linchpin.server.schedule.LinkStore.LinkRow;
import io.linchpin.server.schedule.ScheduleStore.ProjectSchedule;
import io.linchpin.server.schedule.ScheduleStore.TaskInput;

/**
 * Builds the engine's plan of a project from its rows. Task and calendar IDs of the plan are the
 * database IDs as text, so results map straight back. The plan keeps the WBS order of the rows.
 */
final class PlanFactory {

    private PlanFactory() {
    }

    static Plan plan(ProjectSchedule project, List<TaskInput> tasks, List<LinkRow> links, List<CalendarRow> calendars) {
        Plan.Builder plan = Plan.builder(start(project, calendars)).rules(project.rules().engine())
                .calendar(String.valueOf(project.calendarId())).options(project.options());
        if (project.statusDate() != null) {
            // Progress is reported up to the end of the status date; remaining work continues after it.
            plan.statusDate(project.statusDate().plusDays(1).atStartOfDay());
        }
        Set<Long> calendarIds = new HashSet<>();
        for (CalendarRow calendar : calendars) {
            plan.addCalendar(calendar(calendar));
            calendarIds.add(calendar.id());
        }
        Map<Long, List<Link>> predecessors = new HashMap<>();
        for (LinkRow link : links) {
            Lag lag = switch (link.lagKind()) {
                case WORKING -> Lag.working(Math.toIntExact(link.lagMinutes()));
                case ELAPSED -> Lag.elapsed(Math.toIntExact(link.lagMinutes()));
                case PERCENT -> Lag.percent(link.lagPercent());
            };
            predecessors.computeIfAbsent(link.successorId(), k -> new ArrayList<>()).add(Link.of(
                    String.valueOf(link.predecessorId()), LinkType.valueOf(link.type().name()), lag));
        }
        List<Task> built = new ArrayList<>(tasks.size());
        for (TaskInput t : tasks) {
            Task.Builder task = Task.builder(String.valueOf(t.id())).name(t.name());
            if (t.parentId() != null) {
                task.parent(String.valueOf(t.parentId()));
            }
            switch (t.kind()) {
                case "MILESTONE" -> task.milestone(true).startMilestone(t.startMilestone()).duration(0);
                case "SUMMARY" -> task.duration(0);
                default -> task.duration(t.durationMinutes());
            }
            if (t.calendarId() != null) {
                if (!calendarIds.contains(t.calendarId())) {
                    throw new InvalidInputException("calendarId", "no calendar " + t.calendarId() + " in this project");
                }
                task.calendar(String.valueOf(t.calendarId()));
            }
            if (!"ASAP".equals(t.constraintType())) {
                task.constraint(Constraint.of(ConstraintType.valueOf(t.constraintType()), t.constraintDate()));
            }
            if (t.committedFinish() != null) {
                // A deadline is met by a finish any time on its day.
                task.deadline(t.committedFinish().plusDays(1).atStartOfDay());
            }
            task.actualStart(t.actualStart()).actualFinish(t.actualFinish()).percentComplete(t.percentComplete());
            if (t.physicalPercentComplete() != null) {
                task.physicalPercentComplete(t.physicalPercentComplete());
            }
            if (t.remainingMinutes() != null) {
                task.remainingDuration(Math.toIntExact(t.remainingMinutes()));
            }
            task.predecessors(predecessors.getOrDefault(t.id(), List.of()));
            built.add(task.build());
        }
        plan.tasks(built);
        try {
            return plan.build();
        } catch (InvalidPlanException e) {
            throw new InvalidInputException("The schedule cannot be computed: " + String.join("; ", e.problems()),
                    e.problems().stream().map(p -> new FieldProblem("tasks", p)).toList());
        }
    }

    /**
     * The first working instant of the project's start day on its calendar, or of the next working
     * day: a milestone at the very start then sits where the work begins, not at midnight.
     */
    static LocalDateTime start(ProjectSchedule project, List<CalendarRow> calendars) {
        LocalDate day = project.startDay();
        CalendarRow calendar = calendars.stream().filter(c -> c.id() == project.calendarId()).findFirst().orElse(null);
        if (calendar == null) {
            return day.atStartOfDay();
        }
        WorkCalendar work = calendar(calendar);
        for (int i = 0; i < 366; i++) {
            WorkingHours hours = work.hoursOn(day.plusDays(i));
            if (hours.isWorking()) {
                return day.plusDays(i).atStartOfDay().plusMinutes(hours.from(0));
            }
        }
        return day.atStartOfDay();
    }

    /** The engine's calendar for a stored one. */
    static WorkCalendar calendar(CalendarRow row) {
        WorkCalendar.Builder calendar = WorkCalendar.builder(String.valueOf(row.id())).name(row.name())
                .minutesPerDay(row.minutesPerDay()).minutesPerWeek(5 * row.minutesPerDay());
        for (DayOfWeek day : DayOfWeek.values()) {
            calendar.hours(day, hours(row.week().get(day)));
        }
        for (ExceptionRow exception : row.exceptions()) {
            calendar.exception(CalendarException.of(exception.start(), exception.end(), hours(exception.hours())));
        }
        return calendar.build();
    }

    /** Working hours from their stored text, "08:00-12:00 13:00-17:00"; blank is a day off. */
    static WorkingHours hours(String text) {
        if (text == null || text.isBlank()) {
            return WorkingHours.NONE;
        }
        return WorkingHours.parse(Arrays.asList(text.trim().split("\\s+")));
    }
}

package io.linchpin.engine.analysis;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Small hand-built plans for the analysis tests: a standard week from Monday 2025-01-06. */
final class Plans {

    static final int DAY = 480;
    /** Monday. */
    static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 8, 0);

    private Plans() {
    }

    static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    static Task.Builder task(String id, int days) {
        return Task.builder(id).duration(days * DAY);
    }

    static Task.Builder milestone(String id) {
        return Task.builder(id).duration(0).milestone(true);
    }

    static Plan plan(Task.Builder... tasks) {
        return plan(RuleSet.MS_PROJECT, null, tasks);
    }

    static Plan plan(RuleSet rules, LocalDateTime statusDate, Task.Builder... tasks) {
        Plan.Builder b = Plan.builder(START).rules(rules).statusDate(statusDate);
        for (Task.Builder t : tasks) {
            b.addTask(t.build());
        }
        return b.build();
    }

    static Schedule schedule(Task.Builder... tasks) {
        return Scheduler.schedule(plan(tasks));
    }

    /** Monday to Friday 08:00-12:00 and 13:00-17:00, without work on the given days. */
    static WorkCalendar standardWithHolidays(String id, LocalDate... holidays) {
        WorkCalendar.Builder b = WorkCalendar.builder(id);
        WorkingHours day = WorkingHours.ofMinutes(480, 720, 780, 1020);
        for (DayOfWeek d : DayOfWeek.values()) {
            b.hours(d, d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? WorkingHours.NONE : day);
        }
        for (LocalDate h : holidays) {
            b.exception(CalendarException.of(h, h, WorkingHours.NONE));
        }
        return b.build();
    }
}

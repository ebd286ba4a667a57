package io.linchpin.engine.analysis;

import static io.linchpin.engine.analysis.Plans.DAY;
import static io.linchpin.engine.analysis.Plans.START;
import static io.linchpin.engine.analysis.Plans.at;
import static io.linchpin.engine.analysis.Plans.milestone;
import static io.linchpin.engine.analysis.Plans.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VarianceTest {

    @Test
    void startFinishAndDurationInWorkingTimeOfTheTasksCalendarPositiveWhenLate() {
        Schedule s = Plans.schedule(task("A", 3), task("B", 2).predecessor(Link.fs("A")), milestone("M").predecessor(Link.fs("B")),
                task("C", 1));
        Map<String, BaselineDates> baseline = new LinkedHashMap<>();
        baseline.put("M", BaselineDates.of(at("2025-01-09T17:00"), at("2025-01-09T17:00")));
        baseline.put("B", BaselineDates.of(at("2025-01-08T08:00"), at("2025-01-09T17:00")));
        baseline.put("C", BaselineDates.of(at("2025-01-07T08:00"), at("2025-01-08T17:00")));
        List<Variance> v = ScheduleAnalysis.variance(s, baseline);
        assertThat(v).extracting(Variance::taskId).as("plan order, baselined tasks only").containsExactly("B", "M", "C");

        Variance b = v.get(0);
        // B runs Thursday 08:00 to Friday 17:00: a day late, as long as planned.
        assertThat(b.start()).isEqualTo(at("2025-01-09T08:00"));
        assertThat(b.startMinutes()).isEqualTo(DAY);
        assertThat(b.finishMinutes()).isEqualTo(DAY);
        assertThat(b.durationMinutes()).isZero();
        assertThat(b.startDays()).isEqualTo(1.0);
        assertThat(b.calendarId()).isEqualTo("standard");

        Variance m = v.get(1);
        // Friday 17:00 against Thursday 17:00, across the weekend nothing more.
        assertThat(m.finishMinutes()).isEqualTo(DAY);

        Variance c = v.get(2);
        // C now runs Monday only, a day early and a day shorter.
        assertThat(c.startMinutes()).isEqualTo(-DAY);
        assertThat(c.finishMinutes()).isEqualTo(-2 * DAY);
        assertThat(c.durationMinutes()).isEqualTo(-DAY);
        assertThat(c.durationDays()).isEqualTo(-1.0);
    }

    @Test
    void aTaskOnItsOwnCalendarCountsItsOwnWorkingTime() {
        WorkCalendar halfDays = WorkCalendar.builder("mornings").minutesPerDay(240)
                .hours(DayOfWeek.MONDAY, WorkingHours.ofMinutes(480, 720))
                .hours(DayOfWeek.TUESDAY, WorkingHours.ofMinutes(480, 720))
                .hours(DayOfWeek.WEDNESDAY, WorkingHours.ofMinutes(480, 720))
                .hours(DayOfWeek.THURSDAY, WorkingHours.ofMinutes(480, 720))
                .hours(DayOfWeek.FRIDAY, WorkingHours.ofMinutes(480, 720)).build();
        Plan p = Plan.builder(START).addCalendar(WorkCalendar.standard("standard")).addCalendar(halfDays)
                .addTask(Task.builder("A").duration(480).calendar("mornings").build()).build();
        Variance a = ScheduleAnalysis.variance(Scheduler.schedule(p),
                Map.of("A", new BaselineDates(at("2025-01-03T08:00"), at("2025-01-06T12:00"), 240))).get(0);
        // Friday 3rd 08:00 to Monday 6th 08:00 is one morning; the task runs two mornings where the baseline planned one.
        assertThat(a.finish()).isEqualTo(at("2025-01-07T12:00"));
        assertThat(a.startMinutes()).isEqualTo(240);
        assertThat(a.finishMinutes()).isEqualTo(240);
        assertThat(a.durationMinutes()).isEqualTo(240);
        assertThat(a.startDays()).isEqualTo(1.0);
    }

    @Test
    void aBaselineOfTasksTheScheduleDoesNotHaveIsRefused() {
        Schedule s = Plans.schedule(task("A", 1));
        assertThatThrownBy(() -> ScheduleAnalysis.variance(s, Map.of("Q", BaselineDates.of(START, START))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the baseline names tasks the schedule does not have: Q");
        assertThat(ScheduleAnalysis.variance(s, Map.of())).isEmpty();
        Map<String, BaselineDates> missing = new java.util.HashMap<>();
        missing.put("A", null);
        assertThatThrownBy(() -> ScheduleAnalysis.variance(s, missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the baseline of task A has no dates");
    }
}

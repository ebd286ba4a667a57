package io.linchpin.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.calendar.OutsideCalendarRangeException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.InvalidPlanException;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.ScheduleOptions;
import io.linchpin.engine.plan.Task;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final int DAY = 480;
    /** Monday. */
    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 8, 0);

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    private static Task.Builder task(String id, int days) {
        return Task.builder(id).duration(days * DAY);
    }

    private static Schedule schedule(Task.Builder... tasks) {
        return schedule(RuleSet.MS_PROJECT, tasks);
    }

    private static Schedule schedule(RuleSet rules, Task.Builder... tasks) {
        Plan.Builder plan = Plan.builder(START).rules(rules);
        for (Task.Builder t : tasks) {
            plan.addTask(t.build());
        }
        return Scheduler.schedule(plan.build());
    }

    @Test
    void aPlanWithoutTasksFinishesWhereItStarts() {
        for (RuleSet rules : RuleSet.values()) {
            Schedule s = schedule(rules);
            assertThat(s.tasks()).as(rules.name()).isEmpty();
            assertThat(s.finish()).as(rules.name()).isEqualTo(START);
        }
    }

    @Test
    void aChainOfFinishToStartLinksRunsBackToBack() {
        Schedule s = schedule(task("A", 2), task("B", 3).predecessor(Link.fs("A")), task("C", 1).predecessor(Link.fs("B")));
        assertThat(s.task("B").earlyStart()).isEqualTo(at("2025-01-08T08:00"));
        assertThat(s.task("C").earlyFinish()).isEqualTo(at("2025-01-13T17:00"));
        assertThat(s.finish()).isEqualTo(at("2025-01-13T17:00"));
        assertThat(s.criticalPath()).containsExactly("A", "B", "C");
        assertThat(s.tasks()).allMatch(TaskSchedule::critical);
    }

    @Test
    void everyLinkTypeAndLag() {
        Schedule s = schedule(task("A", 2),
                task("SS", 1).predecessor(Link.of("A", LinkType.SS, Lag.working(DAY))),
                task("FF", 1).predecessor(Link.of("A", LinkType.FF, Lag.working(-240))),
                task("SF", 1).predecessor(Link.of("A", LinkType.SF, Lag.working(3 * DAY))),
                task("EL", 1).predecessor(Link.of("A", LinkType.FS, Lag.elapsed(3 * 1440))),
                task("PC", 1).predecessor(Link.of("A", LinkType.SS, Lag.percent(50))));
        assertThat(s.task("SS").earlyStart()).isEqualTo(at("2025-01-07T08:00"));
        assertThat(s.task("FF").earlyFinish()).isEqualTo(at("2025-01-07T12:00"));
        assertThat(s.task("SF").earlyFinish()).isEqualTo(at("2025-01-08T17:00"));
        // Tuesday 17:00 plus three calendar days is Friday 17:00: the successor starts Monday.
        assertThat(s.task("EL").earlyStart()).isEqualTo(at("2025-01-13T08:00"));
        assertThat(s.task("PC").earlyStart()).isEqualTo(at("2025-01-07T08:00"));
    }

    @Test
    void floatAndDrivingPredecessors() {
        Schedule s = schedule(task("A", 5), task("B", 2), task("C", 1).predecessor(Link.fs("A")).predecessor(Link.fs("B")));
        assertThat(s.task("B").totalFloatMinutes()).isEqualTo(3 * DAY);
        assertThat(s.task("B").freeFloatMinutes()).isEqualTo(3 * DAY);
        assertThat(s.task("B").critical()).isFalse();
        assertThat(s.task("B").lateStart()).isEqualTo(at("2025-01-09T08:00"));
        assertThat(s.task("C").drivingPredecessors()).containsExactly("A");
        assertThat(s.task("A").drivers()).containsExactly(new Driver(Driver.Kind.PROJECT_START, null, null));
    }

    @Test
    void constraintsMoveTasksAndDeadlinesGiveNegativeFloat() {
        Schedule s = schedule(task("A", 2),
                task("B", 1).predecessor(Link.fs("A")).constraint(Constraint.of(ConstraintType.SNET, at("2025-01-13T08:00"))),
                task("C", 3).predecessor(Link.fs("B")).deadline(at("2025-01-14T17:00")));
        assertThat(s.task("B").earlyStart()).isEqualTo(at("2025-01-13T08:00"));
        assertThat(s.task("B").drivers().get(0).kind()).isEqualTo(Driver.Kind.CONSTRAINT);
        assertThat(s.task("C").earlyFinish()).isEqualTo(at("2025-01-16T17:00"));
        assertThat(s.task("C").totalFloatMinutes()).isEqualTo(-2 * DAY);
        assertThat(s.task("B").totalFloatMinutes()).isEqualTo(-2 * DAY);
    }

    @Test
    void mustFinishOnHoldsTheTaskAndReportsTheMissedLinkAsNegativeFloat() {
        Schedule s = schedule(task("A", 5),
                Task.builder("M").duration(0).predecessor(Link.fs("A")).constraint(Constraint.of(ConstraintType.MFO, at("2025-01-09T17:00"))));
        assertThat(s.task("M").earlyFinish()).isEqualTo(at("2025-01-09T17:00"));
        assertThat(s.task("M").totalFloatMinutes()).isEqualTo(-DAY);
        assertThat(s.task("A").totalFloatMinutes()).isEqualTo(-DAY);
    }

    @Test
    void withoutHonouredConstraintsLinksWin() {
        Plan plan = Plan.builder(START).options(ScheduleOptions.DEFAULTS.withHonorConstraints(false))
                .addTask(task("A", 5).build())
                .addTask(task("B", 1).predecessor(Link.fs("A")).constraint(Constraint.of(ConstraintType.MSO, at("2025-01-08T08:00"))).build())
                .build();
        assertThat(Scheduler.schedule(plan).task("B").earlyStart()).isEqualTo(at("2025-01-13T08:00"));
    }

    @Test
    void asLateAsPossibleTasksSitAtTheirLateDates() {
        Schedule ms = schedule(task("A", 5), task("B", 1).constraint(Constraint.of(ConstraintType.ALAP, null)), task("C", 1).predecessor(Link.fs("A")).predecessor(Link.fs("B")));
        assertThat(ms.task("B").start()).isEqualTo(at("2025-01-10T08:00"));
        assertThat(ms.task("B").earlyStart()).isEqualTo(at("2025-01-06T08:00"));
        Schedule p6 = schedule(RuleSet.P6, task("A", 5), task("B", 1).constraint(Constraint.of(ConstraintType.ALAP, null)),
                task("C", 1).predecessor(Link.fs("A")).predecessor(Link.fs("B")));
        assertThat(p6.task("B").earlyStart()).isEqualTo(at("2025-01-10T08:00"));
    }

    @Test
    void progressFixesWhatHappenedAndSchedulesTheRest() {
        Plan.Builder plan = Plan.builder(START).statusDate(at("2025-01-08T08:00"))
                .addTask(task("A", 2).actualStart(START).actualFinish(at("2025-01-07T17:00")).percentComplete(100).build())
                .addTask(task("B", 4).predecessor(Link.fs("A")).actualStart(at("2025-01-08T08:00")).remainingDuration(2 * DAY).build())
                .addTask(task("C", 1).predecessor(Link.fs("B")).build());
        Schedule ms = Scheduler.schedule(plan.build());
        assertThat(ms.task("A").start()).isEqualTo(START);
        assertThat(ms.task("B").earlyFinish()).isEqualTo(at("2025-01-13T17:00"));
        assertThat(ms.task("C").earlyStart()).isEqualTo(at("2025-01-14T08:00"));
        Schedule p6 = Scheduler.schedule(plan.rules(RuleSet.P6).build());
        // P6 continues the remaining two days from the data date.
        assertThat(p6.task("B").earlyStart()).isEqualTo(at("2025-01-08T08:00"));
        assertThat(p6.task("B").earlyFinish()).isEqualTo(at("2025-01-09T17:00"));
        assertThat(p6.task("C").earlyStart()).isEqualTo(at("2025-01-10T08:00"));
    }

    /**
     * Out-of-sequence progress under MS Project's rules: a finished task takes no part in its
     * predecessors' late dates, whichever path the predecessor's backward step takes (the same
     * plan with the link across two calendars sends it through the general step).
     */
    @Test
    void aFinishedSuccessorDoesNotHoldBackAnUnstartedPredecessorsLateDates() {
        WorkCalendar standard = WorkCalendar.standard("std");
        WorkCalendar.Builder sixDays = WorkCalendar.builder("site");
        for (DayOfWeek d : DayOfWeek.values()) {
            sixDays.hours(d, d == DayOfWeek.SATURDAY ? standard.weekly(DayOfWeek.MONDAY) : standard.weekly(d));
        }
        for (boolean twoCalendars : new boolean[] {false, true}) {
            Plan.Builder plan = Plan.builder(START).addCalendar(standard).addCalendar(sixDays.build())
                    .statusDate(at("2025-01-08T08:00"))
                    .addTask(task("A", 1).calendar(twoCalendars ? "site" : "std").build())
                    .addTask(task("B", 2).predecessor(Link.fs("A")).actualStart(START).actualFinish(at("2025-01-07T17:00"))
                            .percentComplete(100).build())
                    .addTask(task("C", 3).build());
            Schedule s = Scheduler.schedule(plan.build());

            assertThat(s.finish()).as("two calendars: %s", twoCalendars).isEqualTo(at("2025-01-08T17:00"));
            assertThat(s.task("A").lateFinish()).as("two calendars: %s", twoCalendars).isEqualTo(at("2025-01-08T17:00"));
        }
    }

    @Test
    void summariesRollUpAndTheirLinksReachTheirChildren() {
        Schedule s = schedule(Task.builder("P").duration(0), task("A", 2).parent("P"), task("B", 3).parent("P").predecessor(Link.fs("A")),
                task("X", 1), Task.builder("Q").duration(0).predecessor(Link.fs("X")), task("C", 1).parent("Q"),
                task("D", 1).predecessor(Link.fs("P")));
        assertThat(s.task("P").summary()).isTrue();
        assertThat(s.task("P").earlyStart()).isEqualTo(START);
        assertThat(s.task("P").earlyFinish()).isEqualTo(at("2025-01-10T17:00"));
        assertThat(s.task("C").earlyStart()).isEqualTo(at("2025-01-07T08:00"));
        assertThat(s.task("D").earlyStart()).isEqualTo(at("2025-01-13T08:00"));
        assertThat(s.task("D").drivingPredecessors()).containsExactly("P");
    }

    @Test
    void aTaskOnAnotherCalendarFollowsItsOwnHours() {
        Plan plan = Plan.builder(START).addCalendar(WorkCalendar.standard("std")).addCalendar(WorkCalendar.twentyFourHours("24h"))
                .addTask(task("A", 1).build())
                .addTask(Task.builder("B").calendar("24h").duration(24 * 60).predecessor(Link.fs("A")).build())
                .addTask(task("C", 1).predecessor(Link.fs("B")).build())
                .build();
        Schedule s = Scheduler.schedule(plan);
        assertThat(s.task("B").earlyStart()).isEqualTo(at("2025-01-06T17:00"));
        assertThat(s.task("B").earlyFinish()).isEqualTo(at("2025-01-07T17:00"));
        assertThat(s.task("C").earlyStart()).isEqualTo(at("2025-01-08T08:00"));
    }

    @Test
    void aCycleIsAnErrorNamingItsTasks() {
        assertThatThrownBy(() -> schedule(task("A", 1).predecessor(Link.fs("C")), task("B", 1).predecessor(Link.fs("A")),
                task("C", 1).predecessor(Link.fs("B")), task("D", 1).predecessor(Link.fs("C"))))
                .isInstanceOf(CycleException.class)
                .satisfies(e -> assertThat(((CycleException) e).tasks()).containsExactlyInAnyOrder("A", "B", "C"))
                .hasMessageContaining("cycle");
    }

    @Test
    void invalidPlansListEveryProblem() {
        assertThatThrownBy(() -> Plan.builder(START).addTask(task("A", 1).predecessor(Link.fs("Z")).calendar("night").build())
                .addTask(task("A", 1).build()).build())
                .isInstanceOf(InvalidPlanException.class)
                .satisfies(e -> assertThat(((InvalidPlanException) e).problems()).hasSize(3))
                .hasMessageContaining("'Z'").hasMessageContaining("'night'").hasMessageContaining("used twice");
    }

    @Test
    void aScheduleRunningPastTheCalendarRangeIsAClearError() {
        Plan plan = Plan.builder(START).calendarRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)).addTask(task("A", 40).build()).build();
        assertThatThrownBy(() -> Scheduler.schedule(plan)).isInstanceOf(OutsideCalendarRangeException.class)
                .hasMessageContaining("2025-01-31");
    }

    @Test
    void alternativeDurationsAndNotBeforeTimesRunIntoTheCallersWorkspace() {
        Plan plan = Plan.builder(START).addTask(task("A", 2).build()).addTask(task("B", 1).predecessor(Link.fs("A")).build()).build();
        ScheduleNetwork net = ScheduleNetwork.compile(plan);
        Workspace ws = net.newWorkspace();
        int a = net.indexOf("A");
        int b = net.indexOf("B");
        int[] durations = net.durations();
        durations[a] = 4 * DAY;
        int[] notBefore = new int[2];
        notBefore[a] = Integer.MIN_VALUE;
        notBefore[b] = net.timeline().minuteOf(at("2025-01-14T08:00"));
        net.run(durations, null, ws);
        assertThat(net.timeline().dateTimeOf(ws.earlyStart(b))).isEqualTo(at("2025-01-10T08:00"));
        net.run(durations, notBefore, ws);
        assertThat(net.timeline().dateTimeOf(ws.earlyStart(b))).isEqualTo(at("2025-01-14T08:00"));
        assertThat(Schedule.of(ws).task("B").drivers().get(0).kind()).isEqualTo(Driver.Kind.NOT_BEFORE);
        net.run(ws);
        assertThat(net.timeline().dateTimeOf(ws.projectFinish())).isEqualTo(at("2025-01-08T17:00"));
    }
}

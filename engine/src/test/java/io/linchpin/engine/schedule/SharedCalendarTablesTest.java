package io.linchpin.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Calendars with equal definitions are tabulated once per network, and scheduling on them is unchanged. */
class SharedCalendarTablesTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 8, 0);
    private static final int COPIES = 42;

    /** The standard week with a Christmas shutdown, under its own id: what an MS Project file gives each resource. */
    private static WorkCalendar copy(String id, LocalDate shutdownEnd) {
        WorkCalendar standard = WorkCalendar.standard(id);
        WorkCalendar.Builder b = WorkCalendar.builder(id).name("Resource " + id);
        for (DayOfWeek d : DayOfWeek.values()) {
            b.hours(d, standard.weekly(d));
        }
        return b.exception(CalendarException.of(LocalDate.of(2025, 12, 24), shutdownEnd, WorkingHours.NONE)).build();
    }

    /**
     * 200 tasks with every link type and lags; task i is on calendar "C(i mod 42)" when
     * {@code copies}, else every task is on "C0".
     */
    private static Plan plan(RuleSet rules, boolean copies, LocalDate lastCopyShutdownEnd) {
        Plan.Builder plan = Plan.builder(START).rules(rules).calendarRange(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31));
        for (int c = 0; c < COPIES; c++) {
            plan.addCalendar(copy("C" + c, c == COPIES - 1 ? lastCopyShutdownEnd : LocalDate.of(2026, 1, 1)));
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            Task.Builder t = Task.builder("T" + i).duration(random.nextInt(5) == 0 ? 0 : 60 * (1 + random.nextInt(80)))
                    .calendar(copies ? "C" + (i % COPIES) : "C0");
            int links = i == 0 ? 0 : 1 + random.nextInt(2);
            for (int k = 0; k < links; k++) {
                int lag = random.nextInt(3) == 0 ? 60 * (random.nextInt(33) - 8) : 0;
                t.predecessor(new Link("T" + random.nextInt(i), LinkType.values()[random.nextInt(4)], Lag.working(lag), null));
            }
            plan.addTask(t.build());
        }
        return plan.build();
    }

    private static List<List<Object>> dates(Schedule s) {
        return s.tasks().stream().map(t -> List.<Object>of(t.id(), t.earlyStart(), t.earlyFinish(), t.lateStart(), t.lateFinish(),
                t.totalFloatMinutes(), t.freeFloatMinutes(), t.critical())).toList();
    }

    @Test
    void fortyTwoCopiesOfOneCalendarCompileOneTableAndScheduleAsOneCalendar() {
        LocalDate sameShutdown = LocalDate.of(2026, 1, 1);
        for (RuleSet rules : RuleSet.values()) {
            Plan copies = plan(rules, true, sameShutdown);
            ScheduleNetwork net = ScheduleNetwork.compile(copies);

            assertThat(net.calendarCount()).as("%s", rules).isEqualTo(1);
            assertThat(dates(Scheduler.schedule(copies))).as("%s", rules).isEqualTo(dates(Scheduler.schedule(plan(rules, false, sameShutdown))));
        }
    }

    @Test
    void aCopyThatDiffersInOneDayGetsItsOwnTable() {
        Plan plan = plan(RuleSet.MS_PROJECT, true, LocalDate.of(2026, 1, 2));
        ScheduleNetwork net = ScheduleNetwork.compile(plan);

        assertThat(net.calendarCount()).isEqualTo(2);
        int last = net.indexOf("T" + (COPIES - 1));
        assertThat(net.calendarOf(last).calendar().id()).isEqualTo("C" + (COPIES - 1));
        assertThat(net.calendarOf(net.indexOf("T1")).calendar().id()).isEqualTo("C0");
    }
}

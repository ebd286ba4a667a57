package io.linchpin.engine.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Scheduler;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ResourceHistogramTest {

    private static final LocalDateTime MONDAY = PlanLevelerTest.MONDAY;
    private static final int DAY = PlanLevelerTest.DAY;

    @Test
    void twoTasksOnOnePersonTheSameDayAreOverAllocatedByADayOfWork() {
        Plan plan = Plan.builder(MONDAY)
                .addTask(Task.builder("A").duration(2 * DAY).build())
                .addTask(Task.builder("B").duration(DAY).build())
                .addResource(Resource.work("DANA", 1))
                .addAssignment(new Assignment("A", "DANA", 1)).addAssignment(new Assignment("B", "DANA", 1))
                .build();

        ResourceLoad dana = ResourceHistogram.of(plan, Scheduler.schedule(plan), ResourceHistogram.Bucket.DAY).resource("DANA");

        assertThat(dana.periods()).hasSize(2);
        LoadPeriod monday = dana.periods().get(0);
        assertThat(monday.from()).isEqualTo(LocalDate.of(2025, 1, 6).atStartOfDay());
        assertThat(monday.to()).isEqualTo(LocalDate.of(2025, 1, 7).atStartOfDay());
        assertThat(monday.demand()).isEqualTo(2.0 * DAY);
        assertThat(monday.capacity()).isEqualTo(DAY);
        assertThat(monday.peakUnits()).isEqualTo(2.0);
        assertThat(monday.overAllocation()).isEqualTo(DAY);
        LoadPeriod tuesday = dana.periods().get(1);
        assertThat(tuesday.demand()).isEqualTo(DAY);
        assertThat(tuesday.overAllocated()).isFalse();
        assertThat(dana.peakUnits()).isEqualTo(2.0);
        assertThat(dana.overAllocated()).isTrue();
    }

    @Test
    void aResourceIsHeldOnlyWhileItsCalendarWorksAndAWeekRunsFromMonday() {
        WorkCalendar away = RandomPlans.withHoliday("away", LocalDate.of(2025, 1, 8), LocalDate.of(2025, 1, 8));
        Plan plan = Plan.builder(MONDAY.plusDays(1)).addCalendar(WorkCalendar.standard("standard")).addCalendar(away)
                .addTask(Task.builder("A").duration(4 * DAY).build())
                .addTask(Task.builder("B").duration(DAY).predecessor(Link.fs("A")).build())
                .addResource(Resource.work("LI", 1).withCalendar("away"))
                .addAssignment(new Assignment("A", "LI", 0.5)).addAssignment(new Assignment("B", "LI", 1))
                .build();

        ResourceLoad li = ResourceHistogram.of(plan, Scheduler.schedule(plan), ResourceHistogram.Bucket.WEEK).resource("LI");

        assertThat(li.periods()).hasSize(2);
        LoadPeriod first = li.periods().get(0);
        assertThat(first.from()).isEqualTo(MONDAY.toLocalDate().atStartOfDay());
        assertThat(first.demand()).isEqualTo(1.5 * DAY);
        assertThat(first.capacity()).isEqualTo(4 * DAY);
        assertThat(first.overAllocated()).isFalse();
        LoadPeriod second = li.periods().get(1);
        assertThat(second.from()).isEqualTo(LocalDate.of(2025, 1, 13).atStartOfDay());
        assertThat(second.demand()).isEqualTo(DAY);
        assertThat(second.capacity()).isEqualTo(5 * DAY);
    }

    @Test
    void tenthsOfAPersonAddUpExactlyAndMaterialHasNoCapacity() {
        Plan plan = Plan.builder(MONDAY)
                .addTask(Task.builder("A").duration(DAY).build()).addTask(Task.builder("B").duration(DAY).build())
                .addTask(Task.builder("C").duration(DAY).build())
                .addResource(Resource.work("SOFIA", 1)).addResource(Resource.material("CABLE"))
                .addAssignment(new Assignment("A", "SOFIA", 0.1)).addAssignment(new Assignment("B", "SOFIA", 0.2))
                .addAssignment(new Assignment("C", "SOFIA", 0.7)).addAssignment(new Assignment("A", "CABLE", 40))
                .build();

        ResourceHistogram h = ResourceHistogram.of(plan, Scheduler.schedule(plan), ResourceHistogram.Bucket.MONTH);

        assertThat(h.resource("SOFIA").overAllocated()).isFalse();
        assertThat(h.resource("SOFIA").peakUnits()).isEqualTo(1.0);
        LoadPeriod cable = h.resource("CABLE").periods().get(0);
        assertThat(cable.from()).isEqualTo(LocalDate.of(2025, 1, 1).atStartOfDay());
        assertThat(cable.peakUnits()).isEqualTo(40.0);
        assertThat(cable.capacity()).isZero();
        assertThat(cable.overAllocated()).isFalse();
        assertThat(h.resources()).extracting(l -> l.resource().id()).containsExactly("SOFIA", "CABLE");
    }
}

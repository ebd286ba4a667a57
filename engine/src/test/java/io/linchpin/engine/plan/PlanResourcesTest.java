package io.linchpin.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanResourcesTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 8, 0);

    private static Plan.Builder twoTasksUnderASummary() {
        return Plan.builder(START)
                .addTask(Task.builder("S").build())
                .addTask(Task.builder("A").parent("S").duration(480).build())
                .addTask(Task.builder("B").duration(480).build());
    }

    @Test
    void resourcesAssignmentsAndProjectsAreKeptAndCopied() {
        CostRate rate = new CostRate(new BigDecimal("85.00"), Currency.getInstance("EUR"), CostRate.Per.HOUR);
        Plan plan = twoTasksUnderASummary()
                .addResource(Resource.work("ELEC", 3).withName("Electricians").withRate(rate))
                .addAssignment(new Assignment("A", "ELEC", 2))
                .addProject(new Project("P", "Plant", 800, List.of("S")))
                .build();

        Plan copy = plan.toBuilder().build();

        assertThat(copy.resource("ELEC").rate()).isEqualTo(rate);
        assertThat(copy.assignments()).containsExactly(new Assignment("A", "ELEC", 2));
        assertThat(copy.projects()).containsExactly(new Project("P", "Plant", 800, List.of("S")));
        assertThat(copy.resource("NONE")).isNull();
    }

    @Test
    void everyResourceProblemIsListedAtOnce() {
        Plan.Builder b = twoTasksUnderASummary()
                .addResource(Resource.work("ELEC", 3)).addResource(Resource.material("ELEC"))
                .addResource(Resource.work("CREW", 2).withCalendar("nights"))
                .addAssignment(new Assignment("S", "ELEC", 1)).addAssignment(new Assignment("Z", "ELEC", 1))
                .addAssignment(new Assignment("B", "DANA", 1))
                .addAssignment(new Assignment("B", "CREW", 1)).addAssignment(new Assignment("B", "CREW", 1))
                .addProject(new Project("P", null, 500, List.of("S"))).addProject(new Project("Q", null, 500, List.of("A", "X")));

        assertThatThrownBy(b::build).isInstanceOf(InvalidPlanException.class)
                .satisfies(e -> assertThat(((InvalidPlanException) e).problems()).containsExactlyInAnyOrder(
                        "resource id 'ELEC' is used twice",
                        "resource CREW: calendar 'nights' is not defined",
                        "task S is a summary: assign ELEC to the tasks below it",
                        "an assignment of ELEC names task 'Z', which does not exist",
                        "task B: resource 'DANA' does not exist",
                        "task B has resource CREW assigned twice",
                        "project Q names task 'X', which does not exist",
                        "task A belongs to project Q and, through summary S, to project P"));
    }

    @Test
    void badValuesAreRefusedWhereTheyAreMade() {
        assertThatThrownBy(() -> Resource.work("R", -1)).hasMessageContaining("max units");
        assertThatThrownBy(() -> new Assignment("A", "R", 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> Task.builder("A").priority(1001)).hasMessageContaining("from 0 to 1000");
        assertThatThrownBy(() -> new CostRate(new BigDecimal("-1"), Currency.getInstance("EUR"), CostRate.Per.HOUR))
                .hasMessageContaining("must not be negative");
    }
}

package io.linchpin.engine.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.leveling.Cases;
import io.linchpin.engine.plan.Plan;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random plans ({@link RandomPlans}), each from its own seed, leveled and checked independently. */
class PlanLevelerPropertiesTest {

    @Test
    void everyLeveledPlanKeepsItsLinksConstraintsActualsAndCapacities() {
        Cases.check(200, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            Plan plan = RandomPlans.generate(random, 2 + random.nextInt(16));
            PlanLevelingOptions options = PlanLevelingOptions.defaults().withSeed(seed).withMaxSchedules(300)
                    .withinFloat(random.nextInt(4) == 0).withKeepStarted(random.nextInt(4) > 0);

            LeveledPlan l = PlanLeveler.level(plan, options);

            assertThat(LeveledPlanChecker.brokenLinks(plan, l.unleveled())).as("the checker on the unleveled plan").isEmpty();
            assertThat(LeveledPlanChecker.violations(l, options)).isEmpty();
            assertThat(l.tasks()).allSatisfy(t -> assertThat(t.levelingDelayMinutes()).as(t.id()).isNotNegative());
        });
    }

    /** The histogram agrees with the minute-by-minute checker: no over-allocation where the leveler resolved every conflict. */
    @Test
    void theHistogramOfALeveledPlanShowsNoOverAllocationWhereEveryConflictWasResolved() {
        Cases.check(40, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            Plan plan = RandomPlans.generate(random, 2 + random.nextInt(12));
            PlanLevelingOptions options = PlanLevelingOptions.defaults().withSeed(seed).withMaxSchedules(200);

            LeveledPlan l = PlanLeveler.level(plan, options);

            boolean untouchable = plan.tasks().stream().anyMatch(t -> t.actualStart() != null || t.priority() == 1000);
            if (l.unresolvedTasks().isEmpty() && !untouchable) {
                for (ResourceHistogram.Bucket bucket : ResourceHistogram.Bucket.values()) {
                    assertThat(ResourceHistogram.of(plan, l.leveled(), bucket).resources()).as(bucket.name())
                            .noneMatch(ResourceLoad::overAllocated);
                }
            }
        });
    }
}

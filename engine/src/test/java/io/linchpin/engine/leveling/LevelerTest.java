package io.linchpin.engine.leveling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LevelerTest {

    private static final LevelingOptions OPTIONS = LevelingOptions.defaults().withMaxSchedules(2_000);

    private static LevelingResult levelAndCheck(LevelingProblem p, LevelingOptions o) {
        LevelingResult r = Leveler.level(p, o);
        assertThat(ScheduleChecker.violations(p, o, r)).isEmpty();
        return r;
    }

    @Test
    void twoActivitiesOnOneCrewRunOneAfterTheOther() {
        LevelingProblem p = LevelingProblem.builder(2, 1)
                .duration(0, 3).duration(1, 2)
                .capacity(0, 1).demand(0, 0, 1).demand(1, 0, 1)
                .build();

        LevelingResult r = levelAndCheck(p, OPTIONS);

        assertThat(r.makespan()).isEqualTo(5);
        assertThat(r.criticalPathLength()).isEqualTo(3);
        assertThat(Math.min(r.start(0), r.start(1))).isZero();
    }

    /** The example of the package documentation. */
    @Test
    void theCablesGoFirstBecauseTheirSuccessorCanRunBesideTheTrays() {
        LevelingProblem p = LevelingProblem.builder(3, 1)
                .activityName(0, "Pull cable").duration(0, 3).demand(0, 0, 2)
                .activityName(1, "Fit trays").duration(1, 2).demand(1, 0, 1)
                .activityName(2, "Terminate").duration(2, 1).link(0, 2)
                .resourceName(0, "Electricians").capacity(0, 2)
                .build();

        LevelingResult r = levelAndCheck(p, LevelingOptions.defaults().withTimeLimit(Duration.ofSeconds(1)));

        assertThat(r.starts()).containsExactly(0, 3, 3);
        assertThat(r.levelingDelay(1)).isEqualTo(3);
        assertThat(r.makespan()).isEqualTo(5);
    }

    @Test
    void withoutResourceConflictsTheScheduleIsTheCriticalPath() {
        LevelingProblem p = LevelingProblem.builder(3, 1)
                .duration(0, 2).duration(1, 4).duration(2, 1)
                .link(0, 1, 3).link(1, 2)
                .capacity(0, 10).demand(0, 0, 5).demand(1, 0, 5).demand(2, 0, 5)
                .build();

        LevelingResult r = levelAndCheck(p, OPTIONS);

        assertThat(r.starts()).containsExactly(0, 5, 9);
        assertThat(r.makespan()).isEqualTo(10).isEqualTo(r.criticalPathLength());
        assertThat(r.levelingDelay(2)).isZero();
    }

    /** B and D share the one unit of resource 1, so 4 + 3 = 7 periods is a lower bound; it is reached. */
    @Test
    void reachesTheResourceLowerBound() {
        LevelingProblem p = LevelingProblem.builder(4, 2)
                .activityName(0, "A").activityName(1, "B").activityName(2, "C").activityName(3, "D")
                .duration(0, 2).duration(1, 4).duration(2, 4).duration(3, 3)
                .capacity(0, 2).capacity(1, 1)
                .demand(0, 0, 2).demand(1, 0, 1).demand(2, 0, 1).demand(3, 1, 1).demand(1, 1, 1)
                .link(0, 2)
                .build();

        LevelingResult r = levelAndCheck(p, OPTIONS);

        assertThat(r.makespan()).isEqualTo(7);
    }

    @Test
    void respectsReleaseTimesAndProjectReleases() {
        LevelingProblem p = LevelingProblem.builder(3, 1)
                .duration(0, 2).duration(1, 2).duration(2, 2)
                .release(0, 4)
                .project(2, 1).project(1, "later", 500, 7)
                .capacity(0, 1).demand(0, 0, 1).demand(1, 0, 1).demand(2, 0, 1)
                .build();

        LevelingResult r = levelAndCheck(p, OPTIONS);

        assertThat(r.start(0)).isGreaterThanOrEqualTo(4);
        assertThat(r.start(2)).isGreaterThanOrEqualTo(7);
        assertThat(r.makespan()).isEqualTo(9);
    }

    @Test
    void fixedActivitiesStayAndOthersGoAroundThem() {
        LevelingProblem p = LevelingProblem.builder(3, 1)
                .duration(0, 3).duration(1, 2).duration(2, 2)
                .fix(0, 2).link(0, 2, 1)
                .capacity(0, 1).demand(0, 0, 1).demand(1, 0, 1).demand(2, 0, 1)
                .build();

        LevelingResult r = levelAndCheck(p, OPTIONS);

        assertThat(r.start(0)).isEqualTo(2);
        assertThat(r.start(1)).isZero();
        assertThat(r.start(2)).isEqualTo(6);
    }

    @Test
    void anOverAllocationAmongFixedActivitiesIsLeftAsRecorded() {
        LevelingProblem p = LevelingProblem.builder(3, 1)
                .duration(0, 3).duration(1, 3).duration(2, 1)
                .fix(0, 0).fix(1, 1)
                .capacity(0, 1).demand(0, 0, 1).demand(1, 0, 1).demand(2, 0, 1)
                .build();

        LevelingResult r = levelAndCheck(p, OPTIONS);

        assertThat(r.starts()).containsExactly(0, 1, 4);
    }

    @Test
    void anEmptyPlanHasNothingToLevel() {
        LevelingResult r = levelAndCheck(LevelingProblem.builder(0, 0).build(), OPTIONS);

        assertThat(r.makespan()).isZero();
        assertThat(r.starts()).isEmpty();
    }

    @Test
    void fixedActivitiesMoveWhenTheOptionSaysSo() {
        LevelingProblem p = LevelingProblem.builder(2, 1)
                .duration(0, 3).duration(1, 2).fix(0, 5)
                .capacity(0, 1).demand(0, 0, 1).demand(1, 0, 1)
                .build();
        LevelingOptions o = OPTIONS.withKeepFixed(false);

        LevelingResult r = levelAndCheck(p, o);

        assertThat(r.makespan()).isEqualTo(5);
    }

    @Test
    void withinFloatLeavesWhatCannotBeLeveledAtItsEarlyStartAndSaysSo() {
        LevelingProblem p = LevelingProblem.builder(2, 1)
                .activityName(0, "pour").activityName(1, "wire")
                .duration(0, 3).duration(1, 3)
                .capacity(0, 1).demand(0, 0, 1).demand(1, 0, 1)
                .build();
        LevelingOptions o = OPTIONS.withinFloat(new int[] {4, 4});

        LevelingResult r = levelAndCheck(p, o);

        assertThat(r.unresolvedActivities()).hasSize(1);
        int left = r.unresolvedActivities()[0];
        assertThat(r.start(left)).isZero();
        assertThat(r.start(1 - left)).isZero();
    }

    @Test
    void withinFloatDelaysWhereTheFloatAllows() {
        LevelingProblem p = LevelingProblem.builder(2, 1)
                .duration(0, 3).duration(1, 3)
                .capacity(0, 1).demand(0, 0, 1).demand(1, 0, 1)
                .build();
        LevelingOptions o = OPTIONS.withinFloat(new int[] {3, 8});

        LevelingResult r = levelAndCheck(p, o);

        assertThat(r.unresolvedActivities()).isEmpty();
        assertThat(r.starts()).containsExactly(0, 3);
    }

    @Test
    void aLeadLetsTheSuccessorStartBeforeThePredecessorFinishes() {
        LevelingProblem p = LevelingProblem.builder(3, 1)
                .duration(0, 5).duration(1, 3).duration(2, 2)
                .link(0, 1, -2).link(1, 2)
                .capacity(0, 2).demand(0, 0, 1).demand(1, 0, 1).demand(2, 0, 2)
                .build();

        LevelingResult r = levelAndCheck(p, OPTIONS);

        assertThat(r.start(1)).isEqualTo(3);
        assertThat(r.makespan()).isEqualTo(8);
    }

    @Test
    void higherPriorityProjectFinishesFirstWhenTheTotalIsTheSame() {
        LevelingProblem.Builder b = LevelingProblem.builder(4, 1).capacity(0, 1)
                .project(0, "low", 100, 0).project(1, "high", 900, 0);
        for (int a = 0; a < 4; a++) {
            b.duration(a, 2).demand(a, 0, 1).project(a, a / 2);
        }
        LevelingProblem p = b.link(0, 1).link(2, 3).build();

        LevelingResult r = levelAndCheck(p, OPTIONS);

        assertThat(r.makespan()).isEqualTo(8);
        assertThat(r.projectFinish(1)).isEqualTo(4);
        assertThat(r.projectFinish(0)).isEqualTo(8);
        assertThat(r.averageProjectDelay()).isEqualTo(2.0);
    }

    @Test
    void higherPriorityActivityGoesFirstAmongEquals() {
        LevelingProblem p = LevelingProblem.builder(3, 1).capacity(0, 1)
                .duration(0, 2).duration(1, 2).duration(2, 2)
                .demand(0, 0, 1).demand(1, 0, 1).demand(2, 0, 1)
                .priority(2, 1000).priority(0, 0)
                .build();

        LevelingResult r = levelAndCheck(p, OPTIONS);

        assertThat(r.starts()).containsExactly(4, 2, 0);
    }

    @Test
    void aDemandAboveCapacityIsAnErrorNamingTheActivityAndTheResource() {
        LevelingProblem.Builder b = LevelingProblem.builder(2, 2)
                .activityName(1, "Install racks").resourceName(1, "Electricians")
                .duration(0, 1).duration(1, 4).capacity(0, 5).capacity(1, 3).demand(1, 1, 4);

        assertThatThrownBy(b::build).isInstanceOf(UnschedulableDemandException.class)
                .hasMessageContaining("Install racks").hasMessageContaining("Electricians")
                .hasMessageContaining("4").hasMessageContaining("3")
                .satisfies(e -> {
                    assertThat(((UnschedulableDemandException) e).activity()).isEqualTo(1);
                    assertThat(((UnschedulableDemandException) e).resource()).isEqualTo(1);
                });
    }

    @Test
    void aCycleIsAnErrorNamingTheActivitiesOnIt() {
        LevelingProblem.Builder b = LevelingProblem.builder(4, 0)
                .activityName(0, "A").activityName(1, "B").activityName(2, "C").activityName(3, "D")
                .link(0, 1).link(1, 2).link(2, 3).link(3, 1);

        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle").hasMessageContaining("B -> C -> D -> B")
                .hasMessageNotContaining("A ");
    }

    @Test
    void negativeValuesAreRejectedWithTheirActivityEvenWhenNamedLater() {
        LevelingProblem.Builder b = LevelingProblem.builder(2, 1).duration(1, -2).capacity(0, -1)
                .activityName(1, "Survey").resourceName(0, "Crane");

        assertThatThrownBy(b::build).hasMessageContaining("Survey has a negative duration (-2)")
                .hasMessageContaining("Crane has a negative capacity (-1)");
    }

    @Test
    void aValueCorrectedBeforeBuildingIsAccepted() {
        LevelingProblem p = LevelingProblem.builder(1, 0).duration(0, -2).duration(0, 2).build();

        assertThat(p.duration(0)).isEqualTo(2);
    }

    @Test
    void aLatestFinishPerActivityIsRequired() {
        LevelingProblem p = LevelingProblem.builder(2, 0).build();

        assertThatThrownBy(() -> Leveler.level(p, OPTIONS.withinFloat(new int[] {1})))
                .hasMessageContaining("1 entries").hasMessageContaining("2 activities");
    }

    @Test
    void theSameSeedGivesTheSameScheduleAndTheScheduleBudgetIsKept() {
        LevelingProblem p = RandomProblems.generate(30, 3, 42);
        LevelingOptions o = LevelingOptions.defaults().withMaxSchedules(800).withSeed(9);

        LevelingResult first = levelAndCheck(p, o);
        LevelingResult second = Leveler.level(p, o);

        assertThat(second.starts()).containsExactly(first.starts());
        assertThat(first.schedulesEvaluated()).isLessThanOrEqualTo(800).isGreaterThan(700);
    }

    @Test
    void aTimeBudgetAloneStopsTheSearchWhenTheBoundIsNotReached() {
        LevelingProblem p = RandomProblems.generate(60, 4, 7);
        LevelingOptions o = LevelingOptions.defaults().withTimeLimit(Duration.ofMillis(50));

        LevelingResult r = levelAndCheck(p, o);

        assertThat(r.makespan()).isGreaterThan(r.criticalPathLength());
        assertThat(r.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(r.schedulesEvaluated()).isPositive().isLessThan(Long.MAX_VALUE);
    }

    @Test
    void improvementNeverLosesToTheBestSinglePass() {
        LevelingProblem p = RandomProblems.generate(40, 4, 3);
        int bestRule = Integer.MAX_VALUE;
        for (GenerationScheme scheme : GenerationScheme.values()) {
            for (PriorityRule rule : PriorityRule.values()) {
                LevelingResult single = Leveler.level(p, OPTIONS, scheme, rule);
                assertThat(ScheduleChecker.violations(p, OPTIONS, single)).isEmpty();
                assertThat(single.schedulesEvaluated()).isEqualTo(1);
                bestRule = Math.min(bestRule, single.makespan());
            }
        }

        LevelingResult improved = levelAndCheck(p, OPTIONS);

        assertThat(improved.makespan()).isLessThanOrEqualTo(bestRule);
    }

    @ParameterizedTest
    @EnumSource(GenerationScheme.class)
    void singlePassesHonourFixedActivitiesAndFloatLimits(GenerationScheme scheme) {
        LevelingProblem p = LevelingProblem.builder(4, 1)
                .duration(0, 2).duration(1, 2).duration(2, 2).duration(3, 2)
                .fix(3, 1).link(0, 1)
                .capacity(0, 1).demand(0, 0, 1).demand(1, 0, 1).demand(2, 0, 1).demand(3, 0, 1)
                .build();
        LevelingOptions o = OPTIONS.withinFloat(new int[] {20, 20, 3, 20});

        LevelingResult r = Leveler.level(p, o, scheme, PriorityRule.LFT);

        assertThat(ScheduleChecker.violations(p, o, r)).isEmpty();
        assertThat(r.start(3)).isEqualTo(1);
        assertThat(r.unresolvedActivities()).containsExactly(2);
    }
}

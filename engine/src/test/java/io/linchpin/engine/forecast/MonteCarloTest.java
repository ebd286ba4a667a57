package io.linchpin.engine.forecast;

import static io.linchpin.engine.forecast.TestPlans.DAY;
import static io.linchpin.engine.forecast.TestPlans.MONDAY;
import static io.linchpin.engine.forecast.TestPlans.days;
import static io.linchpin.engine.forecast.TestPlans.options;
import static io.linchpin.engine.forecast.TestPlans.plan;
import static io.linchpin.engine.forecast.TestPlans.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.InvalidPlanException;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Scheduler;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    private static final Plan NETWORK = plan(task("A", 3), task("B", 2, "A"), task("C", 4, "A"), task("D", 1, "B", "C"),
            task("E", 6), Task.builder("M").milestone(true).deadline(MONDAY.plusDays(9).withHour(17))
                    .predecessor(Link.fs("D")).predecessor(Link.fs("E")).build());

    private static final RiskModel RISKS = RiskModel.builder()
            .uncertainty(new Uncertainty(0.8, 1, 1.5, Distribution.PERT))
            .estimate("C", days(2, 4, 9, Distribution.LOGNORMAL))
            .estimate("E", days(4, 6, 7, Distribution.NORMAL))
            .risk(new RiskEvent("R1", 0.25, List.of(new RiskImpact("B", days(1, 2, 4, Distribution.TRIANGULAR)))))
            .correlation(new RankCorrelation(List.of("A", "D"), 0.7)).build();

    /** Everything a forecast reports, as one comparable value. */
    private static List<Object> fingerprint(Forecast f) {
        Function<FinishDistribution, List<Object>> d = x -> List.of(x.mean(), x.meanWorkingDays(), x.stdevWorkingDays(),
                x.cumulative(), x.histogram(), x.binWorkingDays());
        return List.of(d.apply(f.finish()), f.milestones().stream().map(m -> List.of(m.probabilityOnTime(), d.apply(m.finish()))).toList(),
                f.tasks());
    }

    @Test
    void theSameSeedGivesTheSameForecastOnAnyNumberOfThreads() {
        MonteCarlo mc = MonteCarlo.prepare(NETWORK, RISKS);
        SimulationOptions options = new SimulationOptions(3001, 99, 1);
        List<Object> one = fingerprint(mc.run(options));
        assertThat(fingerprint(mc.run(options.withThreads(3)))).isEqualTo(one);
        assertThat(fingerprint(mc.run(options.withThreads(8)))).isEqualTo(one);
        assertThat(fingerprint(mc.run(options.withSeed(100)))).isNotEqualTo(one);
    }

    @Test
    void withoutUncertaintyEveryIterationIsTheDeterministicSchedule() {
        Forecast f = MonteCarlo.simulate(NETWORK, RiskModel.NONE, options(50));
        assertThat(f.finish().deterministic()).isEqualTo(Scheduler.schedule(NETWORK).finish()).isEqualTo(MONDAY.plusDays(9).withHour(17));
        assertThat(f.finish().cumulative()).allSatisfy(p -> assertThat(p.date()).isEqualTo(f.finish().deterministic()));
        assertThat(f.finish().mean()).isEqualTo(f.finish().deterministic());
        assertThat(f.finish().stdevWorkingDays()).isZero();
        assertThat(f.finish().percentile(50).workingDays()).isEqualTo(8.0);
        assertThat(f.finish().histogram()).containsExactly(new HistogramBin(8.0, 50));
        assertThat(f.milestones()).singleElement().satisfies(m -> {
            assertThat(m.probabilityOnTime()).isEqualTo(1.0);
            assertThat(m.finish().deterministic()).isEqualTo(MONDAY.plusDays(9).withHour(17));
        });
        assertThat(f.tasks()).extracting(TaskRisk::id, TaskRisk::criticality, TaskRisk::sensitivity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", 1.0, null), org.assertj.core.groups.Tuple.tuple("B", 0.0, null),
                org.assertj.core.groups.Tuple.tuple("C", 1.0, null), org.assertj.core.groups.Tuple.tuple("D", 1.0, null),
                org.assertj.core.groups.Tuple.tuple("E", 0.0, null), org.assertj.core.groups.Tuple.tuple("M", 1.0, null));
    }

    @Test
    void anAsLateAsPossibleMilestoneFollowsTheSimulatedFinishInEveryIteration() {
        // Under MS Project's rules an as-late-as-possible task takes its late dates: the iterations
        // run both passes for it, where a plan without such tasks needs only the forward one.
        Plan plan = plan(task("A", 5), Task.builder("M").milestone(true).constraint(Constraint.of(ConstraintType.ALAP, null)).build());
        RiskModel risks = RiskModel.builder().estimate("A", days(4, 5, 8, Distribution.TRIANGULAR)).build();
        Forecast f = MonteCarlo.simulate(plan, risks, options(2000));
        assertThat(f.finish().percentile(5).workingDays()).isLessThan(5.0);
        assertThat(f.finish().percentile(95).workingDays()).isGreaterThan(6.5);
        assertThat(f.milestones()).singleElement().satisfies(m -> assertThat(m.finish().cumulative()).isEqualTo(f.finish().cumulative()));
    }

    @Test
    void aRiskEventDelaysItsTaskInItsShareOfIterations() {
        int n = 10_000;
        Plan plan = plan(task("A", 10));
        RiskModel risks = RiskModel.builder().risk(new RiskEvent("R1", 0.3, List.of(new RiskImpact("A", Estimate.fixed(5 * DAY))))).build();
        Forecast f = MonteCarlo.simulate(plan, risks, options(n));
        assertThat(f.finish().probabilityBy(MONDAY.plusDays(11).withHour(17))).isCloseTo(0.7, within(4 * Math.sqrt(0.21 / n)));
        assertThat(f.finish().percentile(50).workingDays()).isEqualTo(10.0);
        assertThat(f.finish().percentile(80).workingDays()).isEqualTo(15.0);
        assertThat(f.tasks().get(0).sensitivity()).isEqualTo(1.0);
        assertThat(f.tasks().get(0).criticality()).isEqualTo(1.0);
    }

    @Test
    void aThreePointImpactAddsItsMean() {
        int n = 10_000;
        RiskModel risks = RiskModel.builder()
                .risk(new RiskEvent("R1", 1, List.of(new RiskImpact("A", days(1, 2, 6, Distribution.TRIANGULAR))))).build();
        Forecast f = MonteCarlo.simulate(plan(task("A", 10)), risks, options(n));
        double sd = Math.sqrt((1 + 4 + 36 - 2 - 6 - 12) / 18.0);
        assertThat(f.finish().meanWorkingDays()).isCloseTo(10 + 3, within(4 * sd / Math.sqrt(n) + 1.0 / DAY));
    }

    @Test
    void theDefaultUncertaintyAppliesToTasksWithoutAnEstimateOfTheirOwn() {
        int n = 10_000;
        Plan plan = plan(task("A", 10), task("B", 4, "A"), Task.builder("M").milestone(true).predecessor(Link.fs("B")).build());
        RiskModel risks = RiskModel.builder().uncertainty(new Uncertainty(0.9, 1, 1.3, Distribution.TRIANGULAR))
                .estimate("B", Estimate.fixed(2 * DAY)).build();
        Forecast f = MonteCarlo.simulate(plan, risks, options(n));
        double sd = 10 * Math.sqrt((0.81 + 1 + 1.69 - 0.9 - 1.17 - 1.3) / 18);
        assertThat(f.finish().meanWorkingDays()).isCloseTo(10 * 3.2 / 3 + 2, within(4 * sd / Math.sqrt(n) + 1.0 / DAY));
        assertThat(f.finish().percentile(0).workingDays()).isGreaterThanOrEqualTo(11.0);
        assertThat(f.finish().percentile(100).workingDays()).isLessThanOrEqualTo(15.0);
        assertThat(f.tasks()).filteredOn(t -> t.id().equals("B")).singleElement()
                .satisfies(t -> assertThat(t.sensitivity()).isNull());
    }

    @Test
    void aStartedTaskDrawsOnlyTheShareItHasLeft() {
        int n = 10_000;
        Plan plan = Plan.builder(MONDAY).statusDate(MONDAY.plusDays(7)).addTask(Task.builder("A").duration(10 * DAY)
                .actualStart(MONDAY).percentComplete(50).build()).addTask(Task.builder("F").duration(DAY)
                .actualStart(MONDAY).actualFinish(MONDAY.withHour(17)).build()).build();
        RiskModel risks = RiskModel.builder().estimate("A", days(8, 10, 16, Distribution.TRIANGULAR))
                .estimate("F", days(3, 4, 5, Distribution.TRIANGULAR)).build();
        Forecast f = MonteCarlo.simulate(plan, risks, options(n));
        // Half of A is done; the rest takes half of a draw from 8 / 10 / 16 days.
        double sd = 0.5 * Math.sqrt((64 + 100 + 256 - 80 - 128 - 160) / 18.0);
        assertThat(f.finish().meanWorkingDays()).isCloseTo(5 + 0.5 * 34 / 3, within(4 * sd / Math.sqrt(n) + 1.0 / DAY));
        assertThat(f.finish().percentile(0).workingDays()).isGreaterThanOrEqualTo(9.0);
        assertThat(f.tasks()).filteredOn(t -> t.id().equals("F")).singleElement().satisfies(t -> {
            assertThat(t.sensitivity()).isNull();
            assertThat(t.criticality()).isZero();
        });
    }

    @Test
    void theWidestTaskOnTheDrivingPathIsTheMostSensitive() {
        int n = 10_000;
        Plan plan = plan(task("A", 5), task("B", 5, "A"), task("C", 2));
        RiskModel risks = RiskModel.builder().estimate("A", days(3, 5, 12, Distribution.TRIANGULAR))
                .estimate("B", days(4.5, 5, 5.5, Distribution.TRIANGULAR)).estimate("C", days(1, 2, 3, Distribution.UNIFORM)).build();
        Forecast f = MonteCarlo.simulate(plan, risks, options(n));
        TaskRisk a = f.tasks().get(0);
        TaskRisk b = f.tasks().get(1);
        TaskRisk c = f.tasks().get(2);
        assertThat(a.sensitivity()).isGreaterThan(0.9);
        assertThat(b.sensitivity()).isBetween(0.05, a.sensitivity());
        // C never drives the finish: its rank correlation is zero but for noise of 1 / sqrt(n).
        assertThat(c.sensitivity()).isCloseTo(0, within(4 / Math.sqrt(n - 1)));
        assertThat(c.criticality()).isZero();
    }

    @Test
    void correlatedTasksWidenTheSpreadOfTheirSum() {
        int n = 10_000;
        Plan plan = plan(task("A", 4), task("B", 4, "A"));
        RiskModel.Builder independent = RiskModel.builder().estimate("A", days(2, 4, 6, Distribution.TRIANGULAR))
                .estimate("B", days(2, 4, 6, Distribution.TRIANGULAR));
        double alone = MonteCarlo.simulate(plan, independent.build(), options(n)).finish().stdevWorkingDays();
        double together = MonteCarlo.simulate(plan, independent.correlation(new RankCorrelation(List.of("A", "B"), 0.9)).build(),
                options(n)).finish().stdevWorkingDays();
        // var(A + B) = 2 var (1 + r): the spread grows by sqrt(1.9) for a Pearson correlation near 0.9.
        // Each standard deviation is within 4 / sqrt(2n) = 0.03 of its own; the ratio within 0.05.
        assertThat(together / alone).isCloseTo(Math.sqrt(1.9), within(0.05));
    }

    @Test
    void reportsTasksInPlanOrderWhateverOrderTheNetworkRunsThem() {
        // Listed successor first: the network numbers A before B, the report keeps B, A, M.
        Plan plan = plan(task("B", 2, "A"), task("A", 3), Task.builder("M").milestone(true).deadline(MONDAY.plusDays(4).withHour(17))
                .predecessor(Link.fs("B")).build(), task("C", 1));
        RiskModel risks = RiskModel.builder().estimate("A", days(1, 3, 8, Distribution.UNIFORM)).build();
        Forecast f = MonteCarlo.simulate(plan, risks, options(2000));
        assertThat(f.tasks()).extracting(TaskRisk::id).containsExactly("B", "A", "M", "C");
        assertThat(f.tasks().get(0).sensitivity()).isNull();
        assertThat(f.tasks().get(1).sensitivity()).isEqualTo(1.0);
        assertThat(f.tasks().get(3).criticality()).isZero();
        assertThat(f.milestones()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("M");
            // On time when A takes at most 3 of its 1 to 8 days.
            assertThat(m.probabilityOnTime()).isCloseTo(2.0 / 7, within(4 * Math.sqrt(2.0 / 7 * 5 / 7 / 2000)));
        });
    }

    @Test
    void tracksSummariesWithDeadlinesByTheirLastChild() {
        Plan plan = Plan.builder(MONDAY).addTask(Task.builder("S").deadline(MONDAY.plusDays(4).withHour(17)).build())
                .addTask(Task.builder("X").parent("S").duration(2 * DAY).build())
                .addTask(Task.builder("Y").parent("S").duration(4 * DAY).build()).build();
        RiskModel risks = RiskModel.builder().estimate("Y", days(3, 4, 7, Distribution.UNIFORM)).build();
        Forecast f = MonteCarlo.simulate(plan, risks, options(4000));
        MilestoneForecast s = f.milestones().get(0);
        assertThat(s.id()).isEqualTo("S");
        assertThat(s.finish().deterministic()).isEqualTo(MONDAY.plusDays(3).withHour(17));
        assertThat(s.probabilityOnTime()).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / 4000)));
        assertThat(f.tasks()).extracting(TaskRisk::id).containsExactly("X", "Y");
    }

    @Test
    void namesEveryEstimateRiskAndCorrelationThatDoesNotFitThePlan() {
        Plan plan = Plan.builder(MONDAY).addTask(Task.builder("S").build()).addTask(Task.builder("X").parent("S").duration(DAY).build())
                .addTask(Task.builder("M").milestone(true).build()).addTask(task("F", 1)).build();
        RiskModel risks = RiskModel.builder().estimate("nope", days(1, 2, 3, Distribution.PERT))
                .estimate("S", days(1, 2, 3, Distribution.PERT)).estimate("M", days(1, 2, 3, Distribution.PERT))
                .estimate("X", days(1, 2, 3, Distribution.PERT))
                .risk(new RiskEvent("R1", 0.5, List.of(new RiskImpact("ghost", Estimate.fixed(DAY)), new RiskImpact("M", Estimate.fixed(DAY)))))
                .correlation(new RankCorrelation(List.of("X", "F"), 0.5)).build();
        assertThatThrownBy(() -> MonteCarlo.prepare(plan, risks)).isInstanceOfSatisfying(InvalidPlanException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "estimate for task 'nope': no such task",
                        "task S is a summary: its duration comes from its children and takes no estimate",
                        "task M is a milestone: it has no duration to estimate",
                        "rank correlation [X, F]: task F has no estimate with a spread, so there is nothing to correlate",
                        "risk R1: no task 'ghost'",
                        "risk R1: task M is a milestone; name the task it delays"));
    }

    @Test
    void refusesARunWhoseKeptDrawsWouldNotFitInHalfTheHeap() {
        int iterations = SimulationOptions.MAX_ITERATIONS;
        int tasks = (int) (Runtime.getRuntime().maxMemory() / 2 / 4 / iterations) + 1;
        Task[] chain = new Task[tasks];
        for (int k = 0; k < tasks; k++) {
            chain[k] = task("T" + k, 1);
        }
        MonteCarlo mc = MonteCarlo.prepare(plan(chain), RiskModel.builder().uncertainty(new Uncertainty(0.5, 1, 2, Distribution.UNIFORM)).build());
        assertThatThrownBy(() -> mc.run(new SimulationOptions(iterations, 1, 1)))
                .hasMessageContaining("1000000 iterations keep").hasMessageContaining("run fewer iterations or give Java more memory (-Xmx)");
    }

    @Test
    void rejectsARiskModelThatContradictsItself() {
        RiskModel.Builder b = RiskModel.builder()
                .risk(new RiskEvent("R1", 0.5, List.of(new RiskImpact("A", Estimate.fixed(1)))))
                .risk(new RiskEvent("R1", 0.2, List.of(new RiskImpact("B", Estimate.fixed(1)))))
                .correlation(new RankCorrelation(List.of("A", "B"), 0.5)).correlation(new RankCorrelation(List.of("B", "C"), 0.5));
        assertThatThrownBy(b::build).hasMessageContaining("risk id 'R1' is used twice")
                .hasMessageContaining("task B is in two rank correlations, [A, B] and [B, C]");
        assertThatThrownBy(() -> new Estimate(3, 2, 4, Distribution.PERT)).hasMessageContaining("optimistic <= most likely");
        assertThatThrownBy(() -> new RiskEvent("R2", 1.5, List.of())).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new RankCorrelation(List.of("A", "B", "C"), -0.6)).hasMessageContaining("must lie between");
    }
}

package io.linchpin.engine.forecast;

import static io.linchpin.engine.forecast.TestPlans.DAY;
import static io.linchpin.engine.forecast.TestPlans.MONDAY;
import static io.linchpin.engine.forecast.TestPlans.days;
import static io.linchpin.engine.forecast.TestPlans.plan;
import static io.linchpin.engine.forecast.TestPlans.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulation against answers known in closed form. Every tolerance is four standard errors of
 * the estimate at the iteration count used, plus one working minute where durations are drawn to
 * whole minutes; a test fails by chance about once in 16,000 seeds.
 */
class MonteCarloAnalyticTest {

    private static final int N = 20_000;
    private static final double MINUTE = 1.0 / DAY;

    private static Forecast simulate(Plan plan, RiskModel risks) {
        return MonteCarlo.simulate(plan, risks, TestPlans.options(N));
    }

    /** Quantile of the triangular distribution (a, m, b). */
    private static double triangularQuantile(double a, double m, double b, double p) {
        double mode = (m - a) / (b - a);
        return p < mode ? a + Math.sqrt(p * (b - a) * (m - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - m));
    }

    private static double triangularDensity(double a, double m, double b, double x) {
        return x < m ? 2 * (x - a) / ((b - a) * (m - a)) : 2 * (b - x) / ((b - a) * (b - m));
    }

    @ParameterizedTest(name = "P{0}")
    @ValueSource(ints = {5, 10, 20, 50, 80, 90, 95})
    void aSingleTriangularTaskFinishesAtItsQuantiles(int percent) {
        Plan plan = plan(task("A", 3));
        Forecast f = simulate(plan, RiskModel.builder().estimate("A", days(2, 3, 6, Distribution.TRIANGULAR)).build());
        double p = percent / 100.0;
        double expected = triangularQuantile(2, 3, 6, p);
        // Standard error of a sample quantile: sqrt(p (1 - p) / n) / density at the quantile.
        double tolerance = 4 * Math.sqrt(p * (1 - p) / N) / triangularDensity(2, 3, 6, expected) + MINUTE;
        assertThat(f.finish().percentile(percent).workingDays()).isCloseTo(expected, within(tolerance));
    }

    @ParameterizedTest(name = "{0} paths")
    @ValueSource(ints = {1, 2, 4, 6})
    void parallelIdenticalPathsAllFinishByTheMedianWithProbabilityPToTheN(int paths) {
        // Each path is 50 % likely to take at most 4 days; the milestone after them is on time
        // only if all are: 0.5^n.
        List<Task> tasks = new ArrayList<>();
        Task.Builder end = Task.builder("M").milestone(true).deadline(MONDAY.plusDays(3).withHour(17));
        RiskModel.Builder risks = RiskModel.builder();
        for (int k = 0; k < paths; k++) {
            tasks.add(task("P" + k, 4));
            end.predecessor(Link.fs("P" + k));
            risks.estimate("P" + k, days(2, 4, 6, Distribution.TRIANGULAR));
        }
        tasks.add(end.build());
        Forecast f = simulate(plan(tasks.toArray(new Task[0])), risks.build());
        double expected = Math.pow(0.5, paths);
        // A draw of 4 days less half a minute or more still rounds to 4 days: density 0.25 / day.
        double rounding = paths * 0.25 * MINUTE / 2;
        MilestoneForecast m = f.milestones().get(0);
        assertThat(m.id()).isEqualTo("M");
        assertThat(m.probabilityOnTime()).isCloseTo(expected, within(4 * Math.sqrt(expected * (1 - expected) / N) + rounding));
        for (TaskRisk t : f.tasks()) {
            if (!t.id().equals("M")) {
                // Each path is the longest in 1 / n of the iterations (ties to the minute are rare and count for both).
                assertThat(t.criticality()).isCloseTo(1.0 / paths, within(4 * Math.sqrt((1.0 / paths) * (1 - 1.0 / paths) / N) + 0.01));
            }
        }
    }

    @Test
    void aLongSerialChainFollowsTheNormalApproximation() {
        // 40 tasks of 1 / 2 / 3 days (triangular, symmetric): mean 80 days, variance 40 / 6.
        int length = 40;
        Task[] chain = new Task[length];
        RiskModel.Builder risks = RiskModel.builder();
        for (int k = 0; k < length; k++) {
            chain[k] = k == 0 ? task("T0", 2) : task("T" + k, 2, "T" + (k - 1));
            risks.estimate("T" + k, days(1, 2, 3, Distribution.TRIANGULAR));
        }
        Forecast f = simulate(plan(chain), risks.build());
        double mean = 80;
        double sd = Math.sqrt(length / 6.0);
        FinishDistribution finish = f.finish();
        assertThat(finish.meanWorkingDays()).isCloseTo(mean, within(4 * sd / Math.sqrt(N) + MINUTE));
        // The sample standard deviation of a near-normal sample has standard error sd / sqrt(2n).
        assertThat(finish.stdevWorkingDays()).isCloseTo(sd, within(4 * sd / Math.sqrt(2.0 * N)));
        // The sum's excess kurtosis is -0.6 / 40; by Cornish-Fisher its quantiles differ from the
        // normal's by less than 0.01 sd, added to the tolerance.
        double[][] points = {{10, -1.2815515655446004}, {50, 0}, {80, 0.8416212335729143}, {95, 1.6448536269514722}};
        for (double[] point : points) {
            double p = point[0] / 100;
            double z = point[1];
            double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) / sd;
            double tolerance = 4 * Math.sqrt(p * (1 - p) / N) / density + 0.01 * sd + length * MINUTE;
            assertThat(finish.percentile((int) point[0]).workingDays()).as("P%s", (int) point[0])
                    .isCloseTo(mean + z * sd, within(tolerance));
        }
    }

    @Test
    void aPertNetworkWithOneDominantPathHasTheSumOfThePertMeans() {
        // A -> B -> C can never take less than 6 days; D, beside them, never more than 2.
        Plan plan = plan(task("A", 3), task("B", 2, "A"), task("C", 5, "B"), task("D", 1.5),
                Task.builder("End").milestone(true).predecessor(Link.fs("C")).predecessor(Link.fs("D")).build());
        RiskModel risks = RiskModel.builder()
                .estimate("A", days(2, 3, 6, Distribution.PERT))
                .estimate("B", days(1, 2, 4, Distribution.PERT))
                .estimate("C", days(3, 5, 10, Distribution.PERT))
                .estimate("D", days(1, 1.5, 2, Distribution.PERT)).build();
        Forecast f = simulate(plan, risks);
        double mean = (2 + 12 + 6) / 6.0 + (1 + 8 + 4) / 6.0 + (3 + 20 + 10) / 6.0;
        // PERT-beta variance: (mean - a)(b - mean) / 7, summed along the path.
        double variance = (10 / 3.0 - 2) * (6 - 10 / 3.0) / 7 + (13 / 6.0 - 1) * (4 - 13 / 6.0) / 7 + (5.5 - 3) * (10 - 5.5) / 7;
        assertThat(mean).isEqualTo(11.0);
        assertThat(f.finish().meanWorkingDays()).isCloseTo(mean, within(4 * Math.sqrt(variance / N) + 3 * MINUTE));
        assertThat(f.finish().stdevWorkingDays()).isCloseTo(Math.sqrt(variance), within(4 * Math.sqrt(variance / (2.0 * N)) * 1.5));
        assertThat(f.tasks()).filteredOn(t -> "ABC".contains(t.id())).allSatisfy(t -> assertThat(t.criticality()).isEqualTo(1.0));
        assertThat(f.tasks()).filteredOn(t -> t.id().equals("D")).singleElement().satisfies(t -> assertThat(t.criticality()).isZero());
    }

    @Test
    void twoParallelPertTasksFinishLaterOnAverageThanEither() {
        // PERT 2 / 3 / 6 is 2 + 4 Beta(2, 4); the later of two finishes has mean
        // b - (b - a) * integral of I_x(2, 4)² dx, with I_x(2, 4) = 1 - (1 - x)^4 (1 + 4x).
        Plan plan = plan(task("A", 3), task("B", 3), Task.builder("M").milestone(true)
                .predecessor(Link.fs("A")).predecessor(Link.fs("B")).build());
        RiskModel risks = RiskModel.builder().estimate("A", days(2, 3, 6, Distribution.PERT))
                .estimate("B", days(2, 3, 6, Distribution.PERT)).build();
        int steps = 100_000;
        double integral = 0;
        for (int k = 0; k <= steps; k++) {
            double x = (double) k / steps;
            double cdf = 1 - Math.pow(1 - x, 4) * (1 + 4 * x);
            double weight = k == 0 || k == steps ? 1 : k % 2 == 1 ? 4 : 2;
            integral += weight * cdf * cdf;
        }
        integral /= 3.0 * steps;
        double expected = 6 - 4 * integral;
        Forecast f = simulate(plan, risks);
        assertThat(expected).isGreaterThan(10 / 3.0 + 0.3);
        // The later of two has a smaller variance than one task's, 32 / 63: a safe bound.
        assertThat(f.finish().meanWorkingDays()).isCloseTo(expected, within(4 * Math.sqrt(32.0 / 63 / N) + MINUTE));
        assertThat(f.finish().deterministic()).isEqualTo(MONDAY.plusDays(2).withHour(17));
    }
}

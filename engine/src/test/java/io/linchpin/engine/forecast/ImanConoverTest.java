package io.linchpin.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImanConoverTest {

    private static double[][] samples(int columns, int rows, SplittableRandom rng) {
        Draw draw = Draw.of(new Estimate(2, 3, 9, Distribution.TRIANGULAR));
        double[][] out = new double[columns][rows];
        for (double[] column : out) {
            for (int r = 0; r < rows; r++) {
                column[r] = draw.next(rng);
            }
        }
        return out;
    }

    private static double rankCorrelation(double[] a, double[] b) {
        int[] x = new int[a.length];
        int[] y = new int[b.length];
        for (int i = 0; i < a.length; i++) {
            x[i] = (int) Math.round(a[i] * 1e6);
            y[i] = (int) Math.round(b[i] * 1e6);
        }
        return Spearman.correlation(x, Spearman.doubledRanks(y), new Spearman.Ranker());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.8, 0.3, -0.4})
    void inducesTheRankCorrelationAndKeepsEverySamplesValues(double target) {
        SplittableRandom rng = new SplittableRandom(5);
        int rows = 2000;
        double[][] columns = samples(3, rows, rng);
        double[][] before = new double[3][];
        for (int j = 0; j < 3; j++) {
            before[j] = columns[j].clone();
            Arrays.sort(before[j]);
        }
        ImanConover.correlate(columns, ImanConover.equicorrelationFactor(3, new RankCorrelation(
                java.util.List.of("A", "B", "C"), target).scoreCorrelation()), rng);
        for (int j = 0; j < 3; j++) {
            double[] after = columns[j].clone();
            Arrays.sort(after);
            assertThat(after).containsExactly(before[j]);
        }
        // The scores' correlation is exact; their rank correlation deviates by about 1 / sqrt(rows).
        double tolerance = 4 / Math.sqrt(rows);
        assertThat(rankCorrelation(columns[0], columns[1])).isCloseTo(target, within(tolerance));
        assertThat(rankCorrelation(columns[0], columns[2])).isCloseTo(target, within(tolerance));
        assertThat(rankCorrelation(columns[1], columns[2])).isCloseTo(target, within(tolerance));
    }

    @Test
    void leavesABlockWithTooFewRowsAsItIs() {
        SplittableRandom rng = new SplittableRandom(5);
        double[][] columns = samples(3, 3, rng);
        double[][] copy = {columns[0].clone(), columns[1].clone(), columns[2].clone()};
        ImanConover.correlate(columns, ImanConover.equicorrelationFactor(3, 0.5), rng);
        assertThat(columns).isDeepEqualTo(copy);
    }
}

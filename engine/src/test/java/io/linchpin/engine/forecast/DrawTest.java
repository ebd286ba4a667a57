package io.linchpin.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sample moments against the analytic ones. Tolerances are four standard errors: for the mean
 * sigma / sqrt(n), for the variance sigma² sqrt((kurtosis - 1) / n), with kurtosis taken as 6,
 * above that of every distribution here.
 */
class DrawTest {

    private static final int N = 200_000;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // distribution, mean, variance of the estimate 2 / 3 / 6
        "TRIANGULAR, 3.6666666666666667, 0.7222222222222222",
        "PERT,       3.3333333333333333, 0.5079365079365079",
        "UNIFORM,    4.0,                1.3333333333333333",
        "NORMAL,     3.3333333333333333, 0.4444444444444444",
        "LOGNORMAL,  3.3333333333333333, 0.4444444444444444"})
    void drawsWithTheAnalyticMeanAndVariance(Distribution distribution, double mean, double variance) {
        Draw draw = Draw.of(new Estimate(2, 3, 6, distribution));
        SplittableRandom rng = new SplittableRandom(7);
        double sum = 0;
        double squares = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < N; i++) {
            double x = draw.next(rng);
            sum += x;
            squares += x * x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double m = sum / N;
        double v = (squares - N * m * m) / (N - 1);
        assertThat(m).isCloseTo(mean, within(4 * Math.sqrt(variance / N)));
        assertThat(v).isCloseTo(variance, within(4 * variance * Math.sqrt(5.0 / N)));
        assertThat(min).isGreaterThanOrEqualTo(distribution == Distribution.NORMAL || distribution == Distribution.LOGNORMAL ? 0 : 2);
        if (distribution != Distribution.NORMAL && distribution != Distribution.LOGNORMAL) {
            assertThat(max).isLessThanOrEqualTo(6);
        }
    }

    @Test
    void truncatesTheNormalAtZero() {
        // Mean 1, sigma 1: the normal truncated at zero has mean 1 + phi(1) / Phi(1).
        Draw draw = Draw.of(new Estimate(0, 0, 6, Distribution.NORMAL));
        SplittableRandom rng = new SplittableRandom(11);
        double sum = 0;
        double min = Double.MAX_VALUE;
        for (int i = 0; i < N; i++) {
            double x = draw.next(rng);
            sum += x;
            min = Math.min(min, x);
        }
        double expected = 1 + 0.24197072451914337 / 0.8413447460685429;
        assertThat(min).isGreaterThanOrEqualTo(0);
        assertThat(sum / N).isCloseTo(expected, within(4 * Math.sqrt(0.63 / N)));
    }

    @Test
    void placesTheTriangularModeAtItsShareOfTheRange() {
        Draw draw = Draw.of(new Estimate(2, 3, 6, Distribution.TRIANGULAR));
        SplittableRandom rng = new SplittableRandom(13);
        int below = 0;
        for (int i = 0; i < N; i++) {
            if (draw.next(rng) < 3) {
                below++;
            }
        }
        assertThat((double) below / N).isCloseTo(0.25, within(4 * Math.sqrt(0.25 * 0.75 / N)));
    }

    @Test
    void aDegenerateEstimateIsFixed() {
        Draw draw = Draw.of(new Estimate(5, 5, 5, Distribution.LOGNORMAL));
        assertThat(draw.isFixed()).isTrue();
        assertThat(draw.next(new SplittableRandom(1))).isEqualTo(5.0);
    }
}

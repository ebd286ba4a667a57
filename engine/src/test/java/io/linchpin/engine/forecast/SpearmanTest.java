package io.linchpin.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpearmanTest {

    @Test
    void tiedValuesShareTheMeanOfTheirRanks() {
        // Sorted: 1 (rank 1), 3 3 3 (ranks 2-4, mean 3), 7 (rank 5).
        assertThat(Spearman.doubledRanks(new int[] {3, 7, 1, 3, 3})).containsExactly(6, 10, 2, 6, 6);
    }

    @Test
    void sortsWhenTheRangeIsWideAndCountsWhenItIsNarrowWithTheSameRanks() {
        int[] wide = {5_000_000, -3, 17, 17, 1_000_000_000, 42};
        int[] narrow = {5, 0, 1, 1, 6, 2};
        assertThat(Spearman.doubledRanks(wide)).containsExactly(Spearman.doubledRanks(narrow));
        assertThat(Spearman.doubledRanks(narrow)).containsExactly(10, 2, 5, 5, 12, 8);
    }

    @Test
    void isOneForAMonotoneRelationAndMinusOneForAReversedOne() {
        int[] x = {1, 5, 9, 20, 21};
        int[] rising = Spearman.doubledRanks(new int[] {2, 30, 31, 100, 1000});
        int[] falling = Spearman.doubledRanks(new int[] {9, 8, 7, 6, 5});
        Spearman.Ranker ranker = new Spearman.Ranker();
        assertThat(Spearman.correlation(x, rising, ranker)).isEqualTo(1.0);
        assertThat(Spearman.correlation(x, falling, ranker)).isEqualTo(-1.0);
    }

    @Test
    void matchesTheTextbookFormulaWithoutTies() {
        // rho = 1 - 6 sum d² / (n (n² - 1)); d = rank differences 1, -1, 1, -1, 0 here.
        int[] x = {10, 20, 30, 40, 50};
        int[] y = Spearman.doubledRanks(new int[] {2, 1, 4, 3, 5});
        assertThat(Spearman.correlation(x, y, new Spearman.Ranker())).isCloseTo(1 - 6.0 * 4 / (5 * 24), within(1e-12));
    }

    @Test
    void isUndefinedWhenOneSideNeverChanges() {
        int[] y = Spearman.doubledRanks(new int[] {1, 2, 3});
        assertThat(Spearman.correlation(new int[] {4, 4, 4}, y, new Spearman.Ranker())).isNaN();
    }

    @Test
    void isNearZeroForIndependentSamples() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 10_000;
        int[] x = new int[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextInt(1000);
            y[i] = rng.nextInt(1_000_000_000);
        }
        // Under independence the statistic has standard deviation 1 / sqrt(n - 1).
        assertThat(Spearman.correlation(x, Spearman.doubledRanks(y), new Spearman.Ranker())).isCloseTo(0, within(4 / Math.sqrt(n - 1)));
    }
}

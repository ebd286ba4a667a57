package io.linchpin.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FinishDistributionTest {

    @Test
    void sortsFinishesAsAComparisonSortDoesWhateverTheirSpreadAndNumber() {
        SplittableRandom r = new SplittableRandom(11);
        int[][] shapes = {{5, 100}, {2000, 30}, {2000, 50_000}, {10_000, (1 << 24) - 1}, {10_000, 1 << 24}, {5000, Integer.MAX_VALUE}};
        for (int[] shape : shapes) {
            int n = shape[0];
            int spread = shape[1];
            int base = r.nextInt(-1_000_000, 1_000_000);
            int[] values = new int[n];
            for (int k = 0; k < n; k++) {
                values[k] = (int) (base + r.nextLong(spread));
            }
            int[] before = values.clone();
            int[] expected = values.clone();
            Arrays.sort(expected);
            assertThat(FinishDistribution.sorted(values)).as("%d finishes over %d minutes", n, spread).containsExactly(expected);
            assertThat(values).as("the input is left as it was").containsExactly(before);
        }
    }
}

package io.linchpin.engine.forecast;

import java.util.Arrays;

/**
 * Spearman's rank correlation of whole-number samples: the Pearson correlation of their ranks,
 * tied values sharing the mean of their ranks. Ranks are kept doubled so they stay whole and the
 * sums exact.
 */
final class Spearman {

    private Spearman() {
    }

    /** Twice the (mid-)rank of each value, 2 to 2n. */
    static int[] doubledRanks(int[] values) {
        int[] ranks = new int[values.length];
        new Ranker().rank(values, 0, values.length, (k, doubledRank) -> ranks[k] = doubledRank);
        return ranks;
    }

    /**
     * The rank correlation of {@code values} with the samples whose doubled ranks are given, or
     * {@code NaN} when either side never changes. {@code ranker} holds scratch space; one per thread.
     */
    static double correlation(int[] values, int[] doubledRanks, Ranker ranker) {
        return correlation(values, 0, doubledRanks, ranker);
    }

    /** As {@link #correlation(int[], int[], Ranker)}, for the samples {@code values[from .. from + doubledRanks.length)}. */
    static double correlation(int[] values, int from, int[] doubledRanks, Ranker ranker) {
        int n = doubledRanks.length;
        int[] ranks = ranker.scratch(n);
        ranker.rank(values, from, n, (k, doubledRank) -> ranks[k] = doubledRank);
        // Sums in locals over plain arrays: a simulation correlates thousands of columns of thousands of samples.
        long mean = n + 1L;
        long xy = 0;
        long xx = 0;
        long yy = 0;
        for (int k = 0; k < n; k++) {
            long x = ranks[k] - mean;
            long y = doubledRanks[k] - mean;
            xy += x * y;
            xx += x * x;
            yy += y * y;
        }
        if (xx == 0 || yy == 0) {
            return Double.NaN;
        }
        return xy / Math.sqrt((double) xx * yy);
    }

    /** Receives the doubled rank of sample {@code k}. */
    interface RankConsumer {
        void accept(int k, int doubledRank);
    }

    /**
     * Ranks samples by counting when their range is small against their number (durations in
     * minutes mostly are), by sorting otherwise; keeps its buffers between calls.
     */
    static final class Ranker {
        private int[] counts = new int[0];
        private long[] packed = new long[0];
        private int[] ranks = new int[0];

        /** A buffer of at least {@code n} ints for the caller's ranks, kept between calls. */
        int[] scratch(int n) {
            if (ranks.length < n) {
                ranks = new int[n];
            }
            return ranks;
        }

        /** Ranks {@code values[from .. from + n)}; sample {@code k} is {@code values[from + k]}. */
        void rank(int[] values, int from, int n, RankConsumer out) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int k = from; k < from + n; k++) {
                min = Math.min(min, values[k]);
                max = Math.max(max, values[k]);
            }
            long range = (long) max - min + 1;
            if (range <= 4L * n + 1024) {
                byCounting(values, from, n, min, (int) range, out);
            } else {
                bySorting(values, from, n, out);
            }
        }

        private void byCounting(int[] values, int from, int n, int min, int range, RankConsumer out) {
            if (counts.length < range) {
                counts = new int[range];
            }
            Arrays.fill(counts, 0, range, 0);
            for (int k = from; k < from + n; k++) {
                counts[values[k] - min]++;
            }
            // Turn each count into the doubled mid-rank of its value: (first + last) ranks of the tie.
            int before = 0;
            for (int r = 0; r < range; r++) {
                int c = counts[r];
                counts[r] = 2 * before + c + 1;
                before += c;
            }
            for (int k = 0; k < n; k++) {
                out.accept(k, counts[values[from + k] - min]);
            }
        }

        private void bySorting(int[] values, int from, int n, RankConsumer out) {
            if (packed.length < n) {
                packed = new long[n];
            }
            for (int k = 0; k < n; k++) {
                packed[k] = ((long) values[from + k] << 32) | k;
            }
            Arrays.sort(packed, 0, n);
            int start = 0;
            while (start < n) {
                int end = start + 1;
                while (end < n && (packed[end] >> 32) == (packed[start] >> 32)) {
                    end++;
                }
                int doubled = start + 1 + end;
                for (int j = start; j < end; j++) {
                    out.accept((int) packed[j], doubled);
                }
                start = end;
            }
        }
    }
}

package io.linchpin.engine.leveling;

import java.util.SplittableRandom;

/** Random RCPSP instances in the style of PSPLIB's generator, for tests. */
final class RandomProblems {

    private RandomProblems() {
    }

    /** {@code n} activities, links only from lower to higher index, demands within capacity. */
    static LevelingProblem generate(int n, int resources, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LevelingProblem.Builder b = LevelingProblem.builder(n, resources);
        for (int r = 0; r < resources; r++) {
            b.capacity(r, 4 + random.nextInt(8));
        }
        for (int a = 0; a < n; a++) {
            b.duration(a, random.nextInt(11));
            for (int r = 0; r < resources; r++) {
                if (random.nextInt(3) > 0) {
                    b.demand(a, r, random.nextInt(4));
                }
            }
            for (int s = a + 1; s < n; s++) {
                if (random.nextInt(n) < 2) {
                    b.link(a, s, random.nextInt(5) == 0 ? random.nextInt(5) - 2 : 0);
                }
            }
        }
        return b.build();
    }
}

package io.linchpin.engine.leveling;

import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Plain JUnit property checks: a property runs on many cases, each drawn from its own seed, and a
 * failing case names its seed so that {@link #one} reruns exactly it. The seeds come from a fixed
 * root, so every run checks the same cases.
 */
public final class Cases {

    private static final long ROOT = 0x6C696E6368706E4CL;

    private Cases() {
    }

    /** Runs the property on {@code count} seeds split off the fixed root. */
    public static void check(int count, LongConsumer property) {
        SplittableRandom seeds = new SplittableRandom(ROOT);
        for (int i = 0; i < count; i++) {
            one(seeds.nextLong(), property);
        }
    }

    /** Runs the property on one seed; a failure names the seed. */
    public static void one(long seed, LongConsumer property) {
        try {
            property.accept(seed);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("property fails for seed " + seed + "L (rerun with Cases.one(" + seed + "L, ...)): "
                    + e.getMessage(), e);
        }
    }
}

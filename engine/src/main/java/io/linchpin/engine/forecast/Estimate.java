package io.linchpin.engine.forecast;

import java.util.Objects;

/**
 * A three-point estimate of a duration: optimistic, most likely and pessimistic, in working
 * minutes (wall-clock minutes for a task with an elapsed duration), and the distribution between
 * them.
 *
 * <p>The bounded distributions stay between the optimistic and pessimistic values; the normal and
 * lognormal take their mean and spread from the three points (see {@link Distribution}).
 *
 * @param optimistic the shortest the duration is expected to be
 * @param mostLikely the duration expected most often
 * @param pessimistic the longest the duration is expected to be
 * @param distribution the shape between the three points
 */
public record Estimate(double optimistic, double mostLikely, double pessimistic, Distribution distribution) {

    public Estimate {
        Objects.requireNonNull(distribution, "distribution");
        if (!Double.isFinite(optimistic) || !Double.isFinite(mostLikely) || !Double.isFinite(pessimistic)) {
            throw new IllegalArgumentException("an estimate needs three finite durations, got " + optimistic + " / " + mostLikely
                    + " / " + pessimistic);
        }
        if (optimistic < 0 || optimistic > mostLikely || mostLikely > pessimistic) {
            throw new IllegalArgumentException("an estimate needs 0 <= optimistic <= most likely <= pessimistic, got "
                    + optimistic + " / " + mostLikely + " / " + pessimistic + " minutes");
        }
    }

    /** A duration known exactly. */
    public static Estimate fixed(double minutes) {
        return new Estimate(minutes, minutes, minutes, Distribution.TRIANGULAR);
    }

    /** Whether every draw gives the same value. */
    public boolean isFixed() {
        return optimistic == pessimistic;
    }

    /** The mean of the distribution (for the normal, before truncation at zero). */
    public double mean() {
        switch (distribution) {
            case TRIANGULAR:
                return (optimistic + mostLikely + pessimistic) / 3;
            case UNIFORM:
                return (optimistic + pessimistic) / 2;
            default:
                return (optimistic + 4 * mostLikely + pessimistic) / 6;
        }
    }

    /** This estimate with every value multiplied by {@code factor} (≥ 0). */
    Estimate scaled(double factor) {
        return new Estimate(optimistic * factor, mostLikely * factor, pessimistic * factor, distribution);
    }
}

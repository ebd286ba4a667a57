package io.linchpin.engine.forecast;

import java.util.Objects;

/**
 * A plan-wide default for tasks without an estimate of their own: factors of each task's planned
 * duration, e.g. 0.9 / 1.0 / 1.3 for "10 % shorter to 30 % longer, most likely as planned".
 *
 * @param optimistic factor of the shortest duration
 * @param mostLikely factor of the most likely duration
 * @param pessimistic factor of the longest duration
 * @param distribution the shape between them
 */
public record Uncertainty(double optimistic, double mostLikely, double pessimistic, Distribution distribution) {

    public Uncertainty {
        Objects.requireNonNull(distribution, "distribution");
        if (!(optimistic >= 0 && optimistic <= mostLikely && mostLikely <= pessimistic && Double.isFinite(pessimistic))) {
            throw new IllegalArgumentException("a default uncertainty needs 0 <= optimistic <= most likely <= pessimistic factors, got "
                    + optimistic + " / " + mostLikely + " / " + pessimistic);
        }
    }

    /** The estimate of a task planned at {@code minutes}. */
    public Estimate of(double minutes) {
        return new Estimate(optimistic * minutes, mostLikely * minutes, pessimistic * minutes, distribution);
    }
}

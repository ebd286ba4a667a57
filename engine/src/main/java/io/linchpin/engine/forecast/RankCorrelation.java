package io.linchpin.engine.forecast;

import java.util.List;
import java.util.Objects;

/**
 * Tasks whose durations move together, such as work done by one team or with one new
 * technology: every pair of them has the same rank (Spearman) correlation. The simulation
 * induces it with the Iman–Conover method, which keeps each task's own distribution.
 *
 * <p>Iman–Conover correlates normal scores and carries their ranks over to the durations; the
 * scores get the Pearson correlation {@code 2 sin(π r / 6)}, the one whose rank correlation is
 * {@code r}.
 *
 * @param tasks ids of at least two tasks; a task belongs to at most one group
 * @param coefficient the rank correlation between any two of them, less than 1 and greater than
 *     {@link #lowest(int)} (-1 for two tasks: the scores' correlation matrix must stay positive
 *     definite)
 */
public record RankCorrelation(List<String> tasks, double coefficient) {

    public RankCorrelation {
        tasks = List.copyOf(tasks);
        tasks.forEach(t -> Objects.requireNonNull(t, "task id"));
        if (tasks.size() < 2) {
            throw new IllegalArgumentException("a rank correlation needs at least two tasks, got " + tasks);
        }
        double lowest = lowest(tasks.size());
        if (!(coefficient > lowest && coefficient < 1)) {
            throw new IllegalArgumentException("the rank correlation of " + tasks + " must lie between " + lowest
                    + " and 1 (both excluded) for " + tasks.size() + " tasks, got " + coefficient);
        }
    }

    /** The smallest coefficient (excluded) that {@code size} tasks can share. */
    public static double lowest(int size) {
        return 6 / Math.PI * Math.asin(-0.5 / (size - 1));
    }

    /** The Pearson correlation of normal scores whose rank correlation is {@link #coefficient()}. */
    double scoreCorrelation() {
        return 2 * Math.sin(Math.PI * coefficient / 6);
    }
}

package io.linchpin.engine.forecast;

/**
 * The shape of a three-point estimate between its optimistic value {@code a}, most likely value
 * {@code m} and pessimistic value {@code b}.
 */
public enum Distribution {
    /** Triangular on {@code [a, b]} with its peak at {@code m}; mean {@code (a + m + b) / 3}. */
    TRIANGULAR,
    /**
     * PERT-beta on {@code [a, b]} with mode {@code m} and λ = 4: a beta distribution with shapes
     * {@code 1 + 4 (m - a) / (b - a)} and {@code 1 + 4 (b - m) / (b - a)}; mean
     * {@code (a + 4m + b) / 6}. Thinner tails than the triangular for the same three points.
     */
    PERT,
    /** Uniform on {@code [a, b]}; the most likely value plays no part. */
    UNIFORM,
    /**
     * Normal with the PERT mean {@code (a + 4m + b) / 6} and standard deviation
     * {@code (b - a) / 6}, truncated at zero (a duration cannot be negative): draws below zero are
     * drawn again. Unbounded above.
     */
    NORMAL,
    /**
     * Lognormal with the same mean {@code (a + 4m + b) / 6} and standard deviation
     * {@code (b - a) / 6} as {@link #NORMAL}: never negative, skewed to the right, unbounded
     * above.
     */
    LOGNORMAL
}

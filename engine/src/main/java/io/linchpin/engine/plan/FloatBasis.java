package io.linchpin.engine.plan;

/** Which pair of dates total float is measured between (P6's "compute total float as"). */
public enum FloatBasis {
    /** Late start minus early start. */
    START,
    /** Late finish minus early finish: P6's default. */
    FINISH,
    /** The smaller of the two: MS Project. */
    SMALLEST
}

package io.linchpin.engine.forecast;

/**
 * A bar of a finish histogram: the iterations that finished at least {@code workingDays} and less
 * than {@code workingDays} plus the bin width into the plan.
 *
 * @param workingDays where the bin starts, in working days from the plan's start
 * @param count how many iterations finished in it
 */
public record HistogramBin(double workingDays, int count) {
}

package io.linchpin.engine.forecast;

import java.time.LocalDateTime;

/**
 * The simulated finish of a milestone, or of any task with a deadline.
 *
 * @param id the task's id
 * @param name the task's name
 * @param deadline its deadline, or {@code null}
 * @param probabilityOnTime the share of iterations that finished on or before the deadline, or
 *     {@code null} without one
 * @param finish the distribution of its finish
 */
public record MilestoneForecast(String id, String name, LocalDateTime deadline, Double probabilityOnTime, FinishDistribution finish) {
}

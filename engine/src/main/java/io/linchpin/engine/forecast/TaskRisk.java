package io.linchpin.engine.forecast;

/**
 * How much one task drives the plan's finish under uncertainty.
 *
 * @param id the task's id
 * @param name the task's name
 * @param criticality the share of iterations in which the task lay on a longest path to that
 *     iteration's plan finish (deadlines play no part)
 * @param sensitivity Spearman's rank correlation of the task's simulated duration with the plan's
 *     finish, -1 to 1, for a tornado chart; {@code null} when the duration never changed (or the
 *     finish never did)
 */
public record TaskRisk(String id, String name, double criticality, Double sensitivity) {
}

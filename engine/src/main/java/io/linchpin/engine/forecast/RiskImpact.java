package io.linchpin.engine.forecast;

import java.util.Objects;

/**
 * What a risk event does to one task when it occurs: it adds duration to the task.
 *
 * @param task the id of the task delayed
 * @param added the duration added, in the task's duration units: fixed ({@link Estimate#fixed}) or
 *     three-point
 */
public record RiskImpact(String task, Estimate added) {

    public RiskImpact {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(added, "added");
    }
}

package io.linchpin.engine.forecast;

import java.util.List;
import java.util.Objects;

/**
 * A risk from the register: in each iteration it occurs with its probability, and then every one
 * of its impacts applies.
 *
 * @param id the risk's id in the register
 * @param probability chance of occurring, 0 to 1
 * @param impacts what it does to which tasks
 */
public record RiskEvent(String id, double probability, List<RiskImpact> impacts) {

    public RiskEvent {
        Objects.requireNonNull(id, "id");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("risk " + id + ": probability must be between 0 and 1, got " + probability);
        }
        impacts = List.copyOf(impacts);
        if (impacts.isEmpty()) {
            throw new IllegalArgumentException("risk " + id + " has no impact on any task");
        }
    }
}

package io.linchpin.engine.forecast;

import io.linchpin.engine.plan.InvalidPlanException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The uncertainty of a plan, kept beside it and keyed by task id: three-point estimates, the
 * plan-wide default for tasks without one, risk events and rank correlations. Immutable; checked
 * against its plan when a {@link MonteCarlo} is prepared.
 */
public final class RiskModel {

    /** No uncertainty at all: every task keeps its planned duration. */
    public static final RiskModel NONE = builder().build();

    private final Map<String, Estimate> estimates;
    private final Uncertainty uncertainty;
    private final List<RiskEvent> risks;
    private final List<RankCorrelation> correlations;

    private RiskModel(Builder b) {
        this.estimates = Collections.unmodifiableMap(new LinkedHashMap<>(b.estimates));
        this.uncertainty = b.uncertainty;
        this.risks = List.copyOf(b.risks);
        this.correlations = List.copyOf(b.correlations);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Three-point estimates by task id. */
    public Map<String, Estimate> estimates() {
        return estimates;
    }

    /** The default for tasks without an estimate, or {@code null}: such tasks keep their planned duration. */
    public Uncertainty uncertainty() {
        return uncertainty;
    }

    public List<RiskEvent> risks() {
        return risks;
    }

    public List<RankCorrelation> correlations() {
        return correlations;
    }

    /** Builds a {@link RiskModel}. */
    public static final class Builder {
        private final Map<String, Estimate> estimates = new LinkedHashMap<>();
        private Uncertainty uncertainty;
        private final List<RiskEvent> risks = new ArrayList<>();
        private final List<RankCorrelation> correlations = new ArrayList<>();

        private Builder() {
        }

        /** The estimate of one task's duration, in the task's duration units. */
        public Builder estimate(String taskId, Estimate estimate) {
            estimates.put(Objects.requireNonNull(taskId, "task id"), Objects.requireNonNull(estimate, "estimate"));
            return this;
        }

        public Builder uncertainty(Uncertainty value) {
            this.uncertainty = value;
            return this;
        }

        public Builder risk(RiskEvent risk) {
            risks.add(Objects.requireNonNull(risk, "risk"));
            return this;
        }

        public Builder correlation(RankCorrelation correlation) {
            correlations.add(Objects.requireNonNull(correlation, "correlation"));
            return this;
        }

        /**
         * Builds the model.
         *
         * @throws InvalidPlanException if two risks share an id or a task is in two correlation groups
         */
        public RiskModel build() {
            List<String> problems = new ArrayList<>();
            Set<String> riskIds = new HashSet<>();
            for (RiskEvent r : risks) {
                if (!riskIds.add(r.id())) {
                    problems.add("risk id '" + r.id() + "' is used twice");
                }
            }
            Map<String, RankCorrelation> group = new HashMap<>();
            for (RankCorrelation c : correlations) {
                for (String task : c.tasks()) {
                    RankCorrelation before = group.put(task, c);
                    if (before == c) {
                        problems.add("task " + task + " is named twice in the rank correlation of " + c.tasks());
                    } else if (before != null) {
                        problems.add("task " + task + " is in two rank correlations, " + before.tasks() + " and " + c.tasks());
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidPlanException(problems);
            }
            return new RiskModel(this);
        }
    }
}

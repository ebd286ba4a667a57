package io.linchpin.engine.evm;

import io.linchpin.engine.plan.InvalidPlanException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The money side of a plan, kept beside it and keyed by task id: the currency, and each task's
 * budget, actual cost and baseline dates. Immutable; checked against its plan by
 * {@link EarnedValue#analyze}.
 */
public final class CostModel {

    private final Currency currency;
    private final Map<String, TaskCost> costs;

    private CostModel(Currency currency, Map<String, TaskCost> costs) {
        this.currency = currency;
        this.costs = Collections.unmodifiableMap(costs);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The currency of every amount, or {@code null} if the plan names none. */
    public Currency currency() {
        return currency;
    }

    /** Costs by task id. */
    public Map<String, TaskCost> costs() {
        return costs;
    }

    /** The decimals money is reported with: the currency's, or 2 without one. */
    int scale() {
        return currency == null || currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits();
    }

    /** Builds a {@link CostModel}. */
    public static final class Builder {
        private Currency currency;
        private final List<TaskCost> costs = new ArrayList<>();

        private Builder() {
        }

        public Builder currency(Currency value) {
            this.currency = value;
            return this;
        }

        public Builder cost(TaskCost value) {
            costs.add(Objects.requireNonNull(value, "cost"));
            return this;
        }

        /**
         * Builds the model.
         *
         * @throws InvalidPlanException if a task has two costs
         */
        public CostModel build() {
            Map<String, TaskCost> byTask = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (TaskCost c : costs) {
                if (byTask.put(c.task(), c) != null) {
                    problems.add("task " + c.task() + " has two costs");
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidPlanException(problems);
            }
            return new CostModel(currency, byTask);
        }
    }
}

package io.linchpin.engine.evm;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The money of one task: what it is budgeted to cost, what it has cost so far, and the baseline
 * dates its budget is planned over.
 *
 * @param task the task's id
 * @param budget the budget at completion of the task, at least zero
 * @param actualCost the cost booked to the task as of the status date, at least zero
 * @param baselineStart the baseline start, or {@code null} if the task has no baseline
 * @param baselineFinish the baseline finish, or {@code null}
 * @param profile how the budget is spread over the baseline's working time: weights of equal
 *     slices of it (e.g. {@code 1, 2, 4, 2, 1} for a bell), each slice spent evenly; empty for an
 *     even spread
 */
public record TaskCost(String task, BigDecimal budget, BigDecimal actualCost, LocalDateTime baselineStart, LocalDateTime baselineFinish,
        List<BigDecimal> profile) {

    public TaskCost {
        Objects.requireNonNull(task, "task");
        budget = budget == null ? BigDecimal.ZERO : budget;
        actualCost = actualCost == null ? BigDecimal.ZERO : actualCost;
        profile = profile == null ? List.of() : List.copyOf(profile);
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("task " + task + ": the budget must not be negative, got " + budget.toPlainString());
        }
        if (actualCost.signum() < 0) {
            throw new IllegalArgumentException("task " + task + ": the actual cost must not be negative, got " + actualCost.toPlainString());
        }
        if ((baselineStart == null) != (baselineFinish == null)) {
            throw new IllegalArgumentException("task " + task + ": a baseline needs both a start and a finish");
        }
        if (baselineStart != null && baselineFinish.isBefore(baselineStart)) {
            throw new IllegalArgumentException("task " + task + ": the baseline finish " + baselineFinish + " is before its start " + baselineStart);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : profile) {
            if (w.signum() < 0) {
                throw new IllegalArgumentException("task " + task + ": budget profile weights must not be negative, got " + w.toPlainString());
            }
            sum = sum.add(w);
        }
        if (!profile.isEmpty() && sum.signum() == 0) {
            throw new IllegalArgumentException("task " + task + ": a budget profile needs a weight above zero");
        }
    }

    /** A budget spread evenly over baseline dates, nothing spent yet. */
    public static TaskCost budgeted(String task, BigDecimal budget, LocalDateTime baselineStart, LocalDateTime baselineFinish) {
        return new TaskCost(task, budget, BigDecimal.ZERO, baselineStart, baselineFinish, List.of());
    }

    /** This cost with the actual cost booked so far. */
    public TaskCost withActualCost(BigDecimal value) {
        return new TaskCost(task, budget, value, baselineStart, baselineFinish, profile);
    }

    /** This cost with a budget profile. */
    public TaskCost withProfile(List<BigDecimal> weights) {
        return new TaskCost(task, budget, actualCost, baselineStart, baselineFinish, weights);
    }

    public boolean hasBaseline() {
        return baselineStart != null;
    }
}

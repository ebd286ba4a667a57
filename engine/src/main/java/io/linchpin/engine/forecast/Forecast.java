package io.linchpin.engine.forecast;

import java.util.List;

/**
 * The result of a Monte Carlo schedule risk analysis.
 *
 * @param iterations how many schedules were drawn
 * @param seed the seed they were drawn from
 * @param finish the distribution of the plan's finish
 * @param milestones every milestone and every task with a deadline, in plan order
 * @param tasks criticality and sensitivity of every task that is not a summary, in plan order
 */
public record Forecast(int iterations, long seed, FinishDistribution finish, List<MilestoneForecast> milestones, List<TaskRisk> tasks) {

    public Forecast {
        milestones = List.copyOf(milestones);
        tasks = List.copyOf(tasks);
    }
}

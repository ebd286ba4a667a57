package io.linchpin.engine.resource;

import java.time.Duration;

/**
 * How a plan is leveled: the search's budget and seed, and the limits the project manager sets.
 *
 * @param seed         seed of the search's random choices: with a schedule budget the result depends on it alone
 * @param maxSchedules schedules to evaluate at most (at least 1)
 * @param timeLimit    wall-clock budget, or {@code null} for none
 * @param withinFloat  level only within available float: no task finishes after its unleveled late
 *                     finish; a conflict that cannot be resolved so is left, and the task is listed
 *                     in {@link LeveledPlan#unresolvedTasks()}
 * @param keepStarted  do not move tasks with actuals. Off, the remaining work of a started task may
 *                     be delayed under P6's rules (the engine schedules it from the data date);
 *                     under MS Project's rules it stays tied to its actual start either way
 * @param improve      improve on the priority rules (justification and the genetic search)
 */
public record PlanLevelingOptions(long seed, long maxSchedules, Duration timeLimit, boolean withinFloat,
        boolean keepStarted, boolean improve) {

    public PlanLevelingOptions {
        if (maxSchedules < 1) {
            throw new IllegalArgumentException("maxSchedules must be at least 1, not " + maxSchedules);
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("timeLimit must be positive, not " + timeLimit);
        }
    }

    /** Seed 1, 5,000 schedules, no time limit, not limited to float, started tasks kept, improvement on. */
    public static PlanLevelingOptions defaults() {
        return new PlanLevelingOptions(1, 5_000, null, false, true, true);
    }

    public PlanLevelingOptions withSeed(long value) {
        return new PlanLevelingOptions(value, maxSchedules, timeLimit, withinFloat, keepStarted, improve);
    }

    public PlanLevelingOptions withMaxSchedules(long value) {
        return new PlanLevelingOptions(seed, value, timeLimit, withinFloat, keepStarted, improve);
    }

    /** A time budget; the schedule budget becomes unlimited unless set again afterwards. */
    public PlanLevelingOptions withTimeLimit(Duration value) {
        return new PlanLevelingOptions(seed, Long.MAX_VALUE, value, withinFloat, keepStarted, improve);
    }

    public PlanLevelingOptions withinFloat(boolean value) {
        return new PlanLevelingOptions(seed, maxSchedules, timeLimit, value, keepStarted, improve);
    }

    public PlanLevelingOptions withKeepStarted(boolean value) {
        return new PlanLevelingOptions(seed, maxSchedules, timeLimit, withinFloat, value, improve);
    }

    public PlanLevelingOptions withImprove(boolean value) {
        return new PlanLevelingOptions(seed, maxSchedules, timeLimit, withinFloat, keepStarted, value);
    }
}

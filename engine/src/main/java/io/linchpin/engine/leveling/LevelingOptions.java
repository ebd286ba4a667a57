package io.linchpin.engine.leveling;

import java.time.Duration;
import java.util.Arrays;

/**
 * How the leveler searches: its budget, its seed and the limits a project manager sets.
 *
 * <p>The search stops at whichever budget runs out first: a number of schedules (every pass of a
 * schedule generation scheme counts, the forward and backward passes of justification included) or
 * a wall-clock time. With a schedule budget only, the result depends on the seed alone; a time
 * budget makes it depend on the machine's speed too.
 *
 * @param seed           seed of the search's random choices
 * @param maxSchedules   schedules to evaluate at most (at least 1)
 * @param timeLimit      wall-clock budget, or {@code null} for none
 * @param latestFinish   per activity, the latest allowed finish ("level within available float"),
 *                       or {@code null} for no limit; an activity that cannot be placed without
 *                       over-allocation before this limit stays at its earliest start and is
 *                       reported as unresolved
 * @param keepFixed      whether fixed activities (with actuals) stay where they are; if not, they
 *                       are leveled like the others from their release time
 * @param improve        whether to improve the priority-rule schedules (justification and the
 *                       genetic search); without it the best priority-rule schedule is returned
 */
public record LevelingOptions(long seed, long maxSchedules, Duration timeLimit, int[] latestFinish,
        boolean keepFixed, boolean improve) {

    public LevelingOptions {
        if (maxSchedules < 1) {
            throw new IllegalArgumentException("maxSchedules must be at least 1, not " + maxSchedules);
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("timeLimit must be positive, not " + timeLimit);
        }
        latestFinish = latestFinish == null ? null : latestFinish.clone();
    }

    /** Seed 1, 5,000 schedules, no time limit, no float limit, fixed activities kept, improvement on. */
    public static LevelingOptions defaults() {
        return new LevelingOptions(1, 5_000, null, null, true, true);
    }

    public LevelingOptions withSeed(long seed) {
        return new LevelingOptions(seed, maxSchedules, timeLimit, latestFinish, keepFixed, improve);
    }

    public LevelingOptions withMaxSchedules(long maxSchedules) {
        return new LevelingOptions(seed, maxSchedules, timeLimit, latestFinish, keepFixed, improve);
    }

    /** A time budget; the schedule budget becomes unlimited unless set again afterwards. */
    public LevelingOptions withTimeLimit(Duration timeLimit) {
        return new LevelingOptions(seed, Long.MAX_VALUE, timeLimit, latestFinish, keepFixed, improve);
    }

    public LevelingOptions withinFloat(int[] latestFinish) {
        return new LevelingOptions(seed, maxSchedules, timeLimit, latestFinish, keepFixed, improve);
    }

    public LevelingOptions withKeepFixed(boolean keepFixed) {
        return new LevelingOptions(seed, maxSchedules, timeLimit, latestFinish, keepFixed, improve);
    }

    public LevelingOptions withImprove(boolean improve) {
        return new LevelingOptions(seed, maxSchedules, timeLimit, latestFinish, keepFixed, improve);
    }

    @Override
    public int[] latestFinish() {
        return latestFinish == null ? null : latestFinish.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LevelingOptions o && seed == o.seed && maxSchedules == o.maxSchedules
                && java.util.Objects.equals(timeLimit, o.timeLimit) && Arrays.equals(latestFinish, o.latestFinish)
                && keepFixed == o.keepFixed && improve == o.improve;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(seed, maxSchedules, timeLimit, Arrays.hashCode(latestFinish), keepFixed,
                improve);
    }

    @Override
    public String toString() {
        return "LevelingOptions[seed=" + seed + ", maxSchedules=" + maxSchedules + ", timeLimit=" + timeLimit
                + ", latestFinish=" + (latestFinish == null ? "none" : latestFinish.length + " limits")
                + ", keepFixed=" + keepFixed + ", improve=" + improve + "]";
    }
}

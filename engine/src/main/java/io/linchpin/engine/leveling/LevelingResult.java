package io.linchpin.engine.leveling;

import java.time.Duration;
import java.util.Arrays;

/**
 * A leveled schedule: a start per activity in periods, with the unleveled (resource-free) early
 * starts kept beside it for comparison.
 */
public final class LevelingResult {

    private final int[] start;
    private final int[] finish;
    private final int[] earlyStart;
    private final int[] project;
    private final int[] unresolved;
    private final int[] projectFinish;
    private final int[] projectEarlyFinish;
    private final int makespan;
    private final int criticalPathLength;
    private final long schedulesEvaluated;
    private final Duration elapsed;

    LevelingResult(Network net, int[] start, int[] finish, boolean[] unleveled, long schedulesEvaluated,
            Duration elapsed) {
        this.start = start.clone();
        this.finish = finish.clone();
        this.earlyStart = net.earlyStart.clone();
        this.project = net.project.clone();
        this.unresolved = java.util.stream.IntStream.range(0, net.n).filter(a -> unleveled[a]).toArray();
        this.projectFinish = new int[net.projects];
        int end = 0;
        for (int a = 0; a < net.n; a++) {
            int f = finish[a];
            projectFinish[project[a]] = Math.max(projectFinish[project[a]], f);
            end = Math.max(end, f);
        }
        this.projectEarlyFinish = net.projectEarlyFinish.clone();
        this.makespan = end;
        this.criticalPathLength = net.criticalPathLength;
        this.schedulesEvaluated = schedulesEvaluated;
        this.elapsed = elapsed;
    }

    public int start(int activity) {
        return start[activity];
    }

    /** Just after the activity's last working period. */
    public int finish(int activity) {
        return finish[activity];
    }

    /** All starts, indexed by activity. */
    public int[] starts() {
        return start.clone();
    }

    /** The resource-free early start the activity had before leveling. */
    public int earlyStart(int activity) {
        return earlyStart[activity];
    }

    /** How many periods leveling delayed the activity past its unleveled early start. */
    public int levelingDelay(int activity) {
        return start[activity] - earlyStart[activity];
    }

    /** The last finish over all activities, counted from period 0. */
    public int makespan() {
        return makespan;
    }

    /** The unleveled plan's finish: the critical-path lower bound of the makespan. */
    public int criticalPathLength() {
        return criticalPathLength;
    }

    /**
     * Activities that could not be leveled within their latest allowed finish: they stay at their
     * earliest start and remain over-allocated. Empty without a float limit.
     */
    public int[] unresolvedActivities() {
        return unresolved.clone();
    }

    public int projectFinish(int project) {
        return projectFinish[project];
    }

    /** Mean over projects of how far leveling pushed each project's finish past its unleveled finish. */
    public double averageProjectDelay() {
        long sum = 0;
        for (int p = 0; p < projectFinish.length; p++) {
            sum += projectFinish[p] - projectEarlyFinish[p];
        }
        return sum / (double) projectFinish.length;
    }

    /** Schedules generated (every pass of a generation scheme, justification passes included). */
    public long schedulesEvaluated() {
        return schedulesEvaluated;
    }

    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public String toString() {
        return "LevelingResult[makespan=" + makespan + ", criticalPath=" + criticalPathLength + ", schedules="
                + schedulesEvaluated + ", unresolved=" + Arrays.toString(unresolved) + "]";
    }
}

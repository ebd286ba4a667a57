package io.linchpin.engine.leveling;

import java.util.Arrays;

/**
 * The problem as one leveling run sees it once the options are applied: fixed activities are taken
 * out of the network (their links to later activities become release times, links into them are
 * dropped, since an actual start is a fact), project releases are folded into activity releases,
 * and the resource-free CPM dates the priority rules need are computed once.
 */
final class Network {

    /** "No latest finish": far enough to never bind, small enough to never overflow when added to. */
    static final int NO_DEADLINE = Integer.MAX_VALUE / 4;

    final LevelingProblem problem;
    final int n;
    final int resources;
    final int[] duration;
    final int[] capacity;
    final int[] demStart;
    final int[] demResource;
    final int[] demQuantity;
    final int[] predStart;
    final int[] pred;
    final int[] predLag;
    final int[] succStart;
    final int[] succ;
    final int[] succLag;
    final boolean negativeLags;
    final int[] release;
    final int[] deadline;
    final int[] fixedStart;
    /** Activities the leveler may place, in topological order. */
    final int[] movable;
    final int[] fixed;
    final int[] earlyStart;
    final int[] lateStart;
    final int criticalPathLength;
    final int[] project;
    final int projects;
    final long[] projectWeight;
    final int[] projectEarlyFinish;
    final long[] activityWeight;
    /** Periods any schedule (forward or mirrored) can reach, with room for one more duration. */
    final int horizon;

    Network(LevelingProblem p, LevelingOptions options) {
        problem = p;
        n = p.n;
        resources = p.resources;
        duration = p.duration;
        capacity = p.capacity;
        demStart = p.demStart;
        demResource = p.demResource;
        demQuantity = p.demQuantity;
        project = p.project;
        projects = p.projects;

        fixedStart = new int[n];
        for (int a = 0; a < n; a++) {
            fixedStart[a] = options.keepFixed() ? p.fixedStart[a] : -1;
        }
        deadline = new int[n];
        Arrays.fill(deadline, NO_DEADLINE);
        int[] latestFinish = options.latestFinish();
        if (latestFinish != null) {
            if (latestFinish.length != n) {
                throw new IllegalArgumentException("latestFinish has " + latestFinish.length
                        + " entries but the problem has " + n + " activities");
            }
            for (int a = 0; a < n; a++) {
                deadline[a] = Math.min(NO_DEADLINE, latestFinish[a]);
            }
        }

        release = new int[n];
        for (int a = 0; a < n; a++) {
            release[a] = Math.max(p.release[a], p.projectRelease[p.project[a]]);
        }
        int fixedCount = 0;
        for (int a = 0; a < n; a++) {
            if (fixedStart[a] >= 0) {
                fixedCount++;
                for (int k = p.succStart[a]; k < p.succStart[a + 1]; k++) {
                    int s = p.succ[k];
                    release[s] = Math.max(release[s], fixedStart[a] + duration[a] + p.succLag[k]);
                }
            }
        }

        int links = 0;
        boolean negative = false;
        for (int a = 0; a < n; a++) {
            for (int k = p.succStart[a]; k < p.succStart[a + 1]; k++) {
                if (fixedStart[a] < 0 && fixedStart[p.succ[k]] < 0) {
                    links++;
                    negative |= p.succLag[k] < 0;
                }
            }
        }
        negativeLags = negative;
        succStart = new int[n + 1];
        succ = new int[links];
        succLag = new int[links];
        predStart = new int[n + 1];
        pred = new int[links];
        predLag = new int[links];
        for (int a = 0, at = 0; a < n; a++) {
            for (int k = p.succStart[a]; k < p.succStart[a + 1]; k++) {
                if (fixedStart[a] < 0 && fixedStart[p.succ[k]] < 0) {
                    succ[at] = p.succ[k];
                    succLag[at++] = p.succLag[k];
                    predStart[p.succ[k] + 1]++;
                }
            }
            succStart[a + 1] = at;
        }
        for (int a = 0; a < n; a++) {
            predStart[a + 1] += predStart[a];
        }
        int[] fill = Arrays.copyOf(predStart, n);
        for (int a = 0; a < n; a++) {
            for (int k = succStart[a]; k < succStart[a + 1]; k++) {
                int at = fill[succ[k]]++;
                pred[at] = a;
                predLag[at] = succLag[k];
            }
        }

        movable = new int[n - fixedCount];
        fixed = new int[fixedCount];
        for (int i = 0, m = 0, f = 0; i < n; i++) {
            int a = p.topologicalOrder[i];
            if (fixedStart[a] >= 0) {
                fixed[f++] = a;
            } else {
                movable[m++] = a;
            }
        }

        earlyStart = new int[n];
        int end = 0;
        for (int a : fixed) {
            earlyStart[a] = fixedStart[a];
            end = Math.max(end, fixedStart[a] + duration[a]);
        }
        for (int a : movable) {
            int es = release[a];
            for (int k = predStart[a]; k < predStart[a + 1]; k++) {
                es = Math.max(es, earlyStart[pred[k]] + duration[pred[k]] + predLag[k]);
            }
            earlyStart[a] = es;
            end = Math.max(end, es + duration[a]);
        }
        criticalPathLength = end;
        lateStart = new int[n];
        for (int a : fixed) {
            lateStart[a] = fixedStart[a];
        }
        for (int i = movable.length - 1; i >= 0; i--) {
            int a = movable[i];
            int lf = end;
            for (int k = succStart[a]; k < succStart[a + 1]; k++) {
                lf = Math.min(lf, lateStart[succ[k]] - succLag[k]);
            }
            lateStart[a] = lf - duration[a];
        }

        projectEarlyFinish = new int[projects];
        for (int a = 0; a < n; a++) {
            projectEarlyFinish[project[a]] = Math.max(projectEarlyFinish[project[a]], earlyStart[a] + duration[a]);
        }
        projectWeight = new long[projects];
        for (int q = 0; q < projects; q++) {
            projectWeight[q] = p.projectPriority[q] + 1L;
        }
        activityWeight = new long[n];
        for (int a = 0; a < n; a++) {
            activityWeight[a] = p.priority[a] + 1L;
        }

        long span = 0;
        int maxDuration = 0;
        for (int a = 0; a < n; a++) {
            int positiveLag = 0;
            for (int k = p.succStart[a]; k < p.succStart[a + 1]; k++) {
                positiveLag = Math.max(positiveLag, p.succLag[k]);
            }
            span += duration[a] + positiveLag;
            maxDuration = Math.max(maxDuration, duration[a]);
        }
        long latestRelease = end;
        for (int a = 0; a < n; a++) {
            latestRelease = Math.max(latestRelease, release[a]);
        }
        long reach = 2 * (latestRelease + span) + maxDuration + 1;
        if (reach * Math.max(1, resources) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The plan spans " + reach + " periods over " + resources
                    + " resources: too long for the leveler's profile; use a coarser period");
        }
        horizon = (int) reach;
    }

    int movableCount() {
        return movable.length;
    }

    boolean isLinked(int from, int to) {
        for (int k = succStart[from]; k < succStart[from + 1]; k++) {
            if (succ[k] == to) {
                return true;
            }
        }
        return false;
    }
}

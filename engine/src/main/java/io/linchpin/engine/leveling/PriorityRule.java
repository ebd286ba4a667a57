package io.linchpin.engine.leveling;

/**
 * Priority rules for a single pass of a schedule generation scheme. Values come from the
 * resource-free CPM dates of the plan; ties go to the lower activity index. Project and activity
 * priorities always come first: a higher-priority project's eligible activity is taken before
 * any lower one's, then a higher-priority activity, then the rule decides.
 */
public enum PriorityRule {
    /** Latest finish time first: the best single rule in most studies. */
    LFT,
    /** Latest start time first. */
    LST,
    /** Minimum slack (latest start minus earliest start) first. */
    MINSLK,
    /** Most total successors (direct and indirect) first. */
    MTS,
    /** Greatest rank positional weight first: own duration plus the durations of direct successors. */
    GRPW,
    /** Earliest start time first: the unleveled order. */
    EST;

    /** The rule's value per activity, smaller first. */
    double[] values(Network net) {
        double[] v = new double[net.n];
        switch (this) {
            case LFT -> {
                for (int a : net.movable) {
                    v[a] = net.lateFinish[a];
                }
            }
            case LST -> {
                for (int a : net.movable) {
                    v[a] = net.lateStart[a];
                }
            }
            case MINSLK -> {
                for (int a : net.movable) {
                    v[a] = net.lateStart[a] - net.earlyStart[a];
                }
            }
            case MTS -> {
                int[] count = totalSuccessors(net);
                for (int a : net.movable) {
                    v[a] = -count[a];
                }
            }
            case GRPW -> {
                for (int a : net.movable) {
                    long w = net.duration[a];
                    for (int k = net.succStart[a]; k < net.succStart[a + 1]; k++) {
                        w += net.duration[net.succ[k]];
                    }
                    v[a] = -w;
                }
            }
            case EST -> {
                for (int a : net.movable) {
                    v[a] = net.earlyStart[a];
                }
            }
        }
        return v;
    }

    /**
     * Counts every activity reachable from each one, 64 targets at a time with one bit mask per
     * activity: O(n/64 · (n + links)) time and O(n) memory.
     */
    private static int[] totalSuccessors(Network net) {
        int m = net.movable.length;
        int[] position = new int[net.n];
        for (int i = 0; i < m; i++) {
            position[net.movable[i]] = i;
        }
        int[] count = new int[net.n];
        long[] reach = new long[net.n];
        for (int block = 0; block < m; block += 64) {
            for (int i = m - 1; i >= 0; i--) {
                int a = net.movable[i];
                long bits = 0;
                for (int k = net.succStart[a]; k < net.succStart[a + 1]; k++) {
                    int s = net.succ[k];
                    bits |= reach[s];
                    int offset = position[s] - block;
                    if (offset >= 0 && offset < 64) {
                        bits |= 1L << offset;
                    }
                }
                reach[a] = bits;
                count[a] += Long.bitCount(bits);
            }
        }
        return count;
    }

    /**
     * Sort keys, smaller first: project priority, then activity priority, then the rule's value.
     * Rule values are whole numbers, so the key is exact in a double for any realistic plan.
     */
    double[] keys(Network net) {
        double[] value = values(net);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        int maxProject = 0;
        int maxActivity = 0;
        for (int a : net.movable) {
            min = Math.min(min, value[a]);
            max = Math.max(max, value[a]);
            maxProject = Math.max(maxProject, net.problem.projectPriority[net.project[a]]);
            maxActivity = Math.max(maxActivity, net.problem.priority[a]);
        }
        double span = max - min + 1;
        double[] key = new double[net.n];
        for (int a : net.movable) {
            double level = (maxProject - net.problem.projectPriority[net.project[a]]) * (maxActivity + 1.0)
                    + (maxActivity - net.problem.priority[a]);
            key[a] = level * span + (value[a] - min);
        }
        return key;
    }
}

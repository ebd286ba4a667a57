package io.linchpin.engine.leveling;

import java.util.Arrays;

/**
 * Schedule generation schemes over a {@link Network}, with all working memory allocated once so
 * that decoding an activity list allocates nothing.
 *
 * <p>The resource profile is the remaining capacity of every resource in every period, one
 * {@code int} array, resource-major. "Earliest feasible start" scans the candidate window
 * backwards and, at the first period that lacks capacity, jumps the candidate start past it, so a
 * start is found in about one window scan per conflicting activity; "latest feasible start" does
 * the same the other way round. An activity on a calendar is checked and booked only in its own
 * working periods. Only the periods a pass touched are reset before the next pass.
 *
 * <p>A backward pass places activities as late as their successors, the pass's end and their
 * latest finish allow, which is what forward-backward improvement needs.
 */
final class ScheduleGenerator {

    private final Network net;
    private final int horizon;
    private final int[] remaining;
    private int touchedFrom = Integer.MAX_VALUE;
    private int touchedTo;

    /** Start of each activity in the last pass. */
    final int[] start;
    /** Finish of each activity in the last pass: the end of its last working period. */
    final int[] finish;
    /** Activities the last forward pass could not level within their latest finish. */
    int unresolved;
    long schedules;

    private final int[] predsLeft;
    private final int[] earliest;
    private final boolean[] done;
    private final int[] heap;
    private final double[] heapKey;
    private final int[] bucket;
    private final int[] scratch;
    private final int[] saved;
    private final int[] savedFinish;
    private final int[] savedOrder;
    /** Whether each activity was left unleveled by the last forward pass. */
    final boolean[] unleveled;
    /** The resource that last pushed a candidate start, for the error when nothing fits. */
    private int blocking = -1;

    ScheduleGenerator(Network net) {
        this.net = net;
        this.horizon = net.horizon;
        remaining = new int[Math.max(1, net.resources) * horizon];
        for (int r = 0; r < net.resources; r++) {
            fillCapacity(r, 0, horizon);
        }
        start = new int[net.n];
        finish = new int[net.n];
        predsLeft = new int[net.n];
        earliest = new int[net.n];
        done = new boolean[net.n];
        heap = new int[net.n];
        heapKey = new double[net.n];
        bucket = new int[horizon + 2];
        scratch = new int[net.n];
        saved = new int[net.n];
        savedFinish = new int[net.n];
        savedOrder = new int[net.n];
        unleveled = new boolean[net.n];
    }

    /**
     * Serial scheme: places the activities of {@code list} (precedence-feasible) one by one at
     * their earliest precedence- and resource-feasible start.
     *
     * @param strict on a latest finish that cannot be met, give up (return -1) instead of leaving
     *               the activity unleveled at its earliest start
     * @return the makespan, or -1 if a strict pass gave up
     */
    int serial(int[] list, boolean strict) {
        schedules++;
        resetProfile();
        int makespan = placeFixed();
        unresolved = 0;
        for (int j : list) {
            int es = Math.max(0, Math.max(net.release[j], net.predecessorBound(j, start, finish)));
            int t = earliestFeasible(j, es);
            boolean late = net.finish(j, t) > net.deadline[j];
            if (late) {
                if (strict) {
                    return -1;
                }
                t = net.firstWorking(j, es);
                unresolved++;
            }
            unleveled[j] = late;
            makespan = Math.max(makespan, place(j, t));
        }
        return makespan;
    }

    /**
     * Backward serial scheme: places the activities of {@code list} (successors before their
     * predecessors) one by one at their latest start that keeps their successors' links, finishes
     * by {@code end} and by their latest finish, and fits the resources.
     *
     * @return false (the schedule is then unusable) if an activity would have to start before its release
     */
    boolean backward(int[] list, int end) {
        schedules++;
        resetProfile();
        placeFixed();
        for (int j : list) {
            int bound = Math.min(net.latestStart(j, Math.min(end, net.deadline[j])), net.successorBound(j, start));
            int t = latestFeasible(j, bound, net.release[j]);
            if (t == Network.NO_BOUND) {
                return false;
            }
            place(j, t);
        }
        return true;
    }

    /**
     * Parallel scheme: walks time forward and, at each decision time, starts every eligible
     * activity that fits, in the order of {@code byPriority} (all movable activities, best first).
     * The next decision time is the first at which an eligible activity fits, or must be given up
     * because it would finish after its latest finish.
     *
     * @return the makespan
     */
    int parallel(int[] byPriority) {
        schedules++;
        resetProfile();
        int makespan = placeFixed();
        for (int j : net.movable) {
            predsLeft[j] = net.predStart[j + 1] - net.predStart[j];
            earliest[j] = Math.max(0, net.release[j]);
            done[j] = false;
        }
        unresolved = 0;
        int left = net.movable.length;
        int t = Integer.MAX_VALUE;
        for (int j : net.movable) {
            if (predsLeft[j] == 0) {
                t = Math.min(t, earliest[j]);
            }
        }
        while (left > 0) {
            boolean progress = true;
            while (progress) {
                progress = false;
                for (int j : byPriority) {
                    if (done[j] || predsLeft[j] > 0 || earliest[j] > t || net.firstWorking(j, t) != t) {
                        continue;
                    }
                    int at;
                    boolean late = net.finish(j, t) > net.deadline[j];
                    if (late) {
                        at = net.firstWorking(j, earliest[j]);
                        unresolved++;
                    } else if (fits(j, t)) {
                        at = t;
                    } else {
                        continue;
                    }
                    unleveled[j] = late;
                    makespan = Math.max(makespan, place(j, at));
                    done[j] = true;
                    left--;
                    progress = true;
                    releaseSuccessors(j);
                }
            }
            if (left > 0) {
                t = nextDecision(t);
            }
        }
        return makespan;
    }

    private void releaseSuccessors(int j) {
        for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
            int s = net.succ[k];
            predsLeft[s]--;
            int bound = net.uniform ? start[j] + net.succGap[k]
                    : net.linkStart(net.succType[k], net.succLag[k], net.succLagCalendar[k], start[j], finish[j], s);
            earliest[s] = Math.max(earliest[s], bound);
        }
    }

    private int nextDecision(int t) {
        int next = Integer.MAX_VALUE;
        for (int j : net.movable) {
            if (done[j] || predsLeft[j] > 0) {
                continue;
            }
            int from = Math.max(earliest[j], t + 1);
            next = Math.min(next, earliestFeasible(j, from));
            if (net.deadline[j] < Network.NO_DEADLINE) {
                int lastOnTime = net.latestStart(j, net.deadline[j]);
                next = Math.min(next, net.firstWorking(j, Math.max(from, lastOnTime == Network.NO_BOUND ? from : lastOnTime + 1)));
            }
        }
        return next;
    }

    /**
     * Orders the movable activities so that each comes after its predecessors (or, {@code backward},
     * after its successors), taking the smallest key first among those whose turn has come.
     */
    void precedenceOrder(double[] key, int[] out, boolean backward) {
        int[] countStart = backward ? net.succStart : net.predStart;
        int[] nextStart = backward ? net.predStart : net.succStart;
        int[] next = backward ? net.pred : net.succ;
        int size = 0;
        for (int j : net.movable) {
            predsLeft[j] = countStart[j + 1] - countStart[j];
            if (predsLeft[j] == 0) {
                size = heapPush(size, j, key[j]);
            }
        }
        int at = 0;
        while (size > 0) {
            int j = heap[0];
            size = heapPop(size);
            out[at++] = j;
            for (int k = nextStart[j]; k < nextStart[j + 1]; k++) {
                int s = next[k];
                if (--predsLeft[s] == 0) {
                    size = heapPush(size, s, key[s]);
                }
            }
        }
    }

    /** The movable activities in order of their start in the last forward pass (a list that reproduces it). */
    void orderByStart(int[] out) {
        int m = net.movable.length;
        for (int i = 0; i < m; i++) {
            int j = net.movable[i];
            scratch[i] = j;
            earliest[j] = start[j];
        }
        sortByTime(scratch, m, out, false);
    }

    /**
     * Forward-backward improvement (double justification) of the schedule in {@link #start},
     * which must be a forward schedule of makespan {@code end} without unresolved activities:
     * shifts every activity as late as possible in decreasing order of finish, then as early as
     * possible in increasing order of start. Neither pass lengthens the schedule.
     *
     * @param order on entry the list that produced the schedule; on success, the list of the final
     *              forward pass (which reproduces the improved schedule)
     * @return the new makespan, or -1 (schedule left as it was in {@link #start}) if a release or
     *         latest finish could not be kept, or the schedule would have become longer
     */
    int justify(int[] order, int end) {
        int m = order.length;
        System.arraycopy(start, 0, saved, 0, start.length);
        System.arraycopy(finish, 0, savedFinish, 0, finish.length);
        System.arraycopy(order, 0, savedOrder, 0, m);
        byDecreasingFinish(order, end);
        if (backward(order, end)) {
            byIncreasingStart(order);
            int makespan = serial(order, true);
            // Without leads, links to finishes or calendars the backward schedule is a witness that
            // the forward pass cannot be longer; with them it can, and is then not used.
            if (makespan >= 0 && makespan <= end) {
                return makespan;
            }
        }
        System.arraycopy(saved, 0, start, 0, start.length);
        System.arraycopy(savedFinish, 0, finish, 0, finish.length);
        System.arraycopy(savedOrder, 0, order, 0, m);
        return -1;
    }

    /**
     * Replaces a forward list by the backward one: by decreasing finish. The input is taken in
     * reverse, so ties keep successors before their predecessors.
     */
    private void byDecreasingFinish(int[] order, int end) {
        int m = order.length;
        for (int i = 0; i < m; i++) {
            int j = order[m - 1 - i];
            scratch[i] = j;
            earliest[j] = end - finish[j];
        }
        sortByTime(scratch, m, order, true);
    }

    /** Replaces a backward list by the forward one: by increasing start, ties in reverse (so in precedence order). */
    private void byIncreasingStart(int[] order) {
        int m = order.length;
        for (int i = 0; i < m; i++) {
            int j = order[m - 1 - i];
            scratch[i] = j;
            earliest[j] = start[j];
        }
        sortByTime(scratch, m, order, false);
    }

    /**
     * Stable sort of {@code in} by {@link #earliest} into {@code out}. When the time order of a
     * schedule may break a link (leads, links to finishes, calendars), the order is rebuilt from
     * precedence with time as the key instead.
     */
    private void sortByTime(int[] in, int m, int[] out, boolean backward) {
        if (net.timeOrderMayBreakLinks) {
            for (int i = 0; i < m; i++) {
                heapKey[in[i]] = earliest[in[i]] + i / (double) (m + 1);
            }
            precedenceOrder(heapKey, out, backward);
            return;
        }
        int max = 0;
        for (int i = 0; i < m; i++) {
            max = Math.max(max, earliest[in[i]]);
        }
        Arrays.fill(bucket, 0, max + 2, 0);
        for (int i = 0; i < m; i++) {
            bucket[earliest[in[i]] + 1]++;
        }
        for (int v = 0; v <= max; v++) {
            bucket[v + 1] += bucket[v];
        }
        for (int i = 0; i < m; i++) {
            int j = in[i];
            out[bucket[earliest[j]]++] = j;
        }
    }

    private int placeFixed() {
        int makespan = 0;
        for (int j : net.fixed) {
            makespan = Math.max(makespan, place(j, net.fixedStart[j]));
        }
        return makespan;
    }

    /** The earliest start at or after {@code from} at which the activity's working periods have room. */
    private int earliestFeasible(int j, int from) {
        int t = net.firstWorking(j, from);
        int d = net.duration[j];
        int first = net.demStart[j];
        int last = net.demStart[j + 1];
        if (d == 0 || first == last) {
            return t;
        }
        PeriodCalendar c = net.calendar[j];
        search:
        while (true) {
            if (c == null) {
                if (t + d > horizon) {
                    throw new LevelingHorizonException(net.problem, j, blocking);
                }
                for (int k = first; k < last; k++) {
                    int base = net.demResource[k] * horizon;
                    int q = net.demQuantity[k];
                    for (int u = base + t + d - 1, stop = base + t; u >= stop; u--) {
                        if (remaining[u] < q) {
                            t = u - base + 1;
                            blocking = net.demResource[k];
                            continue search;
                        }
                    }
                }
                return t;
            }
            int k0 = c.before[t];
            if (k0 + d > c.at.length) {
                throw new LevelingHorizonException(net.problem, j, blocking);
            }
            for (int k = first; k < last; k++) {
                int base = net.demResource[k] * horizon;
                int q = net.demQuantity[k];
                for (int w = k0 + d - 1; w >= k0; w--) {
                    if (remaining[base + c.at[w]] < q) {
                        if (w + 1 >= c.at.length) {
                            throw new LevelingHorizonException(net.problem, j, net.demResource[k]);
                        }
                        t = c.at[w + 1];
                        blocking = net.demResource[k];
                        continue search;
                    }
                }
            }
            return t;
        }
    }

    /**
     * The latest start at or before {@code bound} at which the activity's working periods have
     * room, or {@link Network#NO_BOUND} if there is none at or after {@code floor}.
     */
    private int latestFeasible(int j, int bound, int floor) {
        int t = net.lastWorking(j, bound);
        if (t < floor) {
            return Network.NO_BOUND;
        }
        int d = net.duration[j];
        int first = net.demStart[j];
        int last = net.demStart[j + 1];
        if (d == 0 || first == last) {
            return t;
        }
        PeriodCalendar c = net.calendar[j];
        search:
        while (true) {
            if (c == null) {
                for (int k = first; k < last; k++) {
                    int base = net.demResource[k] * horizon;
                    int q = net.demQuantity[k];
                    for (int u = base + t, stop = base + t + d; u < stop; u++) {
                        if (remaining[u] < q) {
                            t = u - base - d;
                            if (t < floor) {
                                return Network.NO_BOUND;
                            }
                            continue search;
                        }
                    }
                }
                return t;
            }
            int k0 = c.before[t];
            for (int k = first; k < last; k++) {
                int base = net.demResource[k] * horizon;
                int q = net.demQuantity[k];
                for (int w = k0; w < k0 + d; w++) {
                    if (remaining[base + c.at[w]] < q) {
                        if (w - d < 0 || c.at[w - d] < floor) {
                            return Network.NO_BOUND;
                        }
                        t = c.at[w - d];
                        continue search;
                    }
                }
            }
            return t;
        }
    }

    private boolean fits(int j, int t) {
        int d = net.duration[j];
        PeriodCalendar c = net.calendar[j];
        if (d > 0 && (c == null ? t + d > horizon : c.before[t] + d > c.at.length)) {
            return false;
        }
        for (int k = net.demStart[j]; k < net.demStart[j + 1]; k++) {
            int base = net.demResource[k] * horizon;
            int q = net.demQuantity[k];
            if (c == null) {
                for (int u = base + t, stop = base + t + d; u < stop; u++) {
                    if (remaining[u] < q) {
                        return false;
                    }
                }
            } else {
                for (int w = c.before[t], stop = w + d; w < stop; w++) {
                    if (remaining[base + c.at[w]] < q) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Books the activity's demand from {@code t} on, sets its start and finish, and returns the finish. */
    private int place(int j, int t) {
        int end = net.finish(j, t);
        start[j] = t;
        finish[j] = end;
        int d = net.duration[j];
        if (d == 0 || net.demStart[j] == net.demStart[j + 1]) {
            return end;
        }
        if (end > horizon) {
            throw new LevelingHorizonException(net.problem, j, -1);
        }
        PeriodCalendar c = net.calendar[j];
        for (int k = net.demStart[j]; k < net.demStart[j + 1]; k++) {
            int base = net.demResource[k] * horizon;
            int q = net.demQuantity[k];
            if (c == null) {
                for (int u = base + t, stop = base + end; u < stop; u++) {
                    remaining[u] -= q;
                }
            } else {
                for (int w = c.before[t], stop = w + d; w < stop; w++) {
                    remaining[base + c.at[w]] -= q;
                }
            }
        }
        touchedFrom = Math.min(touchedFrom, t);
        touchedTo = Math.max(touchedTo, end);
        return end;
    }

    private void resetProfile() {
        if (touchedTo == 0) {
            return;
        }
        for (int r = 0; r < net.resources; r++) {
            fillCapacity(r, touchedFrom, touchedTo);
        }
        touchedFrom = Integer.MAX_VALUE;
        touchedTo = 0;
    }

    private void fillCapacity(int r, int from, int to) {
        int[] profile = net.capacityProfile[r];
        if (profile == null) {
            Arrays.fill(remaining, r * horizon + from, r * horizon + to, net.capacity[r]);
        } else {
            System.arraycopy(profile, from, remaining, r * horizon + from, to - from);
        }
    }

    private int heapPush(int size, int j, double key) {
        int i = size;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (heapKey[p] < key || heapKey[p] == key && p < j) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = j;
        heapKey[j] = key;
        return size + 1;
    }

    private int heapPop(int size) {
        int last = heap[--size];
        double key = heapKey[last];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            int c = heap[child];
            if (heapKey[c] > key || heapKey[c] == key && c > last) {
                break;
            }
            heap[i] = c;
            i = child;
        }
        heap[i] = last;
        return size;
    }

    private boolean less(int a, int b) {
        return heapKey[a] < heapKey[b] || heapKey[a] == heapKey[b] && a < b;
    }
}

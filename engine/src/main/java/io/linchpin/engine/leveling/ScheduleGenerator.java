package io.linchpin.engine.leveling;

import java.util.Arrays;

/**
 * Schedule generation schemes over a {@link Network}, with all working memory allocated once so
 * that decoding an activity list allocates nothing.
 *
 * <p>The resource profile is the remaining capacity of every resource in every period, one
 * {@code int} array, resource-major. "Earliest feasible start" scans the candidate window backwards
 * and, at the first period that lacks capacity, jumps the candidate start past it, so a start is
 * found in about one window scan per conflicting activity. Only the periods a pass touched are
 * reset before the next pass.
 *
 * <p>A backward pass schedules the mirrored problem (time runs back from {@code T}, successors
 * become predecessors, latest finishes become release times and release times become latest
 * finishes), which is what forward-backward improvement needs.
 */
final class ScheduleGenerator {

    private final Network net;
    private final int horizon;
    private final int[] remaining;
    private int touched;

    /** Start of each activity in the last pass, on that pass's time axis. */
    final int[] start;
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
    private final int[] savedOrder;
    /** Whether each activity was left unleveled by the last forward pass. */
    final boolean[] unleveled;

    ScheduleGenerator(Network net) {
        this.net = net;
        this.horizon = net.horizon;
        remaining = new int[Math.max(1, net.resources) * horizon];
        for (int r = 0; r < net.resources; r++) {
            Arrays.fill(remaining, r * horizon, (r + 1) * horizon, net.capacity[r]);
        }
        start = new int[net.n];
        predsLeft = new int[net.n];
        earliest = new int[net.n];
        done = new boolean[net.n];
        heap = new int[net.n];
        heapKey = new double[net.n];
        bucket = new int[horizon + 2];
        scratch = new int[net.n];
        saved = new int[net.n];
        savedOrder = new int[net.n];
        unleveled = new boolean[net.n];
    }

    /**
     * Serial scheme: places the activities of {@code list} (precedence-feasible) one by one at
     * their earliest precedence- and resource-feasible start.
     *
     * @param backward  schedule the mirrored problem, with time running back from {@code T}
     * @param T         the mirror point of a backward pass (ignored forward)
     * @param strict    on a latest finish that cannot be met, give up (return -1) instead of
     *                  leaving the activity unleveled at its earliest start
     * @return the makespan on the pass's own axis, or -1 if a strict pass gave up
     */
    int serial(boolean backward, int[] list, int T, boolean strict) {
        schedules++;
        resetProfile();
        int makespan = placeFixed(backward, T);
        int[] ps = backward ? net.succStart : net.predStart;
        int[] pa = backward ? net.succ : net.pred;
        int[] pl = backward ? net.succLag : net.predLag;
        int[] dur = net.duration;
        unresolved = 0;
        for (int j : list) {
            int es = backward ? mirroredRelease(j, T) : net.release[j];
            for (int k = ps[j]; k < ps[j + 1]; k++) {
                int p = pa[k];
                int f = start[p] + dur[p] + pl[k];
                if (f > es) {
                    es = f;
                }
            }
            int t = earliestFeasible(j, es);
            int limit = backward ? T - net.release[j] : net.deadline[j];
            boolean late = t + dur[j] > limit;
            if (late) {
                if (strict) {
                    return -1;
                }
                t = es;
                unresolved++;
            }
            unleveled[j] = late;
            place(j, t);
            start[j] = t;
            if (t + dur[j] > makespan) {
                makespan = t + dur[j];
            }
        }
        return makespan;
    }

    /**
     * Parallel scheme: walks time forward and, at each decision time, starts every eligible
     * activity that fits, in the order of {@code byPriority} (all movable activities, best first).
     *
     * @return the makespan
     */
    int parallel(int[] byPriority) {
        schedules++;
        resetProfile();
        int makespan = placeFixed(false, 0);
        int[] dur = net.duration;
        for (int j : net.movable) {
            predsLeft[j] = net.predStart[j + 1] - net.predStart[j];
            earliest[j] = net.release[j];
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
                    if (done[j] || predsLeft[j] > 0 || earliest[j] > t) {
                        continue;
                    }
                    int at;
                    boolean late = t + dur[j] > net.deadline[j];
                    if (late) {
                        at = earliest[j];
                        unresolved++;
                    } else if (fits(j, t)) {
                        at = t;
                    } else {
                        continue;
                    }
                    unleveled[j] = late;
                    place(j, at);
                    start[j] = at;
                    done[j] = true;
                    left--;
                    progress = true;
                    makespan = Math.max(makespan, at + dur[j]);
                    for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
                        int s = net.succ[k];
                        predsLeft[s]--;
                        earliest[s] = Math.max(earliest[s], at + dur[j] + net.succLag[k]);
                    }
                }
            }
            int next = Integer.MAX_VALUE;
            for (int j : net.movable) {
                if (done[j]) {
                    int f = start[j] + dur[j];
                    if (f > t && f < next) {
                        next = f;
                    }
                } else if (predsLeft[j] == 0 && earliest[j] > t && earliest[j] < next) {
                    next = earliest[j];
                }
            }
            for (int j : net.fixed) {
                int f = net.fixedStart[j] + dur[j];
                if (f > t && f < next) {
                    next = f;
                }
            }
            t = next;
        }
        return makespan;
    }

    /**
     * Orders the movable activities so that each comes after its predecessors, taking the
     * smallest key first among those whose predecessors are all placed.
     */
    void precedenceOrder(double[] key, int[] out) {
        int size = 0;
        for (int j : net.movable) {
            predsLeft[j] = net.predStart[j + 1] - net.predStart[j];
            if (predsLeft[j] == 0) {
                size = heapPush(size, j, key[j]);
            }
        }
        int at = 0;
        while (size > 0) {
            int j = heap[0];
            size = heapPop(size);
            out[at++] = j;
            for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
                int s = net.succ[k];
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
        sortByTime(scratch, m, out);
    }

    /**
     * Forward-backward improvement (double justification) of the schedule in {@link #start},
     * which must be a forward schedule of makespan {@code T} without unresolved activities:
     * shifts every activity as late as possible in decreasing order of finish, then as early as
     * possible in increasing order of start. Neither pass lengthens the schedule.
     *
     * @param order on entry the list that produced the schedule; on success, the list of the final
     *              forward pass (which reproduces the improved schedule)
     * @return the new makespan, or -1 (schedule left as it was in {@link #start}) if a release or
     *         latest finish could not be kept
     */
    int justify(int[] order, int T) {
        int m = order.length;
        System.arraycopy(start, 0, saved, 0, start.length);
        System.arraycopy(order, 0, savedOrder, 0, m);
        mirrorOrder(order, T);
        if (serial(true, order, T, true) >= 0) {
            mirrorOrder(order, T);
            int makespan = serial(false, order, 0, true);
            if (makespan >= 0) {
                return makespan;
            }
        }
        System.arraycopy(saved, 0, start, 0, start.length);
        System.arraycopy(savedOrder, 0, order, 0, m);
        return -1;
    }

    /**
     * Replaces {@code order}, the list of the pass just made, by the list for the pass in the
     * other direction: by increasing start on the mirrored axis, i.e. decreasing finish on this
     * one. The input is taken in reverse, so ties keep a precedence-feasible order.
     */
    private void mirrorOrder(int[] order, int T) {
        int m = order.length;
        for (int i = 0; i < m; i++) {
            int j = order[m - 1 - i];
            scratch[i] = j;
            earliest[j] = T - start[j] - net.duration[j];
        }
        sortByTime(scratch, m, order);
    }

    /**
     * Stable sort of {@code in} by {@link #earliest} into {@code out}. Without negative lags, the
     * time order of a schedule respects precedence once ties keep their (topological) input order;
     * with leads it may not, so the order is then rebuilt from precedence with time as the key.
     */
    private void sortByTime(int[] in, int m, int[] out) {
        if (net.negativeLags) {
            for (int i = 0; i < m; i++) {
                heapKey[in[i]] = earliest[in[i]] + i / (double) (m + 1);
            }
            precedenceOrder(heapKey, out);
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

    private int mirroredRelease(int j, int T) {
        int lf = net.deadline[j];
        return lf >= Network.NO_DEADLINE ? 0 : Math.max(0, T - lf);
    }

    private int placeFixed(boolean backward, int T) {
        int makespan = 0;
        for (int j : net.fixed) {
            int t = backward ? T - net.fixedStart[j] - net.duration[j] : net.fixedStart[j];
            place(j, t);
            start[j] = t;
            makespan = Math.max(makespan, t + net.duration[j]);
        }
        return makespan;
    }

    private int earliestFeasible(int j, int from) {
        int d = net.duration[j];
        int first = net.demStart[j];
        int last = net.demStart[j + 1];
        if (d == 0 || first == last) {
            return from;
        }
        int t = from;
        search:
        while (true) {
            for (int k = first; k < last; k++) {
                int base = net.demResource[k] * horizon;
                int q = net.demQuantity[k];
                for (int u = base + t + d - 1, stop = base + t; u >= stop; u--) {
                    if (remaining[u] < q) {
                        t = u - base + 1;
                        continue search;
                    }
                }
            }
            return t;
        }
    }

    private boolean fits(int j, int t) {
        int d = net.duration[j];
        for (int k = net.demStart[j]; k < net.demStart[j + 1]; k++) {
            int base = net.demResource[k] * horizon;
            int q = net.demQuantity[k];
            for (int u = base + t, stop = base + t + d; u < stop; u++) {
                if (remaining[u] < q) {
                    return false;
                }
            }
        }
        return true;
    }

    private void place(int j, int t) {
        int d = net.duration[j];
        if (d == 0) {
            return;
        }
        for (int k = net.demStart[j]; k < net.demStart[j + 1]; k++) {
            int base = net.demResource[k] * horizon;
            int q = net.demQuantity[k];
            for (int u = base + t, stop = base + t + d; u < stop; u++) {
                remaining[u] -= q;
            }
        }
        if (t + d > touched) {
            touched = t + d;
        }
    }

    private void resetProfile() {
        if (touched == 0) {
            return;
        }
        for (int r = 0; r < net.resources; r++) {
            Arrays.fill(remaining, r * horizon, r * horizon + touched, net.capacity[r]);
        }
        touched = 0;
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

package io.linchpin.bench.schedule;

import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;

/**
 * The floor: a bare forward and backward pass over int arrays in CSR form on the same graph,
 * with durations and lags as plain minutes: no calendars, constraints or link types.
 */
final class Floor {

    final int n;
    final int[] duration;
    final int[] predOffset;
    final int[] pred;
    final int[] lag;
    final int[] succOffset;
    final int[] succ;
    final int[] succLag;
    final int[] es;
    final int[] ef;
    final int[] lf;

    Floor(Plan plan) {
        n = plan.tasks().size();
        duration = new int[n];
        predOffset = new int[n + 1];
        int m = 0;
        for (int i = 0; i < n; i++) {
            Task t = plan.tasks().get(i);
            duration[i] = t.duration();
            m += t.predecessors().size();
            predOffset[i + 1] = m;
        }
        pred = new int[m];
        lag = new int[m];
        int[] succCount = new int[n + 1];
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (Link l : plan.tasks().get(i).predecessors()) {
                pred[e] = plan.indexOf(l.predecessor());
                lag[e] = (int) l.lag().amount();
                succCount[pred[e] + 1]++;
                e++;
            }
        }
        succOffset = new int[n + 1];
        for (int i = 0; i < n; i++) {
            succOffset[i + 1] = succOffset[i] + succCount[i + 1];
        }
        succ = new int[m];
        succLag = new int[m];
        int[] fill = java.util.Arrays.copyOf(succOffset, n);
        for (int s = 0; s < n; s++) {
            for (int k = predOffset[s]; k < predOffset[s + 1]; k++) {
                int slot = fill[pred[k]]++;
                succ[slot] = s;
                succLag[slot] = lag[k];
            }
        }
        es = new int[n];
        ef = new int[n];
        lf = new int[n];
    }

    /** Forward and backward pass; tasks are already in topological order (links point back). Returns the finish. */
    int run() {
        int finish = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int k = predOffset[i]; k < predOffset[i + 1]; k++) {
                int v = ef[pred[k]] + lag[k];
                if (v > best) {
                    best = v;
                }
            }
            es[i] = best;
            ef[i] = best + duration[i];
            finish = Math.max(finish, ef[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            int best = finish;
            for (int k = succOffset[i]; k < succOffset[i + 1]; k++) {
                int v = lf[succ[k]] - duration[succ[k]] - succLag[k];
                if (v < best) {
                    best = v;
                }
            }
            lf[i] = best;
        }
        return finish;
    }
}

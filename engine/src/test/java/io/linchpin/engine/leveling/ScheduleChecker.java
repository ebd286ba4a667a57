package io.linchpin.engine.leveling;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a leveled schedule against its problem through the public API only, independently of
 * the leveler's own data structures: every link holds, no activity starts before its release (or
 * its project's), fixed activities did not move, no resource exceeds its capacity in any period
 * (except where an activity left unleveled by a float limit, or a fixed one, runs), every other
 * activity finishes within its latest allowed finish, and the makespan is the last finish.
 */
public final class ScheduleChecker {

    private ScheduleChecker() {
    }

    /** Every rule the schedule breaks, in words; empty if it is a valid leveled schedule. */
    public static List<String> violations(LevelingProblem p, LevelingOptions o, LevelingResult r) {
        List<String> out = new ArrayList<>();
        int n = p.activityCount();
        boolean[] fixed = new boolean[n];
        boolean[] unresolved = new boolean[n];
        for (int a : r.unresolvedActivities()) {
            unresolved[a] = true;
        }
        int end = 0;
        for (int a = 0; a < n; a++) {
            fixed[a] = o.keepFixed() && p.isFixed(a);
            end = Math.max(end, r.start(a) + p.duration(a));
            if (r.finish(a) != r.start(a) + p.duration(a)) {
                out.add(p.activityName(a) + " finish is not start plus duration");
            }
            if (fixed[a]) {
                if (r.start(a) != p.fixedStart(a)) {
                    out.add(p.activityName(a) + " is fixed at " + p.fixedStart(a) + " but starts at " + r.start(a));
                }
                continue;
            }
            int release = Math.max(p.release(a), p.projectRelease(p.project(a)));
            if (r.start(a) < release) {
                out.add(p.activityName(a) + " starts at " + r.start(a) + " before its release " + release);
            }
            int[] latest = o.latestFinish();
            if (latest != null && !unresolved[a] && r.finish(a) > latest[a]) {
                out.add(p.activityName(a) + " finishes at " + r.finish(a) + " after its latest finish " + latest[a]);
            }
        }
        for (int a = 0; a < n; a++) {
            int[] succ = p.successors(a);
            int[] lag = p.successorLags(a);
            for (int k = 0; k < succ.length; k++) {
                if (fixed[succ[k]]) {
                    continue;
                }
                if (r.start(succ[k]) < r.finish(a) + lag[k]) {
                    out.add("link " + p.activityName(a) + " -> " + p.activityName(succ[k]) + " (lag " + lag[k]
                            + ") broken: " + r.finish(a) + " + " + lag[k] + " > " + r.start(succ[k]));
                }
            }
        }
        for (int res = 0; res < p.resourceCount(); res++) {
            for (int t = 0; t < end; t++) {
                int used = 0;
                boolean excused = false;
                for (int a = 0; a < n; a++) {
                    if (r.start(a) <= t && t < r.finish(a) && p.demand(a, res) > 0) {
                        used += p.demand(a, res);
                        excused |= fixed[a] || unresolved[a];
                    }
                }
                if (used > p.capacity(res) && !excused) {
                    out.add(p.resourceName(res) + " over-allocated in period " + t + ": " + used + " > "
                            + p.capacity(res));
                }
            }
        }
        if (r.makespan() != end) {
            out.add("makespan " + r.makespan() + " is not the last finish " + end);
        }
        return out;
    }
}

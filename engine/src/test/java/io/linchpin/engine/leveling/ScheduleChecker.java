package io.linchpin.engine.leveling;

import io.linchpin.engine.plan.LinkType;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a leveled schedule against its problem through the public API only, independently of
 * the leveler's own data structures, by counting periods one at a time: every link holds (all four
 * types, lags counted on their calendars), no activity starts before its release (or its
 * project's), an activity on a calendar starts in one of its working periods and finishes after
 * the last of its working periods, fixed activities did not move, no resource exceeds its
 * capacity of that period in any period where an activity works (except where an activity left
 * unleveled by a float limit, or a fixed one, works), every other activity finishes within its
 * latest allowed finish, and the makespan is the last finish.
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
            int finish = finish(p, a, r.start(a));
            end = Math.max(end, finish);
            if (r.finish(a) != finish) {
                out.add(p.activityName(a) + " finishes at " + r.finish(a) + ", not after its " + p.duration(a)
                        + " working periods from " + r.start(a) + " (" + finish + ")");
            }
            if (p.duration(a) > 0 && !fixed[a] && !works(p.calendar(a), r.start(a))) {
                out.add(p.activityName(a) + " starts at " + r.start(a) + ", not a working period of its calendar");
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
            LinkType[] type = p.successorTypes(a);
            PeriodCalendar[] lagCalendar = p.successorLagCalendars(a);
            for (int k = 0; k < succ.length; k++) {
                int s = succ[k];
                if (fixed[s]) {
                    continue;
                }
                int from = type[k].fromFinish() ? r.finish(a) : r.start(a);
                int x = shift(lagCalendar[k], from, lag[k]);
                boolean holds = type[k].toFinish()
                        ? working(p.calendar(s), 0, r.finish(s)) >= working(p.calendar(s), 0, x)
                        : r.start(s) >= x;
                if (!holds) {
                    out.add(type[k] + " link " + p.activityName(a) + " -> " + p.activityName(s) + " (lag " + lag[k]
                            + ") broken: it allows " + (type[k].toFinish() ? "a finish" : "a start") + " from " + x
                            + ", the successor runs " + r.start(s) + ".." + r.finish(s));
                }
            }
        }
        for (int res = 0; res < p.resourceCount(); res++) {
            for (int t = 0; t < end; t++) {
                int used = 0;
                boolean excused = false;
                for (int a = 0; a < n; a++) {
                    if (r.start(a) <= t && t < r.finish(a) && works(p.calendar(a), t) && p.demand(a, res) > 0) {
                        used += p.demand(a, res);
                        excused |= fixed[a] || unresolved[a];
                    }
                }
                int capacity = p.horizon() > 0 && t >= p.horizon() ? 0 : p.capacity(res, t);
                if (used > capacity && !excused) {
                    out.add(p.resourceName(res) + " over-allocated in period " + t + ": " + used + " > " + capacity);
                }
            }
        }
        if (r.makespan() != end) {
            out.add("makespan " + r.makespan() + " is not the last finish " + end);
        }
        return out;
    }

    /** Just after the last of the activity's working periods from {@code start}. */
    static int finish(LevelingProblem p, int a, int start) {
        int left = p.duration(a);
        int t = start;
        PeriodCalendar c = p.calendar(a);
        while (left > 0) {
            if (c != null && t >= c.horizon()) {
                return Integer.MAX_VALUE;
            }
            if (works(p.calendar(a), t)) {
                left--;
            }
            t++;
        }
        return t;
    }

    /** The end of {@code lag} working periods from {@code from} (for a lead, counted back), as the engine's positions do. */
    static int shift(PeriodCalendar c, int from, int lag) {
        if (c == null || lag == 0) {
            return from + lag;
        }
        int position = working(c, 0, from) + lag;
        if (position <= 0) {
            return 0;
        }
        int t = 0;
        int seen = 0;
        while (seen < position) {
            if (works(c, t)) {
                seen++;
            }
            t++;
        }
        return t;
    }

    private static int working(PeriodCalendar c, int from, int to) {
        if (c == null) {
            return to - from;
        }
        int count = 0;
        for (int t = from; t < to; t++) {
            count += works(c, t) ? 1 : 0;
        }
        return count;
    }

    private static boolean works(PeriodCalendar c, int t) {
        return c == null || c.isWorking(t);
    }
}

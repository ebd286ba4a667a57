package io.linchpin.engine.leveling;

import io.linchpin.engine.plan.LinkType;
import java.util.Arrays;

/**
 * The problem as one leveling run sees it once the options are applied: fixed activities are taken
 * out of the network (their links to later activities become release times, links into them are
 * dropped, since an actual start is a fact), project releases are folded into activity releases,
 * and the resource-free CPM dates the priority rules need are computed once.
 *
 * <p>It also holds the time arithmetic of activities and links. An activity without a calendar
 * works in every period: it finishes {@code duration} periods after its start. On a calendar it
 * works only in that calendar's working periods and finishes after the last of {@code duration}
 * of them. When no activity and no lag has a calendar (every PSPLIB instance), every link reduces
 * to "the successor starts at least {@code gap} periods after the predecessor starts", with a
 * constant gap, and the generators use that alone.
 */
final class Network {

    /** "No latest finish": far enough to never bind, small enough to never overflow when added to. */
    static final int NO_DEADLINE = Integer.MAX_VALUE / 4;
    /** "No link bound": below any start. */
    static final int NO_BOUND = Integer.MIN_VALUE / 4;

    private static final LinkType[] TYPES = LinkType.values();

    final LevelingProblem problem;
    final int n;
    final int resources;
    final int[] duration;
    final int[] capacity;
    /** Per resource, the capacity of each period, or {@code null} for a constant capacity. */
    final int[][] capacityProfile;
    final int[] demStart;
    final int[] demResource;
    final int[] demQuantity;
    /** Per activity its calendar, {@code null} when it works in every period. */
    final PeriodCalendar[] calendar;
    /** Whether links reduce to constant start-to-start gaps (no calendars anywhere). */
    final boolean uniform;
    final int[] predStart;
    final int[] pred;
    final byte[] predType;
    final int[] predLag;
    final PeriodCalendar[] predLagCalendar;
    /** With {@link #uniform}: the successor starts at least this many periods after the predecessor starts. */
    final int[] predGap;
    final int[] succStart;
    final int[] succ;
    final byte[] succType;
    final int[] succLag;
    final PeriodCalendar[] succLagCalendar;
    final int[] succGap;
    /**
     * Whether ordering a schedule's activities by start (or, backwards, by finish) can put a
     * successor before its predecessor: with leads, links to finishes or calendars.
     */
    final boolean timeOrderMayBreakLinks;
    final int[] release;
    final int[] deadline;
    final int[] fixedStart;
    /** Activities the leveler may place, in topological order. */
    final int[] movable;
    final int[] fixed;
    final int[] earlyStart;
    final int[] lateStart;
    final int[] lateFinish;
    final int criticalPathLength;
    final int[] project;
    final int projects;
    final long[] projectWeight;
    final int[] projectEarlyFinish;
    final long[] activityWeight;
    /** Periods any schedule can reach: the problem's horizon, or, without one, room for the worst serial schedule. */
    final int horizon;

    Network(LevelingProblem p, LevelingOptions options) {
        problem = p;
        n = p.n;
        resources = p.resources;
        duration = p.duration;
        capacity = p.capacity;
        capacityProfile = p.capacityProfile;
        demStart = p.demStart;
        demResource = p.demResource;
        demQuantity = p.demQuantity;
        project = p.project;
        projects = p.projects;
        calendar = new PeriodCalendar[n];
        boolean anyCalendar = false;
        for (int a = 0; a < n; a++) {
            PeriodCalendar c = p.calendar[a];
            calendar[a] = c == null || c.isEveryPeriod() ? null : c;
            anyCalendar |= calendar[a] != null;
        }

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

        int links = 0;
        boolean anyLagCalendar = false;
        for (int a = 0; a < n; a++) {
            for (int k = p.succStart[a]; k < p.succStart[a + 1]; k++) {
                if (fixedStart[a] < 0 && fixedStart[p.succ[k]] < 0) {
                    links++;
                    PeriodCalendar lc = p.succLagCalendar[k];
                    anyLagCalendar |= lc != null && !lc.isEveryPeriod() && p.succLag[k] != 0;
                }
            }
        }
        uniform = !anyCalendar && !anyLagCalendar;
        succStart = new int[n + 1];
        succ = new int[links];
        succType = new byte[links];
        succLag = new int[links];
        succLagCalendar = new PeriodCalendar[links];
        succGap = new int[links];
        predStart = new int[n + 1];
        pred = new int[links];
        predType = new byte[links];
        predLag = new int[links];
        predLagCalendar = new PeriodCalendar[links];
        predGap = new int[links];
        boolean mayBreak = !uniform;
        for (int a = 0, at = 0; a < n; a++) {
            for (int k = p.succStart[a]; k < p.succStart[a + 1]; k++) {
                int s = p.succ[k];
                if (fixedStart[a] < 0 && fixedStart[s] < 0) {
                    PeriodCalendar lc = p.succLagCalendar[k];
                    succ[at] = s;
                    succType[at] = (byte) p.succType[k].ordinal();
                    succLag[at] = p.succLag[k];
                    succLagCalendar[at] = lc == null || lc.isEveryPeriod() ? null : lc;
                    succGap[at] = p.succLag[k] + (p.succType[k].fromFinish() ? duration[a] : 0)
                            - (p.succType[k].toFinish() ? duration[s] : 0);
                    // Time order keeps precedence when both the gap and its mirror (for finishes) are positive or zero.
                    mayBreak |= succGap[at] < 0 || succGap[at] - duration[a] + duration[s] < 0;
                    at++;
                    predStart[s + 1]++;
                }
            }
            succStart[a + 1] = at;
        }
        timeOrderMayBreakLinks = mayBreak;
        for (int a = 0; a < n; a++) {
            predStart[a + 1] += predStart[a];
        }
        int[] fill = Arrays.copyOf(predStart, n);
        for (int a = 0; a < n; a++) {
            for (int k = succStart[a]; k < succStart[a + 1]; k++) {
                int at = fill[succ[k]]++;
                pred[at] = a;
                predType[at] = succType[k];
                predLag[at] = succLag[k];
                predLagCalendar[at] = succLagCalendar[k];
                predGap[at] = succGap[k];
            }
        }

        horizon = p.horizon > 0 ? p.horizon : unboundedReach(p);

        int fixedCount = 0;
        for (int a = 0; a < n; a++) {
            fixedCount += fixedStart[a] >= 0 ? 1 : 0;
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

        release = new int[n];
        for (int a = 0; a < n; a++) {
            release[a] = Math.max(p.release[a], p.projectRelease[p.project[a]]);
        }
        for (int a : fixed) {
            int finish = finish(a, fixedStart[a]);
            for (int k = p.succStart[a]; k < p.succStart[a + 1]; k++) {
                int s = p.succ[k];
                if (fixedStart[s] < 0) {
                    int bound = linkStart(p.succType[k].ordinal(), p.succLag[k], p.succLagCalendar[k], fixedStart[a],
                            finish, s);
                    release[s] = Math.max(release[s], bound);
                }
            }
        }

        earlyStart = new int[n];
        int end = 0;
        for (int a : fixed) {
            earlyStart[a] = fixedStart[a];
            end = Math.max(end, finish(a, fixedStart[a]));
        }
        int[] earlyFinish = new int[n];
        for (int a : fixed) {
            earlyFinish[a] = finish(a, fixedStart[a]);
        }
        for (int a : movable) {
            int es = firstWorking(a, Math.max(0, Math.max(release[a], predecessorBound(a, earlyStart, earlyFinish))));
            earlyStart[a] = es;
            earlyFinish[a] = finish(a, es);
            end = Math.max(end, earlyFinish[a]);
        }
        criticalPathLength = end;
        lateStart = new int[n];
        lateFinish = new int[n];
        for (int a : fixed) {
            lateStart[a] = fixedStart[a];
            lateFinish[a] = earlyFinish[a];
        }
        for (int i = movable.length - 1; i >= 0; i--) {
            int a = movable[i];
            int ls = Math.min(latestStart(a, end), successorBound(a, lateStart));
            ls = Math.max(ls, earlyStart[a]);
            lateStart[a] = lastWorking(a, ls);
            lateFinish[a] = finish(a, lateStart[a]);
        }

        projectEarlyFinish = new int[projects];
        for (int a = 0; a < n; a++) {
            projectEarlyFinish[project[a]] = Math.max(projectEarlyFinish[project[a]], earlyFinish[a]);
        }
        projectWeight = new long[projects];
        for (int q = 0; q < projects; q++) {
            projectWeight[q] = p.projectPriority[q] + 1L;
        }
        activityWeight = new long[n];
        for (int a = 0; a < n; a++) {
            activityWeight[a] = p.priority[a] + 1L;
        }
    }

    /** Without a horizon: room for the worst serial schedule, and as much again, within the profile's reach. */
    private static int unboundedReach(LevelingProblem p) {
        long span = 0;
        int maxDuration = 0;
        long latestRelease = 0;
        for (int a = 0; a < p.n; a++) {
            int positiveLag = 0;
            for (int k = p.succStart[a]; k < p.succStart[a + 1]; k++) {
                positiveLag = Math.max(positiveLag, p.succLag[k]);
            }
            span += p.duration[a] + positiveLag;
            maxDuration = Math.max(maxDuration, p.duration[a]);
            latestRelease = Math.max(latestRelease, Math.max(p.release[a], Math.max(p.fixedStart[a], 0)));
        }
        for (int q = 0; q < p.projects; q++) {
            latestRelease = Math.max(latestRelease, p.projectRelease[q]);
        }
        long reach = 2 * (latestRelease + span) + maxDuration + 1;
        if (reach * Math.max(1, p.resources) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The plan spans " + reach + " periods over " + p.resources
                    + " resources: too long for the leveler's profile; use a coarser period");
        }
        return (int) reach;
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

    /** The earliest start the links from movable predecessors allow, given their starts and finishes. */
    int predecessorBound(int j, int[] start, int[] finish) {
        int bound = NO_BOUND;
        if (uniform) {
            for (int k = predStart[j]; k < predStart[j + 1]; k++) {
                bound = Math.max(bound, start[pred[k]] + predGap[k]);
            }
            return bound;
        }
        for (int k = predStart[j]; k < predStart[j + 1]; k++) {
            int p = pred[k];
            bound = Math.max(bound, linkStart(predType[k], predLag[k], predLagCalendar[k], start[p], finish[p], j));
        }
        return bound;
    }

    /** The latest start the links to movable successors allow, given their starts. */
    int successorBound(int j, int[] start) {
        int bound = NO_DEADLINE;
        if (uniform) {
            for (int k = succStart[j]; k < succStart[j + 1]; k++) {
                bound = Math.min(bound, start[succ[k]] - succGap[k]);
            }
            return bound;
        }
        for (int k = succStart[j]; k < succStart[j + 1]; k++) {
            bound = Math.min(bound, linkLatestStart(succType[k], succLag[k], succLagCalendar[k], j, start[succ[k]], succ[k]));
        }
        return bound;
    }

    /**
     * The earliest start of {@code s} that a link allows. The lag is counted from the
     * predecessor's start or finish in the lag calendar's working periods; a link to the successor's
     * finish allows the starts whose finish, in the successor's own working periods, is no earlier.
     */
    int linkStart(int type, int lag, PeriodCalendar lagCalendar, int predStart, int predFinish, int s) {
        LinkType t = TYPES[type];
        int x = shift(lagCalendar, t.fromFinish() ? predFinish : predStart, lag);
        if (!t.toFinish() || duration[s] == 0) {
            return x;
        }
        PeriodCalendar c = calendar[s];
        if (c == null) {
            return x - duration[s];
        }
        int k = before(c, s, x) - duration[s];
        return k <= 0 ? 0 : workingPeriod(c, s, k);
    }

    /** The latest start of predecessor {@code p} that a link allows, the successor starting at {@code succStart}. */
    int linkLatestStart(int type, int lag, PeriodCalendar lagCalendar, int p, int succStart, int s) {
        LinkType t = TYPES[type];
        int z;
        if (t.toFinish() && duration[s] > 0) {
            PeriodCalendar c = calendar[s];
            if (c == null) {
                z = succStart + duration[s];
            } else {
                int k = c.before[succStart] + duration[s];
                z = k < c.at.length ? c.at[k] : horizon;
            }
        } else {
            z = succStart;
        }
        int y = unshift(lagCalendar, z, lag);
        return t.fromFinish() ? latestStart(p, y) : y;
    }

    /** The end of {@code lag} working periods of the calendar counted from {@code from} (backwards for a lead). */
    private int shift(PeriodCalendar c, int from, int lag) {
        if (lag == 0) {
            return from;
        }
        if (c == null) {
            return from + lag;
        }
        int k = c.before[Math.min(Math.max(from, 0), c.horizon())] + lag;
        if (k <= 0) {
            return 0;
        }
        return k <= c.at.length ? c.at[k - 1] + 1 : horizon + (k - c.at.length);
    }

    /** The latest {@code from} whose {@link #shift} is at most {@code to}. */
    private int unshift(PeriodCalendar c, int to, int lag) {
        if (lag == 0) {
            return to;
        }
        if (c == null) {
            return to - lag;
        }
        if (to < 0) {
            return NO_BOUND;
        }
        int k = c.before[Math.min(to, c.horizon())] - lag;
        if (k < 0) {
            return NO_BOUND;
        }
        return k < c.at.length ? c.at[k] : horizon;
    }

    /** The finish of the activity started at {@code start}: just after its last working period. */
    int finish(int j, int start) {
        int d = duration[j];
        PeriodCalendar c = calendar[j];
        if (d == 0) {
            return start;
        }
        if (c == null) {
            return start + d;
        }
        return workingPeriod(c, j, c.before[start] + d - 1) + 1;
    }

    /** The latest start at which the activity finishes by {@code finishBy}, or {@link #NO_BOUND} if none. */
    int latestStart(int j, int finishBy) {
        int d = duration[j];
        PeriodCalendar c = calendar[j];
        if (d == 0 || finishBy >= NO_DEADLINE) {
            return finishBy >= NO_DEADLINE ? NO_DEADLINE : finishBy;
        }
        if (c == null) {
            return finishBy - d;
        }
        if (finishBy < 0) {
            return NO_BOUND;
        }
        int k = c.before[Math.min(finishBy, c.horizon())] - d;
        return k < 0 ? NO_BOUND : c.at[k];
    }

    /** The first period at or after {@code t} the activity can start in: a working period of its calendar. */
    int firstWorking(int j, int t) {
        PeriodCalendar c = calendar[j];
        if (c == null || duration[j] == 0) {
            return t;
        }
        return workingPeriod(c, j, before(c, j, t));
    }

    /** The last period at or before {@code t} the activity can start in, or {@link #NO_BOUND}. */
    int lastWorking(int j, int t) {
        PeriodCalendar c = calendar[j];
        if (c == null || duration[j] == 0 || t >= NO_DEADLINE || t < 0) {
            return t;
        }
        int k = c.before[Math.min(t + 1, c.horizon())];
        return k == 0 ? NO_BOUND : c.at[k - 1];
    }

    /** Working periods of the activity's calendar before {@code t}. */
    private int before(PeriodCalendar c, int j, int t) {
        if (t > c.horizon()) {
            throw new LevelingHorizonException(problem, j, -1);
        }
        return c.before[Math.max(t, 0)];
    }

    /** The k-th working period of the activity's calendar. */
    private int workingPeriod(PeriodCalendar c, int j, int k) {
        if (k >= c.at.length) {
            throw new LevelingHorizonException(problem, j, -1);
        }
        return c.at[k];
    }
}

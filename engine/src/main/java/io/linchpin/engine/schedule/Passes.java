package io.linchpin.engine.schedule;

import static io.linchpin.engine.schedule.ScheduleNetwork.DRIVER_ACTUAL;
import static io.linchpin.engine.schedule.ScheduleNetwork.DRIVER_CHILDREN;
import static io.linchpin.engine.schedule.ScheduleNetwork.DRIVER_CONSTRAINT;
import static io.linchpin.engine.schedule.ScheduleNetwork.DRIVER_MANUAL;
import static io.linchpin.engine.schedule.ScheduleNetwork.DRIVER_NOT_BEFORE;
import static io.linchpin.engine.schedule.ScheduleNetwork.F_ALAP;
import static io.linchpin.engine.schedule.ScheduleNetwork.F_ELAPSED;
import static io.linchpin.engine.schedule.ScheduleNetwork.F_FINISHED;
import static io.linchpin.engine.schedule.ScheduleNetwork.F_MANUAL;
import static io.linchpin.engine.schedule.ScheduleNetwork.F_MILESTONE;
import static io.linchpin.engine.schedule.ScheduleNetwork.F_PASSIVE;
import static io.linchpin.engine.schedule.ScheduleNetwork.F_SLOW_BACKWARD;
import static io.linchpin.engine.schedule.ScheduleNetwork.F_START_MILESTONE;
import static io.linchpin.engine.schedule.ScheduleNetwork.F_SLOW_FORWARD;
import static io.linchpin.engine.schedule.ScheduleNetwork.F_STARTED;
import static io.linchpin.engine.schedule.ScheduleNetwork.F_SUMMARY;
import static io.linchpin.engine.schedule.ScheduleNetwork.INF;
import static io.linchpin.engine.schedule.ScheduleNetwork.MODE_CROSS;
import static io.linchpin.engine.schedule.ScheduleNetwork.MODE_ELAPSED;
import static io.linchpin.engine.schedule.ScheduleNetwork.MODE_FAST;
import static io.linchpin.engine.schedule.ScheduleNetwork.MODE_PERCENT;
import static io.linchpin.engine.schedule.ScheduleNetwork.NONE;

import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.Timeline;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.ProgressMode;
import io.linchpin.engine.plan.RuleSet;

/**
 * The forward and backward passes over a {@link ScheduleNetwork}. Tasks without progress or
 * constraints (bar start no earlier than) whose links are working-time links take an
 * integer-only path (a link from another calendar reads its {@link CrossReads} slot); the rest
 * go through {@link #forwardTask} and {@link #backwardTask}, where the MS Project and P6 rules
 * differ.
 */
final class Passes {

    private static final int FS = 0;
    private static final int SS = 1;
    private static final int FF = 2;
    private static final int SF = 3;

    private static final ConstraintType[] CONSTRAINTS = ConstraintType.values();

    private Passes() {
    }

    /**
     * The forward pass. {@code general} sends every task through the general step, the
     * reference the integer step must equal. Otherwise the tasks go segment by segment: first the
     * segment's {@link CrossReads}, then its tasks.
     */
    static void forward(ScheduleNetwork net, int[] dur, int[] notBefore, Workspace ws, boolean alapPass, boolean general) {
        int[] flags = net.flags;
        if (notBefore != null || alapPass || general) {
            for (int i = 0; i < net.n; i++) {
                if ((flags[i] & F_PASSIVE) == 0) {
                    forwardTask(net, i, dur, notBefore, ws, alapPass);
                }
            }
            return;
        }
        int[] segment = net.segment;
        CrossReads reads = net.forwardReads;
        int[] early = ws.early;
        int slots = 2 * net.n;
        for (int g = 0; g + 1 < segment.length; g++) {
            for (int j = reads.first[g], end = reads.first[g + 1]; j < end; j++) {
                early[slots + j] = reads.value(j, early, net.planStart);
            }
            for (int i = segment[g], end = segment[g + 1]; i < end; i++) {
                int f = flags[i];
                if ((f & (F_PASSIVE | F_SLOW_FORWARD)) == 0) {
                    forwardFast(net, i, dur[i], ws);
                } else if ((f & F_PASSIVE) == 0) {
                    forwardTask(net, i, dur, null, ws, false);
                }
            }
        }
    }

    /**
     * The integer-only forward step: working-time links, no constraint but start no earlier than,
     * no progress; a link from another calendar reads its {@link CrossReads} slot. A link's code
     * names the date it starts from and whether it ends at the task's finish, so no link type is
     * branched on: link types come in random order and a branch on them mispredicts.
     */
    private static void forwardFast(ScheduleNetwork net, int i, int d, Workspace ws) {
        int[] code = net.edgeCode;
        int[] lag = net.edgeLag;
        int[] early = ws.early;
        int c = net.calendar[i];
        int best = net.startFloor[c];
        int drv = net.startFloorDriver[c];
        for (int e = net.predOffset[i], end = net.predOffset[i + 1]; e < end; e++) {
            int k = code[e];
            int v = early[k >> 1] + lag[e] - (d & -(k & 1));
            if (v > best) {
                best = v;
                drv = e;
            }
        }
        // After the links, as in forwardTask: a link that ties with the constraint drives.
        if (net.notEarlier[i] > best) {
            best = net.notEarlier[i];
            drv = DRIVER_CONSTRAINT;
        }
        early[2 * i] = best;
        early[2 * i + 1] = best + d;
        ws.driver[i] = drv;
    }

    /**
     * Re-runs the passes after the duration of one task changed since the last run into
     * {@code ws}: the forward pass visits only the tasks that change reaches, and the backward
     * pass too unless the project finish moved. A network with active summaries or
     * as-late-as-possible tasks runs in full.
     */
    static void rerun(ScheduleNetwork net, int[] dur, int changed, Workspace ws) {
        boolean[] dirty = ws.dirty;
        ws.startReach();
        dirty[changed] = true;
        for (int i = changed; i < net.n; i++) {
            if (!dirty[i]) {
                continue;
            }
            dirty[i] = false;
            int es = ws.es(i);
            int ef = ws.ef(i);
            int drv = ws.driver[i];
            if ((net.flags[i] & F_SLOW_FORWARD) != 0) {
                forwardTask(net, i, dur, null, ws, false);
            } else {
                for (int e = net.predOffset[i]; e < net.predOffset[i + 1]; e++) {
                    if (net.edgeMode[e] == MODE_CROSS) {
                        refresh(net.forwardReads, net.edgeCode[e], ws.early, net);
                    }
                }
                forwardFast(net, i, dur[i], ws);
            }
            // A finished P6 activity's successors read its driver too (remainingFinishInstant).
            boolean remainderMoved = (net.flags[i] & F_FINISHED) != 0 && drv != ws.driver[i];
            ws.reached(i);
            if (es != ws.es(i) || ef != ws.ef(i) || remainderMoved) {
                for (int x = net.succOffset[i]; x < net.succOffset[i + 1]; x++) {
                    dirty[net.edgeSucc[net.succEdge[x]]] = true;
                }
                // The predecessors' free float is measured to this task's early start.
                for (int e = net.predOffset[i]; e < net.predOffset[i + 1]; e++) {
                    ws.reached(net.edgePred[e]);
                }
            }
        }
        int finish = ws.projectFinish;
        finish(net, dur, ws);
        if (finish != ws.projectFinish) {
            backward(net, dur, ws);
            ws.reachedAll();
            return;
        }
        dirty[changed] = true;
        for (int i = changed; i >= 0; i--) {
            if (!dirty[i]) {
                continue;
            }
            dirty[i] = false;
            int ls = ws.ls(i);
            int lf = ws.lf(i);
            // A finished P6 activity's instant can move while its position stays (finishedLate).
            int instant = ws.lateInstant[i];
            if ((net.flags[i] & F_SLOW_BACKWARD) != 0) {
                backwardTask(net, i, dur, ws);
            } else {
                for (int x = net.succOffset[i]; x < net.succOffset[i + 1]; x++) {
                    if (net.edgeMode[net.succEdge[x]] == MODE_CROSS) {
                        refresh(net.backwardReads, net.succCode[x], ws.late, net);
                    }
                }
                backwardFast(net, i, dur[i], ws);
            }
            ws.reached(i);
            if (ls != ws.ls(i) || lf != ws.lf(i) || instant != ws.lateInstant[i]) {
                for (int e = net.predOffset[i]; e < net.predOffset[i + 1]; e++) {
                    dirty[net.edgePred[e]] = true;
                }
            }
        }
    }

    private static void forwardTask(ScheduleNetwork net, int i, int[] dur, int[] notBefore, Workspace ws, boolean alapPass) {
        int f = net.flags[i];
        if ((f & F_SUMMARY) != 0) {
            forwardSummary(net, i, ws);
            return;
        }
        int c = net.calendar[i];
        CalendarTable t = net.tables[c];
        int d = dur[i];
        boolean p6 = net.rules == RuleSet.P6;
        if ((f & F_FINISHED) != 0) {
            if (p6) {
                finishedInP6(net, i, dur, ws);
            } else {
                ws.early[2 * i] = net.actualStart[i];
                ws.early[2 * i + 1] = net.actualFinish[i];
                ws.driver[i] = DRIVER_ACTUAL;
            }
            return;
        }
        if ((f & F_STARTED) != 0 && !p6) {
            ws.early[2 * i] = net.actualStart[i];
            ws.early[2 * i + 1] = finishFrom(net, i, net.actualStart[i], net.done[i] + d);
            ws.driver[i] = DRIVER_ACTUAL;
            return;
        }
        int start;
        int drv;
        if ((f & F_STARTED) != 0) {
            start = net.statusPosition[c];
            drv = ScheduleNetwork.DRIVER_STATUS_DATE;
        } else {
            start = net.startFloor[c];
            drv = net.startFloorDriver[c];
        }
        boolean followLinks = (f & F_STARTED) == 0 || net.progress == ProgressMode.RETAINED_LOGIC;
        if (followLinks) {
            for (int e = net.predOffset[i], end = net.predOffset[i + 1]; e < end; e++) {
                int v = linkStart(net, e, i, d, ws, dur, alapPass);
                if (v > start) {
                    start = v;
                    drv = e;
                }
            }
        }
        if (notBefore != null && notBefore[i] != NONE) {
            int nb = t.workBefore(notBefore[i]);
            if (nb > start) {
                start = nb;
                drv = DRIVER_NOT_BEFORE;
            }
        }
        if ((f & F_STARTED) == 0) {
            int constrained = constrainStart(net, i, net.constraintType[i], net.constraintPosition[i], start, d);
            if (net.secondaryType[i] >= 0) {
                constrained = constrainStart(net, i, net.secondaryType[i], net.secondaryPosition[i], constrained, d);
            }
            ws.floatStart[i] = constrained < start && net.rules == RuleSet.MS_PROJECT ? start : NONE;
            if (constrained != start) {
                start = constrained;
                drv = DRIVER_CONSTRAINT;
            }
        }
        if ((f & F_MANUAL) != 0) {
            ws.early[2 * i] = net.manualStart[i];
            ws.early[2 * i + 1] = net.manualFinish[i];
            ws.driver[i] = DRIVER_MANUAL;
            return;
        }
        ws.early[2 * i] = start;
        ws.early[2 * i + 1] = finishFrom(net, i, start, d);
        ws.driver[i] = drv;
    }

    /**
     * P6 gives a finished activity remaining early dates too: none of its work remains, but by
     * retained logic what remains (nothing) still waits for predecessors that are not finished
     * (progress out of sequence), from the data date.
     */
    private static void finishedInP6(ScheduleNetwork net, int i, int[] dur, Workspace ws) {
        int start = net.statusPosition[net.calendar[i]];
        int drv = ScheduleNetwork.DRIVER_STATUS_DATE;
        for (int e = net.predOffset[i], end = net.predOffset[i + 1]; e < end; e++) {
            if ((net.flags[net.edgePred[e]] & F_FINISHED) != 0) {
                continue;
            }
            int v = linkStart(net, e, i, 0, ws, dur, false);
            // On a tie the link drives: see remainingFinishInstant.
            if (v >= start) {
                start = v;
                drv = e;
            }
        }
        ws.early[2 * i] = start;
        ws.early[2 * i + 1] = start;
        ws.driver[i] = drv;
    }

    /** Applies a date constraint to an early start, by the plan's rules. */
    private static int constrainStart(ScheduleNetwork net, int i, byte type, int position, int start, int d) {
        if (type < 0) {
            return start;
        }
        boolean hard = net.rules == RuleSet.P6 || net.honorConstraints;
        switch (CONSTRAINTS[type]) {
            case SNET:
            case START_ON:
                return Math.max(start, position);
            case FNET:
            case FINISH_ON:
                return Math.max(start, startFrom(net, i, position, d));
            case SNLT:
                return net.rules == RuleSet.MS_PROJECT && hard ? Math.min(start, position) : start;
            case FNLT:
                return net.rules == RuleSet.MS_PROJECT && hard ? Math.min(start, startFrom(net, i, position, d)) : start;
            case MSO:
                return hard ? position : Math.max(start, position);
            case MFO:
                return hard ? startFrom(net, i, position, d) : Math.max(start, startFrom(net, i, position, d));
            default:
                return start;
        }
    }

    private static void forwardSummary(ScheduleNetwork net, int s, Workspace ws) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int k = net.memberOffset[s]; k < net.memberOffset[s + 1]; k++) {
            int m = net.members[k];
            first = Math.min(first, startInstant(net, m, ws.es(m)));
            last = Math.max(last, finishInstant(net, m, ws.ef(m)));
        }
        CalendarTable t = net.tables[net.calendar[s]];
        ws.early[2 * s] = t.workBefore(first);
        ws.early[2 * s + 1] = t.workBefore(last);
        ws.driver[s] = DRIVER_CHILDREN;
    }

    /** The earliest start of the successor {@code s} that link {@code e} allows, as a position on its calendar. */
    static int linkStart(ScheduleNetwork net, int e, int s, int d, Workspace ws, int[] dur, boolean alapPass) {
        int p = net.edgePred[e];
        int type = net.edgeType[e];
        boolean fromFinish = type == FS || type == FF;
        boolean late = alapPass && (net.flags[p] & F_ALAP) != 0;
        int source = fromFinish ? (late ? ws.lf(p) : ws.ef(p)) : (late ? ws.ls(p) : ws.es(p));
        if ((net.flags[p] & F_FINISHED) != 0) {
            source = fromFinish ? net.actualFinish[p] : net.actualStart[p];
        } else if ((net.flags[p] & F_STARTED) != 0 && !fromFinish) {
            source = net.actualStart[p];
        }
        int v;
        if (net.edgeMode[e] == MODE_FAST) {
            v = source + net.edgeLag[e];
        } else {
            int instant = fromFinish ? finishInstant(net, p, source) : startInstant(net, p, source);
            // P6's first pass (ScheduleNetwork#firstPass) reads an unstarted predecessor's finish
            // on another calendar as the start of its next work.
            if (ws.isFirstPass && fromFinish && (net.flags[p] & F_STARTED) == 0 && net.calendar[p] != net.calendar[s]) {
                instant = net.tables[net.calendar[p]].startAt(source);
            }
            if (net.edgeMode[e] == MODE_ELAPSED) {
                instant += net.edgeLag[e];
            } else {
                int amount = lagMinutes(net, e, p, dur);
                if (amount != 0) {
                    CalendarTable lag = net.tables[net.edgeLagCalendar[e]];
                    instant = lag.finishAt(lag.workBefore(instant) + amount);
                }
            }
            v = net.tables[net.calendar[s]].workBefore(instant);
        }
        if (net.rules == RuleSet.P6 && (net.flags[p] & F_FINISHED) != 0 && (net.flags[s] & F_STARTED) == 0) {
            // P6 holds a not yet started successor of a finished activity after that activity's
            // remaining early finish too (the data date, or later if its own predecessors are not
            // done).
            v = Math.max(v, net.tables[net.calendar[s]].workBefore(remainingFinishInstant(net, p, ws)));
        }
        return type == FF || type == SF ? startFrom(net, s, v, d) : v;
    }

    /**
     * The instant a finished P6 activity's (empty) remaining work ends, which its not yet started
     * successors wait for: the data date itself, or, when a predecessor that is not finished holds
     * it later, the start of the work after that predecessor's requirement on the activity's own
     * calendar (the remainder "starts" there, even for a finish milestone).
     */
    static int remainingFinishInstant(ScheduleNetwork net, int p, Workspace ws) {
        return ws.driver[p] >= 0 ? net.tables[net.calendar[p]].startAt(ws.ef(p)) : net.statusDate;
    }

    private static int lagMinutes(ScheduleNetwork net, int e, int p, int[] dur) {
        if (net.edgeMode[e] == MODE_PERCENT) {
            long total = (long) dur[p] + net.done[p];
            return (int) Math.round(total * net.edgeLag[e] / 10000.0);
        }
        return net.edgeLag[e];
    }

    /** Sets the project finish: the latest early finish, or the must-finish-by date if later. */
    static void finish(ScheduleNetwork net, int[] dur, Workspace ws) {
        int[] latest = ws.finishPosition;
        java.util.Arrays.fill(latest, Integer.MIN_VALUE);
        for (int i = 0; i < net.n; i++) {
            if ((net.flags[i] & (F_SUMMARY | F_PASSIVE)) == 0) {
                int c = net.calendar[i];
                if (ws.ef(i) > latest[c]) {
                    latest[c] = ws.ef(i);
                }
            }
        }
        int finish = net.planStart;
        for (int c = 0; c < latest.length; c++) {
            if (latest[c] != Integer.MIN_VALUE) {
                finish = Math.max(finish, net.tables[c].finishAt(latest[c]));
            }
        }
        if (net.mustFinishBy != NONE && net.mustFinishBy > finish) {
            finish = net.mustFinishBy;
        }
        ws.projectFinish = finish;
        for (int c = 0; c < latest.length; c++) {
            latest[c] = net.tables[c].workBefore(finish);
        }
    }

    static void backward(ScheduleNetwork net, int[] dur, Workspace ws) {
        backward(net, dur, ws, false);
    }

    /** The backward pass; {@code general} as for {@link #forward}. Segment by segment from the last, each after its {@link CrossReads}. */
    static void backward(ScheduleNetwork net, int[] dur, Workspace ws, boolean general) {
        int[] flags = net.flags;
        if (general) {
            for (int i = net.n - 1; i >= 0; i--) {
                if ((flags[i] & F_PASSIVE) == 0) {
                    backwardTask(net, i, dur, ws);
                }
            }
            return;
        }
        int[] segment = net.segment;
        CrossReads reads = net.backwardReads;
        int[] late = ws.late;
        int slots = 2 * net.n;
        for (int g = segment.length - 2; g >= 0; g--) {
            for (int j = reads.first[g], end = reads.first[g + 1]; j < end; j++) {
                late[slots + j] = reads.value(j, late, net.planStart);
            }
            for (int i = segment[g + 1] - 1, end = segment[g]; i >= end; i--) {
                int f = flags[i];
                if ((f & (F_PASSIVE | F_SLOW_BACKWARD)) == 0) {
                    backwardFast(net, i, dur[i], ws);
                } else if ((f & F_PASSIVE) == 0) {
                    backwardTask(net, i, dur, ws);
                }
            }
        }
    }

    /** The integer-only backward step, held to the project finish, branch-free on link types as {@link #forwardFast} is. */
    private static void backwardFast(ScheduleNetwork net, int i, int d, Workspace ws) {
        int[] code = net.succCode;
        int[] lag = net.succLag;
        int[] late = ws.late;
        int best = ws.finishPosition[net.calendar[i]];
        for (int x = net.succOffset[i], end = net.succOffset[i + 1]; x < end; x++) {
            int k = code[x];
            int v = late[k >> 1] - lag[x] + (d & -(k & 1));
            if (v < best) {
                best = v;
            }
        }
        late[2 * i + 1] = best;
        late[2 * i] = best - d;
    }

    /** Converts again the {@link CrossReads} slot a link's code points at: a re-run's step does before it reads it. */
    private static void refresh(CrossReads reads, int code, int[] dates, ScheduleNetwork net) {
        int j = (code >> 1) - 2 * net.n;
        dates[2 * net.n + j] = reads.value(j, dates, net.planStart);
    }

    private static void backwardTask(ScheduleNetwork net, int i, int[] dur, Workspace ws) {
        int f = net.flags[i];
        boolean p6 = net.rules == RuleSet.P6;
        if ((f & F_SUMMARY) != 0) {
            backwardSummary(net, i, dur, ws);
            return;
        }
        int c = net.calendar[i];
        CalendarTable t = net.tables[c];
        int d = dur[i];
        int projectFinish = ws.finishPosition[c];
        if ((f & F_FINISHED) != 0 && !p6) {
            ws.late[2 * i + 1] = net.actualFinish[i];
            ws.late[2 * i] = net.actualStart[i];
            return;
        }
        int lf = INF;
        // P6 places the late start of an activity whose late finish a finish-to-finish link from
        // another calendar sets as if that finish were read by the work into its day, as its first
        // pass reads it, while the late finish shows the successor's instant (engine README).
        int startBasis = INF;
        for (int x = net.succOffset[i]; x < net.succOffset[i + 1]; x++) {
            int e = net.succEdge[x];
            int s = net.edgeSucc[e];
            if (!p6 && (net.flags[s] & F_FINISHED) != 0) {
                continue;
            }
            if (manualIgnoresLink(net, e, i)) {
                continue;
            }
            int v = linkFinish(net, e, i, d, ws, dur);
            lf = Math.min(lf, v);
            boolean byWork = p6 && !ws.isFirstPass && net.edgeType[e] == FF && readsWorkIntoDay(net, e, i);
            startBasis = Math.min(startBasis, byWork ? Math.max(v, workIntoDayBound(net, e, i, ws, dur)) : v);
        }
        for (int x = net.memberOfOffset[i]; x < net.memberOfOffset[i + 1]; x++) {
            int s = net.memberOf[x];
            CalendarTable st = net.tables[net.calendar[s]];
            if (ws.lf(s) < INF) {
                lf = Math.min(lf, t.workBefore(st.finishAt(ws.lf(s))));
            }
            if (ws.ls(s) < INF && net.startInstant(i, ws.es(i)) == st.startAt(ws.es(s))) {
                lf = Math.min(lf, finishFrom(net, i, t.workBefore(st.startAt(ws.ls(s))), d));
            }
        }
        int linked = lf;
        if (lf > projectFinish) {
            lf = projectFinish;
        }
        if ((f & F_FINISHED) != 0) {
            finishedLate(net, i, lf, ws, dur);
            return;
        }
        lf = constrainFinish(net, i, net.constraintType[i], ws.isFirstPass ? net.firstPassConstraintPosition[i] : net.constraintPosition[i], lf, d);
        if (net.secondaryType[i] >= 0) {
            lf = constrainFinish(net, i, net.secondaryType[i], net.secondaryPosition[i], lf, d);
        }
        if (!p6 && net.deadline[i] < lf) {
            lf = net.deadline[i];
        }
        ws.late[2 * i + 1] = lf;
        int remaining = (f & F_STARTED) != 0 && !p6 ? d + net.done[i] : d;
        int basis = lf == linked && startBasis > lf ? Math.min(startBasis, projectFinish) : lf;
        ws.late[2 * i] = startFrom(net, i, basis, remaining);
    }

    /**
     * P6 gives a finished activity late dates too (no remaining work: late start = late finish),
     * and keeps them as the instant its successors ask for, not moved to its own working time: a
     * finished activity on a 7-day calendar before a successor that may start Monday 08:00 shows
     * Monday 08:00, not Sunday 16:00, and hands Monday 08:00 on to its own predecessors. The
     * position {@code lf} (links, summaries and the project finish) stays what the pass uses.
     */
    private static void finishedLate(ScheduleNetwork net, int i, int lf, Workspace ws, int[] dur) {
        CalendarTable t = net.tables[net.calendar[i]];
        int instant = ws.projectFinish;
        for (int x = net.succOffset[i]; x < net.succOffset[i + 1]; x++) {
            instant = Math.min(instant, linkInstant(net, net.succEdge[x], i, ws, dur, false));
        }
        if (t.workBefore(instant) != lf) {
            instant = t.finishAt(lf);
        }
        ws.lateInstant[i] = instant;
        ws.late[2 * i + 1] = lf;
        ws.late[2 * i] = lf;
    }

    /** MS Project does not hold a manually scheduled task's late dates back by its start-to-start or start-to-finish links. */
    private static boolean manualIgnoresLink(ScheduleNetwork net, int e, int p) {
        int type = net.edgeType[e];
        return net.rules == RuleSet.MS_PROJECT && (net.flags[p] & F_MANUAL) != 0 && (type == SS || type == SF);
    }

    /**
     * P6 schedules an as-late-as-possible activity's early dates as late as its successors' early
     * dates allow (an open end may wait for the project finish); chains of such activities settle
     * from the last one back.
     */
    static void delayAsLateAsPossible(ScheduleNetwork net, int[] dur, Workspace ws) {
        for (int i = net.n - 1; i >= 0; i--) {
            if ((net.flags[i] & (F_ALAP | F_STARTED | F_SUMMARY | F_PASSIVE)) != F_ALAP) {
                continue;
            }
            int d = dur[i];
            int latest = ws.finishPosition[net.calendar[i]];
            for (int x = net.succOffset[i]; x < net.succOffset[i + 1]; x++) {
                int e = net.succEdge[x];
                latest = Math.min(latest, linkFinish(net, e, i, d, ws, dur, true));
            }
            ws.alapDelayed[i] = latest > ws.ef(i);
            if (latest > ws.ef(i)) {
                ws.early[2 * i + 1] = latest;
                ws.early[2 * i] = startFrom(net, i, latest, d);
            }
        }
    }

    /** Applies a date constraint to a late finish, by the plan's rules. */
    private static int constrainFinish(ScheduleNetwork net, int i, byte type, int position, int lf, int d) {
        if (type < 0) {
            return lf;
        }
        boolean hard = net.rules == RuleSet.P6 || net.honorConstraints;
        switch (CONSTRAINTS[type]) {
            case SNLT:
            case START_ON:
                return Math.min(lf, finishFrom(net, i, position, d));
            case FNLT:
            case FINISH_ON:
                return Math.min(lf, position);
            case MSO:
                return hard ? finishFrom(net, i, position, d) : Math.min(lf, finishFrom(net, i, position, d));
            case MFO:
                return hard ? position : Math.min(lf, position);
            default:
                return lf;
        }
    }

    private static void backwardSummary(ScheduleNetwork net, int s, int[] dur, Workspace ws) {
        int finishReq = INF;
        int startReq = INF;
        for (int x = net.succOffset[s]; x < net.succOffset[s + 1]; x++) {
            int e = net.succEdge[x];
            int succ = net.edgeSucc[e];
            if ((net.flags[succ] & F_FINISHED) != 0) {
                continue;
            }
            int v = linkBound(net, e, s, ws, dur, false);
            if (net.edgeType[e] == FS || net.edgeType[e] == FF) {
                finishReq = Math.min(finishReq, v);
            } else {
                startReq = Math.min(startReq, v);
            }
        }
        ws.late[2 * s + 1] = finishReq;
        ws.late[2 * s] = startReq;
    }

    /** The latest finish of predecessor {@code p} that link {@code e} allows, as a position on its calendar. */
    static int linkFinish(ScheduleNetwork net, int e, int p, int d, Workspace ws, int[] dur) {
        return linkFinish(net, e, p, d, ws, dur, false);
    }

    /** As {@link #linkFinish}, from the successor's early dates when {@code early} is set. */
    private static int linkFinish(ScheduleNetwork net, int e, int p, int d, Workspace ws, int[] dur, boolean early) {
        int v = linkBound(net, e, p, ws, dur, early);
        int type = net.edgeType[e];
        return type == SS || type == SF ? finishFrom(net, p, v, d) : v;
    }

    /** The latest finish (FS, FF) or start (SS, SF) of predecessor {@code p} that link {@code e} allows. */
    private static int linkBound(ScheduleNetwork net, int e, int p, Workspace ws, int[] dur, boolean early) {
        int s = net.edgeSucc[e];
        int type = net.edgeType[e];
        if (net.edgeMode[e] == MODE_FAST && !keepsLateInstant(net, s, early) && !lagFromFinished(net, e, p)) {
            boolean toFinish = type == FF || type == SF;
            int target = early ? (toFinish ? ws.ef(s) : ws.es(s)) : (toFinish ? ws.lf(s) : ws.ls(s));
            return target - net.edgeLag[e];
        }
        // P6's first pass (ScheduleNetwork#firstPass) carries a late date to another calendar by
        // the work into its day.
        if (ws.isFirstPass && !early && readsWorkIntoDay(net, e, p)) {
            return workIntoDayBound(net, e, p, ws, dur);
        }
        int instant = linkInstant(net, e, p, ws, dur, early);
        CalendarTable own = net.tables[net.calendar[p]];
        boolean finishMilestone = (net.flags[p] & (F_MILESTONE | F_START_MILESTONE)) == F_MILESTONE;
        if ((type == SS || type == SF) && !finishMilestone && net.rules == RuleSet.MS_PROJECT && instant < own.timeline().endMinute()) {
            // The latest start whose first working minute begins by that instant.
            return own.workBefore(instant + 1) - 1;
        }
        return own.workBefore(instant);
    }

    /**
     * Whether link {@code e} can carry its successor's late date to predecessor {@code p} by the
     * work into its day: across calendars, with a working lag counted on the predecessor's (a lag
     * counted on another calendar keeps the usual reading).
     */
    private static boolean readsWorkIntoDay(ScheduleNetwork net, int e, int p) {
        int s = net.edgeSucc[e];
        return net.calendar[s] != net.calendar[p] && net.edgeMode[e] != MODE_ELAPSED && (net.flags[p] & F_FINISHED) == 0
                && !keepsLateInstant(net, s, false) && net.edgeLagCalendar[e] == net.calendar[p];
    }

    /** The latest date of {@code p}'s end that link {@code e} allows, its successor's late date read by the work into its day. */
    private static int workIntoDayBound(ScheduleNetwork net, int e, int p, Workspace ws, int[] dur) {
        int s = net.edgeSucc[e];
        int type = net.edgeType[e];
        int target = type == FF || type == SF ? finishInstant(net, s, ws.lf(s)) : startInstant(net, s, ws.ls(s));
        return workIntoDay(net.tables[net.calendar[s]], net.tables[net.calendar[p]], target) - lagMinutes(net, e, p, dur);
    }

    /**
     * The position on {@code to} as much work into the day of {@code instant} as {@code from} has
     * done by then (at most the whole day on {@code to}): how P6's first pass carries a late date
     * to a predecessor on another calendar.
     */
    private static int workIntoDay(CalendarTable from, CalendarTable to, int instant) {
        int day = instant - Math.floorMod(instant, Timeline.MINUTES_PER_DAY);
        int dayStart = to.workBefore(day);
        int worked = from.workBefore(instant) - from.workBefore(day);
        return dayStart + Math.min(worked, to.workBefore(day + Timeline.MINUTES_PER_DAY) - dayStart);
    }

    /** Whether link {@code e} carries a positive working lag from a finished P6 activity (see {@link #remainingLag}). */
    private static boolean lagFromFinished(ScheduleNetwork net, int e, int p) {
        return net.rules == RuleSet.P6 && (net.flags[p] & F_FINISHED) != 0 && net.edgeLag[e] > 0;
    }

    /**
     * The part of a positive lag from finished activity {@code p} still to run after its (empty)
     * remainder ends: the successor waits for the actual date plus the lag, which is that
     * remainder's end plus what is left of the lag, so only what is left holds the finished
     * activity's late dates. A lag that ran out before the data date holds nothing back.
     */
    private static int remainingLag(ScheduleNetwork net, int e, int p, Workspace ws, CalendarTable lag, int amount) {
        boolean fromFinish = net.edgeType[e] == FS || net.edgeType[e] == FF;
        int from = fromFinish ? finishInstant(net, p, net.actualFinish[p]) : startInstant(net, p, net.actualStart[p]);
        int elapsed = lag.workBefore(remainingFinishInstant(net, p, ws)) - lag.workBefore(from);
        return Math.max(0, amount - elapsed);
    }

    /** Whether the late dates of successor {@code s} are read from its P6 finished-activity instant. */
    private static boolean keepsLateInstant(ScheduleNetwork net, int s, boolean early) {
        return !early && net.rules == RuleSet.P6 && (net.flags[s] & F_FINISHED) != 0;
    }

    /**
     * The latest instant at which link {@code e} allows predecessor {@code p}'s finish (FS, FF) or
     * start (SS, SF), before its calendar places it on working time.
     */
    private static int linkInstant(ScheduleNetwork net, int e, int p, Workspace ws, int[] dur, boolean early) {
        int s = net.edgeSucc[e];
        int type = net.edgeType[e];
        boolean toFinish = type == FF || type == SF;
        int target = early ? (toFinish ? ws.ef(s) : ws.es(s)) : (toFinish ? ws.lf(s) : ws.ls(s));
        CalendarTable to = net.tables[net.calendar[s]];
        // The latest instant the successor's date allows: the exact inverse of the forward pass.
        // P6 instead hands over the successor's own instant (a finish milestone's is the end of
        // the work before it; a finished activity's is the one it keeps), which can be earlier.
        int instant;
        if (net.rules != RuleSet.P6) {
            instant = to.startAt(target);
        } else if (keepsLateInstant(net, s, early)) {
            instant = ws.lateInstant[s];
        } else {
            instant = toFinish ? finishInstant(net, s, target) : startInstant(net, s, target);
        }
        if (net.edgeMode[e] == MODE_ELAPSED) {
            instant -= net.edgeLag[e];
        } else {
            int amount = lagMinutes(net, e, p, dur);
            if (amount != 0) {
                CalendarTable lag = net.tables[net.edgeLagCalendar[e]];
                if (amount > 0 && net.rules == RuleSet.P6 && (net.flags[p] & F_FINISHED) != 0) {
                    amount = remainingLag(net, e, p, ws, lag, amount);
                }
                int position = lag.workBefore(instant) - amount;
                instant = net.rules == RuleSet.P6 ? lag.finishAt(position) : lag.startAt(position);
            }
        }
        return instant;
    }

    /**
     * The instant a start position stands for when a link carries it to another calendar: where
     * work begins, except that a finish milestone sits at the end of the work before it.
     */
    static int startInstant(ScheduleNetwork net, int i, int position) {
        CalendarTable t = net.tables[net.calendar[i]];
        if ((net.flags[i] & (F_MILESTONE | F_START_MILESTONE)) != F_MILESTONE) {
            return t.startAt(position);
        }
        int instant = t.finishAt(position);
        // A milestone at the very start of the project sits at the project start, not at the end of the day before.
        return instant < net.planStart && t.workBefore(net.planStart) == position ? net.planStart : instant;
    }

    /** The instant a finish position stands for: where work ends; a milestone has one instant for both. */
    static int finishInstant(ScheduleNetwork net, int i, int position) {
        return (net.flags[i] & F_MILESTONE) != 0 ? startInstant(net, i, position) : net.tables[net.calendar[i]].finishAt(position);
    }

    /** The finish position of work of length {@code d} starting at position {@code start}. */
    static int finishFrom(ScheduleNetwork net, int i, int start, int d) {
        if ((net.flags[i] & F_ELAPSED) == 0) {
            return start + d;
        }
        CalendarTable t = net.tables[net.calendar[i]];
        return t.workBefore(t.startAt(start) + d);
    }

    /** The start position of work of length {@code d} finishing at position {@code finish}. */
    static int startFrom(ScheduleNetwork net, int i, int finish, int d) {
        if ((net.flags[i] & F_ELAPSED) == 0) {
            return finish - d;
        }
        CalendarTable t = net.tables[net.calendar[i]];
        return t.workBefore(t.finishAt(finish) - d);
    }
}

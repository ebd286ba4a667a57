package io.linchpin.engine.schedule;

import io.linchpin.engine.calendar.CalendarPair;
import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.Timeline;
import io.linchpin.engine.plan.FloatBasis;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.ProgressMode;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;

/**
 * A plan compiled for scheduling: struct-of-arrays task data, links in CSR form (grouped by
 * successor, with a successor index), a topological order computed once and calendars as
 * tables. Immutable and thread-safe: any number of threads may {@link #run} it at once, each
 * into its own {@link Workspace}.
 *
 * <p>Inside a run every date is a work position on the task's own calendar, so a link between
 * two tasks on the same calendar with a working lag on that calendar is plain integer addition;
 * only links that cross calendars, elapsed lags and percentage lags go through the calendar
 * tables.
 *
 * <p>Build one with {@link #compile(Plan)}; {@link Scheduler} wraps a run into a {@link Schedule}.
 */
public final class ScheduleNetwork {

    static final int INF = Integer.MAX_VALUE / 2;
    static final int NONE = Integer.MIN_VALUE;

    static final int DRIVER_PROJECT_START = -1;
    static final int DRIVER_STATUS_DATE = -2;
    static final int DRIVER_CONSTRAINT = -3;
    static final int DRIVER_ACTUAL = -4;
    static final int DRIVER_NOT_BEFORE = -5;
    static final int DRIVER_MANUAL = -6;
    static final int DRIVER_CHILDREN = -7;

    /** A summary with successors: its dates come from its leaves during the passes. */
    static final int F_SUMMARY = 1;
    /** A summary without successors: the passes skip it; its dates roll up afterwards. */
    static final int F_PASSIVE = 1 << 1;
    /** The task needs the general forward step (constraint, progress, a link through the calendars...). */
    static final int F_SLOW_FORWARD = 1 << 2;
    /** The task needs the general backward step. */
    static final int F_SLOW_BACKWARD = 1 << 3;
    static final int F_ELAPSED = 1 << 4;
    static final int F_STARTED = 1 << 5;
    static final int F_FINISHED = 1 << 6;
    static final int F_MANUAL = 1 << 7;
    static final int F_ALAP = 1 << 8;
    static final int F_MILESTONE = 1 << 9;
    static final int F_START_MILESTONE = 1 << 10;
    /** A started P6 activity at 100 % physical complete: P6's first pass ends it at the data date. */
    static final int F_PHYSICALLY_COMPLETE = 1 << 11;

    static final byte MODE_FAST = 0;
    static final byte MODE_WORKING = 1;
    static final byte MODE_ELAPSED = 2;
    static final byte MODE_PERCENT = 3;
    /**
     * A working lag between plain tasks on different calendars, counted on one of the two: the
     * passes read one position through a {@link CalendarPair} (see {@link CrossReads}); in the general step
     * it is a {@link #MODE_WORKING} link.
     */
    static final byte MODE_CROSS = 4;

    /** How a position becomes an instant when a link carries it to another calendar: where work begins. */
    static final int AT_START = 0;
    /** Where work ends. */
    static final int AT_FINISH = 1;
    /** Where work ends, except a milestone at the very start of the project sits at the project start. */
    static final int AT_MILESTONE = 2;

    final Plan plan;
    final RuleSet rules;
    final Timeline timeline;
    final CalendarTable[] tables;
    final int n;

    final int[] flags;
    final int[] calendar;
    final int[] duration;
    final int[] done;
    final byte[] constraintType;
    final int[] constraintPosition;
    /** The constraint position as P6's first pass reads it (a finish-on date by work into its day on the project calendar). */
    final int[] firstPassConstraintPosition;
    /** Per plain task: its start-no-earlier-than position, which the integer step applies; else {@link #NONE}. */
    final int[] notEarlier;
    final byte[] secondaryType;
    final int[] secondaryPosition;
    final int[] deadline;
    final int[] actualStart;
    final int[] actualFinish;
    final int[] manualStart;
    final int[] manualFinish;

    /** Plan index of each network index. */
    final int[] order;
    /** Network index of each plan index. */
    final int[] internal;
    final int[] predOffset;
    final int[] edgePred;
    final int[] edgeSucc;
    final byte[] edgeType;
    final byte[] edgeMode;
    final int[] edgeLag;
    final int[] edgeLagCalendar;
    final int[] succOffset;
    final int[] succEdge;
    /**
     * Per link, by predecessor side: the forward pass's reading of it (see {@link NetworkCompiler#earlyCode});
     * a {@link #MODE_CROSS} link's points at its {@link CrossReads} slot.
     */
    final int[] edgeCode;
    /**
     * Successor-side copies of the links' successor and type (as {@link NetworkCompiler#lateCode},
     * or a {@link CrossReads} slot) and lag, so the backward pass reads memory in order.
     */
    final int[] succCode;
    final int[] succLag;
    /**
     * The first task of each segment, and {@link #n} at the end: no {@link #MODE_CROSS} link
     * joins two tasks of one segment (see {@link CrossReads}).
     */
    final int[] segment;
    final CrossReads forwardReads;
    final CrossReads backwardReads;
    final Children outline;
    final int[] memberOffset;
    final int[] members;
    final int[] memberOfOffset;
    final int[] memberOf;

    final int[] startFloor;
    final int[] startFloorDriver;
    final int[] statusPosition;
    /** Per calendar: the plan start as a work position. */
    final int[] planStartPosition;
    final int mustFinishBy;
    final int planStart;
    /** The status date as an engine minute, or the plan start when there is none. */
    final int statusDate;
    final int criticalFloat;
    final FloatBasis floatBasis;
    final boolean honorConstraints;
    final ProgressMode progress;
    final boolean hasAlap;
    final boolean hasActiveSummaries;

    ScheduleNetwork(NetworkCompiler c) {
        this.plan = c.plan;
        this.rules = c.plan.rules();
        this.timeline = c.timeline;
        this.tables = c.tables;
        this.n = c.n;
        this.flags = c.flags;
        this.calendar = c.calendar;
        this.duration = c.duration;
        this.done = c.done;
        this.constraintType = c.constraintType;
        this.constraintPosition = c.constraintPosition;
        this.firstPassConstraintPosition = c.firstPassConstraintPosition;
        this.notEarlier = c.notEarlier;
        this.secondaryType = c.secondaryType;
        this.secondaryPosition = c.secondaryPosition;
        this.deadline = c.deadline;
        this.actualStart = c.actualStart;
        this.actualFinish = c.actualFinish;
        this.manualStart = c.manualStart;
        this.manualFinish = c.manualFinish;
        this.order = c.order;
        this.internal = c.internal;
        this.predOffset = c.predOffset;
        this.edgePred = c.edgePred;
        this.edgeSucc = c.edgeSucc;
        this.edgeType = c.edgeType;
        this.edgeMode = c.edgeMode;
        this.edgeLag = c.edgeLag;
        this.edgeLagCalendar = c.edgeLagCalendar;
        this.succOffset = c.succOffset;
        this.succEdge = c.succEdge;
        this.edgeCode = c.edgeCode;
        this.succCode = c.succCode;
        this.succLag = c.succLag;
        this.segment = c.segment;
        this.forwardReads = c.forwardReads;
        this.backwardReads = c.backwardReads;
        this.outline = c.outline;
        this.memberOffset = c.memberOffset;
        this.members = c.members;
        this.memberOfOffset = c.memberOfOffset;
        this.memberOf = c.memberOf;
        this.startFloor = c.startFloor;
        this.startFloorDriver = c.startFloorDriver;
        this.statusPosition = c.statusPosition;
        this.planStartPosition = c.planStartPosition;
        this.mustFinishBy = c.mustFinishBy;
        this.planStart = c.planStart;
        this.statusDate = c.statusDate;
        this.criticalFloat = c.plan.options().criticalFloatMinutes();
        this.floatBasis = c.floatBasis;
        this.honorConstraints = c.plan.options().honorConstraints();
        this.progress = c.progress;
        this.hasAlap = c.hasAlap;
        boolean summaries = false;
        for (int f : flags) {
            summaries |= (f & F_SUMMARY) != 0;
        }
        this.hasActiveSummaries = summaries;
    }

    /**
     * Compiles a plan.
     *
     * @throws CycleException if the links form a loop
     * @throws io.linchpin.engine.calendar.OutsideCalendarRangeException if a date of the plan lies
     *     outside its calendar range
     */
    public static ScheduleNetwork compile(Plan plan) {
        return new NetworkCompiler(plan).compile();
    }

    /** The plan this network was compiled from. */
    public Plan plan() {
        return plan;
    }

    /**
     * Number of tasks, summaries included. The network numbers its tasks {@code 0 .. size() - 1} in
     * topological order (its own, not the plan's): see {@link #indexOf} and {@link #task}.
     */
    public int size() {
        return n;
    }

    /** The network index of a task, or -1 if the plan has no such task. */
    public int indexOf(String taskId) {
        int i = plan.indexOf(taskId);
        return i < 0 ? -1 : internal[i];
    }

    /** Each task's children in the plan's outline, by network index: {@code list[offset[i] .. offset[i + 1])}. */
    record Children(int[] offset, int[] list) {
    }

    /** The plan's task at a network index. */
    public Task task(int index) {
        return plan.tasks().get(order[index]);
    }

    /** The timeline the calendars are tabulated over: it converts engine minutes to dates. */
    public Timeline timeline() {
        return timeline;
    }

    int calendarCount() {
        return tables.length;
    }

    /** The calendar table the task at a network index is scheduled on. */
    public CalendarTable calendarOf(int task) {
        return tables[calendar[task]];
    }

    /** Whether the task at network index {@code i} is a summary. */
    public boolean isSummary(int i) {
        return (flags[i] & (F_SUMMARY | F_PASSIVE)) != 0;
    }

    /**
     * The durations the plan gives, by network index, in working minutes (wall-clock minutes for
     * elapsed tasks): the remaining duration of started tasks. A copy: change it and pass it to
     * {@link #run}.
     */
    public int[] durations() {
        return duration.clone();
    }

    /** A new workspace sized for this network. */
    public Workspace newWorkspace() {
        return new Workspace(this);
    }

    /** Schedules the plan's own durations. */
    public void run(Workspace ws) {
        run(duration, null, ws);
    }

    /**
     * Runs the forward and backward passes with alternative durations (same units as
     * {@link #durations()}) and optional per-task "not before" instants, such as leveling delays.
     * Allocates nothing.
     *
     * @param durations one duration per task, by network index; summaries' entries are ignored
     * @param notBefore per task (by network index) an engine minute before which the task may not start, or
     *     {@link Integer#MIN_VALUE} for none; {@code null} for no such limits
     * @param ws the caller's workspace, from this network
     */
    public void run(int[] durations, int[] notBefore, Workspace ws) {
        if (ws.network != this) {
            throw new IllegalArgumentException("the workspace belongs to another network");
        }
        if (durations.length != n || (notBefore != null && notBefore.length != n)) {
            throw new IllegalArgumentException("expected " + n + " durations" + (notBefore == null ? "" : " and not-before times"));
        }
        run(durations, notBefore, ws, false);
    }

    /**
     * Runs the forward pass alone with alternative durations: early dates, drivers, the project
     * finish and {@link #longestPath} are set; late dates and float are not (reading them throws).
     * A plan with as-late-as-possible tasks, whose early dates follow their late ones, runs both
     * passes. About half the work of {@link #run(int[], int[], Workspace)}: what a Monte Carlo
     * iteration needs. Allocates nothing.
     */
    public void runEarly(int[] durations, Workspace ws) {
        requireOwn(durations, ws);
        if (hasAlap) {
            run(durations, null, ws);
            return;
        }
        ws.valid = false;
        ws.lateValid = false;
        ws.lastRunHadNotBefore = false;
        ws.reachedAll();
        Passes.forward(this, durations, null, ws, false, false);
        Passes.finish(this, durations, ws);
        ws.valid = true;
    }

    /** A run with every task through the general step: the reference for the integer step (tests). */
    void runGeneral(Workspace ws) {
        run(duration, null, ws, true);
    }

    private void run(int[] durations, int[] notBefore, Workspace ws, boolean general) {
        ws.valid = false;
        ws.reachedAll();
        ws.lastRunHadNotBefore = notBefore != null;
        Passes.forward(this, durations, notBefore, ws, false, general);
        Passes.finish(this, durations, ws);
        Passes.backward(this, durations, ws, general);
        if (hasAlap && rules == RuleSet.MS_PROJECT) {
            Passes.forward(this, durations, notBefore, ws, true, general);
        } else if (hasAlap) {
            Passes.delayAsLateAsPossible(this, durations, ws);
            prepareFirstPass(durations, ws);
        }
        ws.lateValid = true;
        ws.valid = true;
    }

    /**
     * Lists the tasks on the longest paths of the last run in a workspace: every task that
     * finishes at the latest early finish, and, back from them, every predecessor whose link
     * sets its successor's early start (all of them where links tie, so each of several equally
     * long paths counts). Deadlines play no part. A path ends at a task held by the project start,
     * a constraint or progress; a link from a summary continues at the children that set the
     * summary's date. Allocates nothing, which is what a Monte Carlo criticality count needs.
     *
     * @param durations the durations of that run
     * @param ws the workspace of that run
     * @param found receives the network indices of the tasks found, in no particular order; at least
     *     {@link #size()} long
     * @return how many tasks were found
     */
    public int longestPath(int[] durations, Workspace ws, int[] found) {
        ws.projectFinish();
        TaskMarks marks = ws.pathMarks();
        marks.clear();
        int[] latest = ws.pathLatest;
        java.util.Arrays.fill(latest, Integer.MIN_VALUE);
        for (int i = 0; i < n; i++) {
            if ((flags[i] & (F_SUMMARY | F_PASSIVE)) == 0 && ws.ef(i) > latest[calendar[i]]) {
                latest[calendar[i]] = ws.ef(i);
            }
        }
        int last = Integer.MIN_VALUE;
        for (int c = 0; c < latest.length; c++) {
            if (latest[c] != Integer.MIN_VALUE) {
                last = Math.max(last, tables[c].finishAt(latest[c]));
            }
        }
        for (int c = 0; c < latest.length; c++) {
            if (latest[c] != Integer.MIN_VALUE && tables[c].finishAt(latest[c]) != last) {
                latest[c] = Integer.MIN_VALUE;
            }
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if ((flags[i] & (F_SUMMARY | F_PASSIVE)) == 0 && ws.ef(i) == latest[calendar[i]] && marks.mark(i)) {
                found[count++] = i;
            }
        }
        boolean alapPass = hasAlap && rules == RuleSet.MS_PROJECT;
        for (int head = 0; head < count; head++) {
            int s = found[head];
            if (ws.driver[s] < 0) {
                continue;
            }
            for (int e = predOffset[s]; e < predOffset[s + 1]; e++) {
                if (Passes.linkStart(this, e, s, durations[s], ws, durations, alapPass) != ws.es(s)) {
                    continue;
                }
                int p = edgePred[e];
                if ((flags[p] & F_SUMMARY) == 0) {
                    count = add(p, marks, found, count);
                    continue;
                }
                boolean fromFinish = linkType(edgeType[e]).fromFinish();
                CalendarTable t = tables[calendar[p]];
                for (int k = memberOffset[p]; k < memberOffset[p + 1]; k++) {
                    int m = members[k];
                    int setBy = fromFinish ? t.workBefore(finishInstant(m, ws.ef(m))) : t.workBefore(startInstant(m, ws.es(m)));
                    if (setBy == (fromFinish ? ws.ef(p) : ws.es(p))) {
                        count = add(m, marks, found, count);
                    }
                }
            }
        }
        return count;
    }

    private static int add(int task, TaskMarks marks, int[] found, int count) {
        if (marks.mark(task)) {
            found[count++] = task;
        }
        return count;
    }

    /**
     * Re-schedules after the duration of one task changed since the last run into {@code ws}
     * (what the server does on an edit): only the tasks the change reaches are visited, unless it
     * moves the project finish. Gives the same result as {@link #run(int[], int[], Workspace)}
     * with these durations.
     *
     * @param durations the durations of the last run with the one change
     * @param changedTask network index of the task whose duration changed
     */
    public void rerun(int[] durations, int changedTask, Workspace ws) {
        requireOwn(durations, ws);
        if (!ws.valid || !ws.lateValid || ws.lastRunHadNotBefore || hasAlap || hasActiveSummaries) {
            run(durations, null, ws);
            return;
        }
        ws.valid = false;
        Passes.rerun(this, durations, changedTask, ws);
        ws.valid = true;
    }

    /**
     * The tasks whose results the last {@link #rerun} into {@code ws} may have changed: every task
     * it visited, the predecessors of those whose early dates moved (their free float) and every
     * summary (their roll-ups), as network indices in no particular order; {@code null} when the
     * last run was a full one, after which any task may have changed. What the server reads out
     * and compares after an edit, instead of every task of the project.
     */
    public int[] rerunReach(Workspace ws) {
        if (ws.network != this) {
            throw new IllegalArgumentException("the workspace belongs to another network");
        }
        if (ws.reachCount < 0) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (isSummary(i)) {
                ws.reached(i);
            }
        }
        return java.util.Arrays.copyOf(ws.reach, ws.reachCount);
    }

    private void requireOwn(int[] durations, Workspace ws) {
        if (ws.network != this || durations.length != n) {
            throw new IllegalArgumentException("expected this network's workspace and " + n + " durations");
        }
    }

    /** The instant of a start position: where the next working minute begins (a finish milestone: where the last one ended). */
    int startInstant(int i, int position) {
        return Passes.startInstant(this, i, position);
    }

    /** The instant of a finish position. */
    int finishInstant(int i, int position) {
        return Passes.finishInstant(this, i, position);
    }

    /** P6 shows a finished activity's early dates at the data date and its late dates at one instant. */
    boolean isFinishedInP6(int i) {
        return rules == RuleSet.P6 && (flags[i] & F_FINISHED) != 0;
    }

    /**
     * P6's first pass, whose floats its as-late-as-possible activities keep when it does not move
     * them: a forward and a backward pass in which started activities at 100 % physical complete
     * end at the data date and links across calendars read dates as P6 first does (an unstarted
     * predecessor's finish as its next work start; a successor's late date by the work into its
     * day; a finish-on date by the work into its day on the plan's calendar), to the project
     * finish of the run. engine/README.md ("What the oracle shows") has the rule and its evidence.
     * Only a float needs it, so a run keeps its durations ({@link #prepareFirstPass}) and the pass
     * runs when a float first asks: a Monte Carlo iteration reading dates does not pay for it.
     */
    private void firstPass(Workspace ws) {
        Workspace first = ws.first;
        int[] dur = first.firstPassDurations;
        Passes.forward(this, dur, null, first, false, true);
        first.projectFinish = ws.projectFinish;
        System.arraycopy(ws.finishPosition, 0, first.finishPosition, 0, first.finishPosition.length);
        Passes.backward(this, dur, first, true);
        first.valid = true;
        first.lateValid = true;
        ws.firstPassPending = false;
    }

    /** Keeps the durations of this run for {@link #firstPass}, those of started activities at 100 % physical at zero. */
    private void prepareFirstPass(int[] durations, Workspace ws) {
        int[] dur = ws.firstPass().firstPassDurations;
        for (int i = 0; i < n; i++) {
            dur[i] = (flags[i] & F_PHYSICALLY_COMPLETE) != 0 ? 0 : durations[i];
        }
        ws.firstPassPending = true;
    }

    int totalFloat(Workspace ws, int i) {
        if (rules == RuleSet.P6 && (flags[i] & F_FINISHED) != 0) {
            return 0;
        }
        if (rules == RuleSet.P6 && (flags[i] & (F_ALAP | F_STARTED | F_SUMMARY | F_PASSIVE)) == F_ALAP && !ws.alapDelayed[i]
                && ws.first != null) {
            if (ws.firstPassPending) {
                firstPass(ws);
            }
            ws = ws.first;
        }
        int pulled = ws.floatStart[i] == NONE ? 0 : ws.floatStart[i] - ws.es(i);
        int startFloat = ws.ls(i) - ws.es(i) - pulled;
        int finishFloat = ws.lf(i) - ws.ef(i) - pulled;
        switch (floatBasis) {
            case START:
                return startFloat;
            case FINISH:
                return finishFloat;
            default:
                return Math.min(startFloat, finishFloat);
        }
    }

    boolean isCritical(Workspace ws, int i) {
        return totalFloat(ws, i) <= criticalFloat;
    }

    static LinkType linkType(byte code) {
        return LinkType.values()[code];
    }
}

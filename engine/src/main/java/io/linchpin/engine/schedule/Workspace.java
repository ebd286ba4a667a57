package io.linchpin.engine.schedule;

/**
 * Caller-owned result arrays for one run of a {@link ScheduleNetwork}. Reusing a workspace makes a
 * run allocation-free, which is what Monte Carlo needs: one workspace per thread, thousands of
 * runs. Not thread-safe; the network it belongs to is.
 *
 * <p>Dates are work positions on each task's calendar (see {@link io.linchpin.engine.calendar.CalendarTable});
 * {@link ScheduleNetwork} converts them to instants.
 */
public final class Workspace {

    final ScheduleNetwork network;
    /**
     * Early start and finish of task i at 2i and 2i + 1: a link reads the end it starts from by
     * index, with no branch on its type, and both ends of a task share a cache line. The
     * forward pass's {@link CrossReads} slots follow.
     */
    final int[] early;
    /** Late start and finish of task i at 2i and 2i + 1, then the backward pass's {@link CrossReads} slots. */
    final int[] late;
    /** The edge that set the early start (≥ 0), or a negative {@link Driver.Kind} code. */
    final int[] driver;
    /**
     * Where links alone would have started a task that a constraint pulled earlier (MS Project
     * measures its float from there), or {@link ScheduleNetwork#NONE}. Only constrained tasks are
     * ever written.
     */
    final int[] floatStart;
    /** Scratch for {@link ScheduleNetwork#rerun}: tasks still to visit; all false between runs. */
    final boolean[] dirty;
    /**
     * Per task: the late date a finished P6 activity keeps, as an instant (see
     * {@link Passes#finishedLate}); only those are ever written.
     */
    final int[] lateInstant;
    /** Whether the last run had not-before times (a re-run cannot keep them). */
    boolean lastRunHadNotBefore;
    /** Per calendar: the project finish as a work position. */
    final int[] finishPosition;
    int projectFinish;
    boolean valid;
    /** Whether the last run set the late dates ({@link ScheduleNetwork#runEarly} does not). */
    boolean lateValid;
    /** Whether this workspace holds P6's first pass (links read dates as that pass does). */
    final boolean isFirstPass;
    /** P6's first pass of the last run, for a P6 network with as-late-as-possible tasks; else null. */
    Workspace first;
    /** Whether the last run's first pass is still to run (it runs when a float first needs it). */
    boolean firstPassPending;
    /** In a first-pass workspace: the durations of that pass. */
    final int[] firstPassDurations;
    /** Per task: whether the last run moved this P6 as-late-as-possible activity later. */
    final boolean[] alapDelayed;
    /** Per calendar: scratch for {@link ScheduleNetwork#longestPath}. */
    final int[] pathLatest;
    /** The tasks the last re-run visited, {@code reach[0 .. reachCount)}, or {@code reachCount == -1} after a full run. */
    int[] reach;
    int reachCount = -1;
    private TaskMarks reachMarks;
    private TaskMarks pathMarks;

    Workspace(ScheduleNetwork network) {
        this(network, false);
    }

    private Workspace(ScheduleNetwork network, boolean isFirstPass) {
        this.network = network;
        this.isFirstPass = isFirstPass;
        int n = network.size();
        this.early = new int[2 * n + network.forwardReads.size()];
        this.late = new int[2 * n + network.backwardReads.size()];
        this.driver = new int[n];
        this.floatStart = new int[n];
        this.dirty = new boolean[n];
        this.lateInstant = new int[n];
        java.util.Arrays.fill(floatStart, ScheduleNetwork.NONE);
        this.finishPosition = new int[network.calendarCount()];
        this.pathLatest = new int[network.calendarCount()];
        this.firstPassDurations = isFirstPass ? new int[n] : null;
        this.alapDelayed = new boolean[n];
    }

    /** The workspace of P6's first pass, made on first use. */
    Workspace firstPass() {
        if (first == null) {
            first = new Workspace(network, true);
        }
        return first;
    }

    int es(int i) {
        return early[2 * i];
    }

    int ef(int i) {
        return early[2 * i + 1];
    }

    int ls(int i) {
        return late[2 * i];
    }

    int lf(int i) {
        return late[2 * i + 1];
    }

    /** Marks for {@link ScheduleNetwork#longestPath}, made on first use. */
    TaskMarks pathMarks() {
        if (pathMarks == null) {
            pathMarks = new TaskMarks(driver.length);
        }
        return pathMarks;
    }

    /**
     * Starts recording which tasks a re-run visits ({@link ScheduleNetwork#rerunReach}); the
     * arrays come on the first re-run, which a Monte Carlo workspace never makes.
     */
    void startReach() {
        if (reach == null) {
            reach = new int[driver.length];
            reachMarks = new TaskMarks(driver.length);
        }
        reachMarks.clear();
        reachCount = 0;
    }

    /** Records that the running re-run visited task {@code i} (once). */
    void reached(int i) {
        if (reachCount >= 0 && reachMarks.mark(i)) {
            reach[reachCount++] = i;
        }
    }

    /** The last run was a full one: any task may have changed. */
    void reachedAll() {
        reachCount = -1;
    }

    /** The network this workspace belongs to. */
    public ScheduleNetwork network() {
        return network;
    }

    /** Project finish of the last run: the latest early finish, as an engine minute. */
    public int projectFinish() {
        check();
        return projectFinish;
    }

    /** Early start of the task at network index {@code i} as an engine minute. */
    public int earlyStart(int i) {
        check();
        return network.isFinishedInP6(i) ? finishedEarly(i) : network.startInstant(i, es(i));
    }

    /** Early finish of the task at network index {@code i} as an engine minute. */
    public int earlyFinish(int i) {
        check();
        return network.isFinishedInP6(i) ? finishedEarly(i) : network.finishInstant(i, ef(i));
    }

    /** P6 shows a finished activity's early dates at the data date, or where its predecessors hold its (empty) remainder. */
    private int finishedEarly(int i) {
        return Passes.remainingFinishInstant(network, i, this);
    }

    /** Late start of the task at network index {@code i} as an engine minute. */
    public int lateStart(int i) {
        checkLate();
        return network.isFinishedInP6(i) ? lateInstant[i] : network.startInstant(i, ls(i));
    }

    /** Late finish of the task at network index {@code i} as an engine minute. */
    public int lateFinish(int i) {
        checkLate();
        return network.isFinishedInP6(i) ? lateInstant[i] : network.finishInstant(i, lf(i));
    }

    /** Total float of the task at network index {@code i} in working minutes of its calendar. */
    public int totalFloat(int i) {
        checkLate();
        return network.totalFloat(this, i);
    }

    private void checkLate() {
        check();
        if (!lateValid) {
            throw new IllegalStateException("the last run computed early dates only: run the network in full for late dates and float");
        }
    }

    private void check() {
        if (!valid) {
            throw new IllegalStateException("the workspace holds no schedule yet: run the network first");
        }
    }
}

package io.linchpin.engine.forecast;

import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.OutsideCalendarRangeException;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Outline;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Monte Carlo schedule risk analysis: draws every task's duration from its estimate, lets the
 * risk events strike, schedules the plan with the full engine (link types, lags, calendars,
 * constraints, progress) and counts what happened, thousands of times.
 *
 * <p>The iterations are cut into equal chunks of at most 250, which depend on the iteration count
 * alone; each chunk draws from its own {@link SplittableRandom} split off the seed in chunk order,
 * and every result is stored by iteration number: the same seed gives the same forecast on any
 * number of threads.
 *
 * <pre>{@code
 * Forecast f = MonteCarlo.prepare(plan, risks).run(SimulationOptions.defaults());
 * f.finish().percentile(80).date();
 * }</pre>
 */
public final class MonteCarlo {

    /** The most iterations per chunk of the random stream; enough for Iman–Conover to work within a chunk. */
    static final int CHUNK = 250;
    /** Iterations whose durations and finishes are gathered before they go to the per-task columns: one cache line of ints. */
    private static final int TILE = 16;

    private final Plan plan;
    private final ScheduleNetwork network;
    private final Sampler sampler;
    private final Schedule schedule;
    private final CalendarTable planCalendar;
    private final int planStart;
    /** The milestones and tasks with deadlines whose finish is recorded: network indices, in plan order. */
    private final int[] tracked;
    /** Per tracked summary, its leaf tasks' network indices (a summary finishes with the last of them); {@code null} for a leaf. */
    private final int[][] trackedLeaves;
    /** Per tracked task, the actual finish as an engine minute, or {@link Integer#MIN_VALUE}. */
    private final int[] actualFinish;
    /** Per tracked task, whether its finish is the late finish (MS Project's as-late-as-possible tasks). */
    private final boolean[] finishesLate;

    private MonteCarlo(Plan plan, ScheduleNetwork network, Sampler sampler) {
        this.plan = plan;
        this.network = network;
        this.sampler = sampler;
        Workspace ws = network.newWorkspace();
        network.run(ws);
        this.schedule = Schedule.of(ws);
        this.planCalendar = plan.calendar(plan.calendarId()).tabulate(network.timeline());
        this.planStart = network.timeline().minuteOf(plan.start());
        Outline outline = Outline.of(plan);
        int n = plan.tasks().size();
        List<Integer> watch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Task t = plan.tasks().get(i);
            boolean summary = outline.isSummary(i);
            if (t.deadline() != null || (!summary && (t.milestone() || t.duration() == 0))) {
                watch.add(i);
            }
        }
        int m = watch.size();
        this.tracked = new int[m];
        this.trackedLeaves = new int[m][];
        this.actualFinish = new int[m];
        this.finishesLate = new boolean[m];
        for (int j = 0; j < m; j++) {
            int i = watch.get(j);
            Task t = plan.tasks().get(i);
            tracked[j] = network.indexOf(t.id());
            if (outline.isSummary(i)) {
                trackedLeaves[j] = outline.leaves(i).stream().mapToInt(leaf -> network.indexOf(plan.tasks().get(leaf).id())).toArray();
            }
            actualFinish[j] = t.actualFinish() == null ? Integer.MIN_VALUE : network.timeline().minuteOf(t.actualFinish());
            finishesLate[j] = plan.rules() == RuleSet.MS_PROJECT && t.constraint().type() == ConstraintType.ALAP;
        }
    }

    /**
     * Compiles a plan and its risk model for simulation.
     *
     * @throws io.linchpin.engine.plan.InvalidPlanException listing every estimate, risk or
     *     correlation that names a missing task or one it cannot apply to
     * @throws io.linchpin.engine.schedule.CycleException if the links form a loop
     */
    public static MonteCarlo prepare(Plan plan, RiskModel risks) {
        ScheduleNetwork network = ScheduleNetwork.compile(plan);
        return new MonteCarlo(plan, network, new Sampler(plan, network, risks));
    }

    public Plan plan() {
        return plan;
    }

    /**
     * Runs the simulation. It keeps every iteration's finishes and the durations of every task
     * that varies: 4 bytes each.
     *
     * @throws OutsideCalendarRangeException if an iteration's schedule leaves the calendar range
     * @throws IllegalArgumentException if what it keeps would take more than half the heap
     */
    public Forecast run(SimulationOptions options) {
        Run run = new Run(options);
        List<int[]> counts = parallel(Math.min(options.threads(), run.chunks), () -> run::simulate);
        int n = network.size();
        int[] critical = new int[n];
        for (int[] c : counts) {
            for (int i = 0; i < n; i++) {
                critical[i] += c[i];
            }
        }
        double[] sensitivity = sensitivities(run, options.threads());
        int iterations = options.iterations();
        FinishDistribution finish = new FinishDistribution(run.finish, schedule.finish(), planCalendar, planStart);
        MilestoneForecast[] milestones = new MilestoneForecast[tracked.length];
        AtomicInteger next = new AtomicInteger();
        parallel(Math.max(1, Math.min(options.threads(), tracked.length)), () -> () -> {
            for (int j; (j = next.getAndIncrement()) < tracked.length;) {
                Task t = network.task(tracked[j]);
                FinishDistribution d = new FinishDistribution(run.milestoneFinish.copy(j), schedule.task(t.id()).finish(), planCalendar, planStart);
                Double onTime = t.deadline() == null ? null : d.probabilityBy(t.deadline());
                milestones[j] = new MilestoneForecast(t.id(), t.name(), t.deadline(), onTime, d);
            }
            return null;
        });
        List<TaskRisk> tasks = new ArrayList<>();
        for (Task t : plan.tasks()) {
            int i = network.indexOf(t.id());
            if (!network.isSummary(i)) {
                double s = sensitivity[i];
                tasks.add(new TaskRisk(t.id(), t.name(), (double) critical[i] / iterations, Double.isNaN(s) ? null : s));
            }
        }
        return new Forecast(iterations, options.seed(), finish, List.of(milestones), tasks);
    }

    /** Runs {@code Plan} and its risk model with {@code options}: {@code prepare(plan, risks).run(options)}. */
    public static Forecast simulate(Plan plan, RiskModel risks, SimulationOptions options) {
        return prepare(plan, risks).run(options);
    }

    /** Per task, the rank correlation of its duration with the plan's finish; NaN where it did not vary. */
    private double[] sensitivities(Run run, int threads) {
        double[] out = new double[network.size()];
        java.util.Arrays.fill(out, Double.NaN);
        int[] observed = sampler.observed();
        if (observed.length == 0) {
            return out;
        }
        int[] finishRanks = Spearman.doubledRanks(run.finish);
        AtomicInteger next = new AtomicInteger();
        parallel(Math.min(threads, observed.length), () -> () -> {
            Spearman.Ranker ranker = new Spearman.Ranker();
            for (int o; (o = next.getAndIncrement()) < observed.length;) {
                out[observed[o]] = Spearman.correlation(run.durations.array(o), run.durations.offset(o), finishRanks, ranker);
            }
            return null;
        });
        return out;
    }

    /** Runs {@code threads} copies of a job, on the calling thread when there is one. */
    private static <T> List<T> parallel(int threads, Supplier<Callable<T>> job) {
        List<T> results = new ArrayList<>();
        try {
            if (threads == 1) {
                results.add(job.get().call());
                return results;
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "linchpin-monte-carlo");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<T>> futures = new ArrayList<>();
                for (int k = 0; k < threads; k++) {
                    futures.add(pool.submit(job.get()));
                }
                for (Future<T> f : futures) {
                    results.add(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the simulation was interrupted", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One simulation's shared state; workers write disjoint iterations. */
    private final class Run {
        final int iterations;
        final int chunks;
        final SplittableRandom[] streams;
        final AtomicInteger nextChunk = new AtomicInteger();
        final int[] finish;
        /** Per tracked task, its finish in every iteration. */
        final Columns milestoneFinish;
        /** Per observed task, its duration in every iteration. */
        final Columns durations;

        Run(SimulationOptions options) {
            this.iterations = options.iterations();
            long bytes = 4L * iterations * (1 + tracked.length + sampler.observed().length);
            long heap = Runtime.getRuntime().maxMemory();
            if (bytes > heap / 2) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "%d iterations keep %d MB of drawn durations and finishes (for sensitivity and percentiles), more than half"
                                + " of the %d MB heap: run fewer iterations or give Java more memory (-Xmx)",
                        iterations, bytes >> 20, heap >> 20));
            }
            this.chunks = (iterations + CHUNK - 1) / CHUNK;
            this.streams = new SplittableRandom[chunks];
            SplittableRandom root = new SplittableRandom(options.seed());
            for (int c = 0; c < chunks; c++) {
                streams[c] = root.split();
            }
            this.finish = new int[iterations];
            this.milestoneFinish = new Columns(tracked.length, iterations);
            this.durations = new Columns(sampler.observed().length, iterations);
        }

        /** Takes chunks until none is left; returns how often each task was on a longest path. */
        int[] simulate() {
            int n = network.size();
            Workspace ws = network.newWorkspace();
            int[] dur = new int[n];
            int[] found = new int[n];
            int[] critical = new int[n];
            int[] observed = sampler.observed();
            int[] tile = new int[TILE * observed.length];
            int[] milestoneTile = new int[TILE * tracked.length];
            for (int c; (c = nextChunk.getAndIncrement()) < chunks;) {
                int from = (int) ((long) c * iterations / chunks);
                int to = (int) ((long) (c + 1) * iterations / chunks);
                SplittableRandom rng = streams[c];
                double[][][] block = sampler.correlatedBlock(rng, to - from);
                for (int k = from; k < to; k++) {
                    sampler.draw(rng, block, k - from, dur);
                    int slot = (k - from) % TILE;
                    try {
                        network.runEarly(dur, ws);
                        finish[k] = ws.projectFinish();
                        for (int j = 0; j < tracked.length; j++) {
                            milestoneTile[slot * tracked.length + j] = trackedFinish(ws, j);
                        }
                    } catch (OutsideCalendarRangeException e) {
                        throw new OutsideCalendarRangeException("iteration " + (k + 1) + " of the simulation: " + e.getMessage());
                    }
                    int count = network.longestPath(dur, ws, found);
                    for (int f = 0; f < count; f++) {
                        critical[found[f]]++;
                    }
                    for (int o = 0; o < observed.length; o++) {
                        tile[slot * observed.length + o] = dur[observed[o]];
                    }
                    if (slot == TILE - 1 || k == to - 1) {
                        durations.setRows(tile, slot + 1, k - slot);
                        milestoneFinish.setRows(milestoneTile, slot + 1, k - slot);
                    }
                }
            }
            return critical;
        }
    }

    /** The finish of a tracked task in this iteration, as the deterministic schedule reports it. */
    private int trackedFinish(Workspace ws, int j) {
        int[] leaves = trackedLeaves[j];
        if (leaves != null) {
            int last = Integer.MIN_VALUE;
            for (int leaf : leaves) {
                last = Math.max(last, ws.earlyFinish(leaf));
            }
            return last;
        }
        if (actualFinish[j] != Integer.MIN_VALUE) {
            return actualFinish[j];
        }
        return finishesLate[j] ? ws.lateFinish(tracked[j]) : ws.earlyFinish(tracked[j]);
    }
}

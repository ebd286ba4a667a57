package io.linchpin.bench.forecast;

import com.sun.management.OperatingSystemMXBean;
import io.linchpin.bench.schedule.RandomNetwork;
import io.linchpin.engine.forecast.MonteCarlo;
import io.linchpin.engine.forecast.RiskModel;
import io.linchpin.engine.forecast.SimulationOptions;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.Workspace;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The processor time a forecast of {@link MonteCarloBenchmark}'s network takes, beside its wall
 * time: on a machine shared with other work, wall time says more about the neighbours than about
 * the code. Also the engine alone (the same number of schedule runs, nothing drawn or kept): both
 * passes, and the forward pass alone that a forecast's iteration runs, the floor any Monte Carlo
 * on this engine stands on; and {@link ObviousMonteCarlo} on fewer iterations. Prints medians of
 * five runs.
 *
 * <p>{@code java -Xmx3g -cp bench/target/benchmarks.jar io.linchpin.bench.forecast.MonteCarloCpuTime [iterations [obvious iterations]]}
 */
public final class MonteCarloCpuTime {

    private static final int RUNS = 5;

    private MonteCarloCpuTime() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int obvious = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Plan plan = RandomNetwork.plan(10_000, 42);
        RiskModel risks = MonteCarloBenchmark.risks(plan, 7);
        MonteCarlo monteCarlo = MonteCarlo.prepare(plan, risks);
        ScheduleNetwork network = ScheduleNetwork.compile(plan);
        Workspace ws = network.newWorkspace();
        int[] durations = network.durations();
        int cores = Runtime.getRuntime().availableProcessors();
        measure("both passes, one thread", iterations, () -> {
            for (int k = 0; k < iterations; k++) {
                network.run(durations, null, ws);
            }
        });
        measure("forward pass, one thread", iterations, () -> {
            for (int k = 0; k < iterations; k++) {
                network.runEarly(durations, ws);
            }
        });
        measure("forecast, one thread", iterations, () -> monteCarlo.run(new SimulationOptions(iterations, 42, 1)));
        measure("forecast, " + cores + " threads", iterations, () -> monteCarlo.run(new SimulationOptions(iterations, 42, cores)));
        measure("obvious way, one thread", obvious, () -> ObviousMonteCarlo.run(plan, risks, obvious, 42));
    }

    private static void measure(String what, int iterations, Runnable job) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        job.run();
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            job.run();
            wall[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-28s %d iterations: wall %.2f s, processor %.2f s (%.2f µs of processor per iteration)%n", what,
                iterations, wall[RUNS / 2], cpu[RUNS / 2], cpu[RUNS / 2] / iterations * 1e6);
    }
}

package io.linchpin.bench.forecast;

import io.linchpin.bench.schedule.RandomNetwork;
import io.linchpin.engine.forecast.Distribution;
import io.linchpin.engine.forecast.Estimate;
import io.linchpin.engine.forecast.Forecast;
import io.linchpin.engine.forecast.MonteCarlo;
import io.linchpin.engine.forecast.RiskEvent;
import io.linchpin.engine.forecast.RiskImpact;
import io.linchpin.engine.forecast.RiskModel;
import io.linchpin.engine.forecast.SimulationOptions;
import io.linchpin.engine.forecast.Uncertainty;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole Monte Carlo forecast (draws, full schedules, criticality, sensitivity, percentiles and
 * histograms) of the schedule benchmark's 10,000-activity network ({@link RandomNetwork}: 1.5
 * links per activity, two calendars), every activity with a duration varying by a triangular
 * 80 % / 100 % / 150 % of it and 20 risk events delaying three activities each: on every core
 * and on one thread, beside the same
 * simulation written the obvious way ({@link ObviousMonteCarlo}), which runs fewer iterations
 * because it is slow: compare time per iteration. The durations kept for sensitivity take 400 MB
 * at 10,000 × 10,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class MonteCarloBenchmark {

    @Param({"10000"})
    public int activities;

    @Param({"10000"})
    public int iterations;

    /** Iterations of the obvious way. */
    @Param({"50"})
    public int obviousIterations;

    private Plan plan;
    private RiskModel risks;
    private MonteCarlo monteCarlo;

    @Setup(Level.Trial)
    public void setUp() {
        plan = RandomNetwork.plan(activities, 42);
        risks = risks(plan, 7);
        monteCarlo = MonteCarlo.prepare(plan, risks);
    }

    static RiskModel risks(Plan plan, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        RiskModel.Builder risks = RiskModel.builder().uncertainty(new Uncertainty(0.8, 1, 1.5, Distribution.TRIANGULAR));
        for (int k = 0; k < 20; k++) {
            List<RiskImpact> impacts = new ArrayList<>();
            while (impacts.size() < 3) {
                Task t = plan.tasks().get(r.nextInt(plan.tasks().size()));
                if (t.duration() > 0) {
                    impacts.add(new RiskImpact(t.id(), new Estimate(240, 480, 1440, Distribution.TRIANGULAR)));
                }
            }
            risks.risk(new RiskEvent("R" + k, 0.05 + 0.3 * r.nextDouble(), impacts));
        }
        return risks.build();
    }

    @Benchmark
    public Forecast everyCore() {
        return monteCarlo.run(new SimulationOptions(iterations, 42, Runtime.getRuntime().availableProcessors()));
    }

    @Benchmark
    public Forecast oneThread() {
        return monteCarlo.run(new SimulationOptions(iterations, 42, 1));
    }

    @Benchmark
    public ObviousMonteCarlo.Result obviousWay() {
        return ObviousMonteCarlo.run(plan, risks, obviousIterations, 42);
    }
}

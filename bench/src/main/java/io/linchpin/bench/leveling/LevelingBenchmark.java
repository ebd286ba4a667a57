package io.linchpin.bench.leveling;

import io.linchpin.engine.leveling.GenerationScheme;
import io.linchpin.engine.leveling.Leveler;
import io.linchpin.engine.leveling.LevelingOptions;
import io.linchpin.engine.leveling.LevelingProblem;
import io.linchpin.engine.leveling.LevelingResult;
import io.linchpin.engine.leveling.PriorityRule;
import io.linchpin.files.psplib.PsplibReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the leveler on one PSPLIB instance: a single serial pass (set-up included) and a full
 * search of 1,000 schedules (divide by 1,000 for the cost of one schedule with its share of the
 * genetic search). The instance is read from {@code ../shared/leveling/psplib}.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar LevelingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LevelingBenchmark {

    @Param({"j30/j301_1", "j120/j1201_1"})
    public String instance;

    private LevelingProblem problem;
    private final LevelingOptions thousand = LevelingOptions.defaults().withMaxSchedules(1_000);

    @Setup
    public void read() throws IOException {
        Path root = Path.of(System.getProperty("psplib", "../shared/leveling/psplib"));
        problem = PsplibReader.read(root.resolve(instance + ".sm"));
    }

    @Benchmark
    public LevelingResult serialPass() {
        return Leveler.level(problem, thousand, GenerationScheme.SERIAL, PriorityRule.LFT);
    }

    @Benchmark
    public LevelingResult search1000Schedules() {
        return Leveler.level(problem, thousand);
    }
}

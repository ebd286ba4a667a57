package io.linchpin.bench.schedule;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.schedule.ScheduleNetwork;
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

/** Compiling a plan into a network (validation, calendar tables, CSR, topological order): paid once per plan. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CompileBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int activities;

    private Plan plan;

    @Setup
    public void setUp() {
        plan = RandomNetwork.plan(activities, 42);
    }

    @Benchmark
    public ScheduleNetwork compile() {
        return ScheduleNetwork.compile(plan);
    }
}

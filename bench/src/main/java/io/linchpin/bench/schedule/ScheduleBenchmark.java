package io.linchpin.bench.schedule;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.Workspace;
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
 * Full schedule (forward pass, project finish, backward pass) of random networks beside the
 * bare int-array floor over the same graph, and re-scheduling after one duration change. Runs in
 * a 1 GB heap so that the 1M network shows it fits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class ScheduleBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int activities;

    private ScheduleNetwork network;
    private Workspace workspace;
    private int[] durations;
    private Floor floor;
    private int changed;

    @Setup(Level.Trial)
    public void setUp() {
        Plan plan = RandomNetwork.plan(activities, 42);
        network = ScheduleNetwork.compile(plan);
        workspace = network.newWorkspace();
        durations = network.durations();
        floor = new Floor(plan);
        network.run(workspace);
    }

    @Benchmark
    public int fullSchedule() {
        network.run(workspace);
        return workspace.projectFinish();
    }

    @Benchmark
    public int floor() {
        return floor.run();
    }

    /**
     * What the server does after a user edits one duration: change it and re-run what it reaches
     * (each edit adds an hour to another task, so the project slowly grows, as in real editing).
     */
    @Benchmark
    public int rescheduleAfterOneDurationChange() {
        changed = (changed + 7919) % durations.length;
        durations[changed] += 60;
        network.rerun(durations, changed, workspace);
        return workspace.projectFinish();
    }
}

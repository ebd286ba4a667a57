package io.linchpin.bench.schedule;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.Scheduler;
import io.linchpin.engine.schedule.Workspace;
import io.linchpin.files.ProjectFiles;
import io.linchpin.files.ProjectFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mpxj.ProjectFile;
import org.mpxj.cpm.MicrosoftScheduler;
import org.mpxj.reader.UniversalProjectReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** MPXJ's own MS Project scheduler on the 10k network, beside Linchpin's run on the same plan read back from MSPDI. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class MpxjSchedulerBenchmark {

    private ProjectFile file;
    private ScheduleNetwork network;
    private Workspace workspace;

    @Setup
    public void setUp() throws Exception {
        Plan plan = RandomNetwork.plan(10_000, 42);
        Path xml = Files.createTempFile("linchpin-10k", ".xml");
        ProjectFiles.write(plan, Scheduler.schedule(plan), xml, ProjectFormat.MSPDI);
        file = new UniversalProjectReader().read(xml.toFile());
        MpxjDefaults.fill(file);
        Plan readBack = ProjectFiles.read(xml).plan();
        network = ScheduleNetwork.compile(readBack);
        workspace = network.newWorkspace();
        Files.delete(xml);
    }

    @Benchmark
    public Object mpxjMicrosoftScheduler() throws Exception {
        new MicrosoftScheduler().schedule(file, file.getProjectProperties().getStartDate());
        return file;
    }

    @Benchmark
    public int linchpin() {
        network.run(workspace);
        return workspace.projectFinish();
    }
}

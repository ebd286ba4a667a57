package io.linchpin.bench.schedule;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.Workspace;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Reading a run's results out as a {@link Schedule} (dates, floats, drivers of every task), which
 * the server does after every reschedule: median thread CPU time of 30 reads after 20 to warm up.
 * {@code java -Xmx2g -cp bench/target/benchmarks.jar io.linchpin.bench.schedule.ReadOut 100000}
 */
public final class ReadOut {

    private ReadOut() {
    }

    public static void main(String[] args) {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Plan plan = RandomNetwork.plan(activities, 42);
        ScheduleNetwork network = ScheduleNetwork.compile(plan);
        Workspace ws = network.newWorkspace();
        network.run(ws);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int read = 0;
        for (int warm = 0; warm < 20; warm++) {
            read += Schedule.of(ws).tasks().size();
        }
        double[] ms = new double[30];
        for (int r = 0; r < ms.length; r++) {
            long before = cpu.getCurrentThreadCpuTime();
            read += Schedule.of(ws).tasks().size();
            ms[r] = (cpu.getCurrentThreadCpuTime() - before) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%d activities: Schedule.of %.2f ms (median thread CPU time of %d reads, %d tasks read)%n", activities,
                ms[ms.length / 2], ms.length, read);
    }
}

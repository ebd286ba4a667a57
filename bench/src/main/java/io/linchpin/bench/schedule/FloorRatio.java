package io.linchpin.bench.schedule;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.Workspace;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The full schedule against the int-array floor, side by side in one JVM: runs them alternately
 * and prints the medians of their thread CPU time and of their ratio, which the other programs
 * on a shared machine disturb far less than wall-clock time.
 * {@code java -Xmx1g -cp bench/target/benchmarks.jar io.linchpin.bench.schedule.FloorRatio 1000000 [one-calendar]};
 * {@code one-calendar} puts every activity on the standard calendar.
 */
public final class FloorRatio {

    private FloorRatio() {
    }

    public static void main(String[] args) {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = 60;
        Plan plan = RandomNetwork.plan(activities, 42);
        if (args.length > 1 && args[1].equals("one-calendar")) {
            plan = plan.toBuilder().tasks(plan.tasks().stream().map(t -> t.toBuilder().calendar(null).build()).toList()).build();
        }
        ScheduleNetwork network = ScheduleNetwork.compile(plan);
        Floor floor = new Floor(plan);
        Workspace ws = network.newWorkspace();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] full = new double[rounds];
        double[] bare = new double[rounds];
        double[] ratio = new double[rounds];
        for (int warm = 0; warm < 10; warm++) {
            network.run(ws);
            floor.run();
        }
        for (int r = 0; r < rounds; r++) {
            long a = cpu.getCurrentThreadCpuTime();
            network.run(ws);
            long b = cpu.getCurrentThreadCpuTime();
            floor.run();
            long c = cpu.getCurrentThreadCpuTime();
            full[r] = (b - a) / 1e6;
            bare[r] = (c - b) / 1e6;
            ratio[r] = (double) (b - a) / (c - b);
        }
        System.out.printf("%d activities, %d rounds: full schedule %.2f ms, floor %.2f ms, ratio %.2f (medians of thread CPU time)%n",
                activities, rounds, median(full), median(bare), median(ratio));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

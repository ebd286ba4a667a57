package io.linchpin.bench.schedule;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.Workspace;

/**
 * Prints the heap a compiled random network and one workspace keep, beside the plan they came
 * from: {@code java -Xmx1g -cp bench/target/benchmarks.jar io.linchpin.bench.schedule.NetworkFootprint 1000000}.
 */
public final class NetworkFootprint {

    private NetworkFootprint() {
    }

    public static void main(String[] args) {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long base = used();
        Plan plan = RandomNetwork.plan(activities, 42);
        long withPlan = used();
        ScheduleNetwork network = ScheduleNetwork.compile(plan);
        Workspace workspace = network.newWorkspace();
        network.run(workspace);
        long withNetwork = used();
        System.out.printf("%d activities: plan %d MB, network + workspace %d MB, max heap %d MB (finish %s)%n", activities,
                (withPlan - base) >> 20, (withNetwork - withPlan) >> 20, Runtime.getRuntime().maxMemory() >> 20,
                network.timeline().dateTimeOf(workspace.projectFinish()));
    }

    private static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}

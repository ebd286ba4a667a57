package io.linchpin.bench.leveling;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.resource.LeveledPlan;
import io.linchpin.engine.resource.PlanLeveler;
import io.linchpin.engine.resource.PlanLevelingOptions;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.Workspace;
import io.linchpin.files.psplib.MpsplibReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Levels the twelve MPSPLIB instances (MS Project files read through the general import, then
 * leveled as plans: CPM, the periods, the leveler and the engine's leveled schedule) and compares
 * the total makespan (TMS, working days from the first project's start to the last project's
 * finish) and the time with the MS Project P-SGS/MINSLK macro of {@code macro-results.csv}. Times
 * cover {@link PlanLeveler#level} on the plan read once (the file is read before the clock
 * starts). Each instance is leveled for half a second to warm the JIT, then {@code --runs} times
 * per budget; times are medians. {@code cpm-ms} is what scheduling the plan once with the engine
 * takes (leveling does it twice: before, and with the leveling delays). Not part of the test phase.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.linchpin.bench.leveling.MpsplibBenchmark \
 *     [--data ../shared/leveling/mpsplib] [--share 0.01] [--schedules 5000] [--seconds 1] [--runs 5] [--seed S]
 * </pre>
 *
 * {@code --share 0.01} gives the leveler 1 % of the macro's time on each instance.
 */
public final class MpsplibBenchmark {

    private MpsplibBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/leveling/mpsplib");
        double share = 0.01;
        long schedules = 5_000;
        double seconds = 1;
        int runs = 5;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--share" -> share = Double.parseDouble(args[++i]);
                case "--schedules" -> schedules = Long.parseLong(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        List<String> rows = Files.readAllLines(data.resolve("macro-results.csv"), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%-16s %6s %9s %7s %7s | %-9s %5s %7s %10s %9s | %5s %7s %8s | %5s %7s %8s%n",
                "instance", "tasks", "macro-TMS", "macro-s", "cpm-ms", "share-ms", "TMS", "APD", "schedules", "time-%",
                "TMS", "APD", "ms", "TMS", "APD", "schedules");
        System.out.printf(Locale.ROOT, "%-16s %6s %9s %7s %7s | %-45s | %-22s | %-22s%n", "", "", "", "", "",
                "budget: " + share * 100 + " % of the macro's time", schedules + " schedules", seconds + " s");
        int notWorse = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            String instance = f[1];
            int macroTms = Integer.parseInt(f[2]);
            double macroSeconds = Double.parseDouble(f[3]);
            Plan plan = MpsplibReader.read(data.resolve(instance + ".mpp"));
            PlanLevelingOptions base = PlanLevelingOptions.defaults().withSeed(seed);
            warmUp(plan, base);
            double cpm = scheduling(plan, runs);

            PlanLevelingOptions byShare = base.withTimeLimit(Duration.ofNanos((long) (share * macroSeconds * 1e9)));
            Run shareRun = measure(plan, byShare, runs);
            Run scheduleRun = measure(plan, base.withMaxSchedules(schedules), runs);
            Run secondRun = measure(plan, base.withTimeLimit(Duration.ofNanos((long) (seconds * 1e9))), 1);
            notWorse += shareRun.result.totalMakespanWorkingDays() <= macroTms ? 1 : 0;
            System.out.printf(Locale.ROOT,
                    "%-16s %6d %9d %7.2f %7.2f | %9.2f %5.0f %7.2f %10d %9.3f | %5.0f %7.2f %8.1f | %5.0f %7.2f %8d%n",
                    instance, plan.tasks().size(), macroTms, macroSeconds, cpm, shareRun.millis,
                    shareRun.result.totalMakespanWorkingDays(), shareRun.result.averageProjectDelayWorkingDays(),
                    shareRun.result.schedulesEvaluated(), 100 * shareRun.millis / 1000 / macroSeconds,
                    scheduleRun.result.totalMakespanWorkingDays(), scheduleRun.result.averageProjectDelayWorkingDays(),
                    scheduleRun.millis, secondRun.result.totalMakespanWorkingDays(),
                    secondRun.result.averageProjectDelayWorkingDays(), secondRun.result.schedulesEvaluated());
        }
        System.out.printf(Locale.ROOT, "TMS no worse than the macro's on %d of %d instances at %.2f %% of its time%n",
                notWorse, rows.size() - 1, share * 100);
    }

    /** Levels the plan for half a second (at least once), so the timed runs measure compiled code. */
    private static void warmUp(Plan plan, PlanLevelingOptions base) {
        long until = System.nanoTime() + 500_000_000L;
        do {
            PlanLeveler.level(plan, base.withMaxSchedules(1_000));
        } while (System.nanoTime() < until);
    }

    /**
     * The median time of scheduling the plan once with the engine (compile, run, read the dates):
     * the fixed cost in every leveling, which schedules the plan before leveling and again after.
     */
    private static double scheduling(Plan plan, int runs) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            ScheduleNetwork net = ScheduleNetwork.compile(plan);
            Workspace ws = net.newWorkspace();
            net.run(ws);
            Schedule.of(ws);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }

    private record Run(LeveledPlan result, double millis) {
    }

    /** The median time of {@code runs} levelings, with the result of the last (the same for a schedule budget). */
    private static Run measure(Plan plan, PlanLevelingOptions o, int runs) {
        double[] millis = new double[runs];
        LeveledPlan last = null;
        for (int i = 0; i < runs; i++) {
            last = PlanLeveler.level(plan, o);
            millis[i] = last.elapsed().toNanos() / 1e6;
        }
        Arrays.sort(millis);
        return new Run(last, millis[runs / 2]);
    }
}

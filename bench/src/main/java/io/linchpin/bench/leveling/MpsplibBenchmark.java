package io.linchpin.bench.leveling;

import io.linchpin.engine.leveling.Leveler;
import io.linchpin.engine.leveling.LevelingOptions;
import io.linchpin.engine.leveling.LevelingProblem;
import io.linchpin.engine.leveling.LevelingResult;
import io.linchpin.files.psplib.MpsplibReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Levels the twelve MPSPLIB instances (MS Project files) and compares the total makespan (TMS,
 * working days from the first project's start to the last project's finish) and the time with the
 * MS Project P-SGS/MINSLK macro of {@code macro-results.csv}. Each instance is levelled for half a
 * second to warm the JIT, then {@code --runs} times per budget; times are medians. Not part of the
 * test phase.
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
        System.out.printf(Locale.ROOT, "%-16s %6s %9s %7s | %-9s %5s %7s %10s %9s | %5s %7s %8s | %5s %7s %8s%n",
                "instance", "tasks", "macro-TMS", "macro-s", "share-ms", "TMS", "APD", "schedules", "time-%",
                "TMS", "APD", "ms", "TMS", "APD", "schedules");
        System.out.printf(Locale.ROOT, "%-16s %6s %9s %7s | %-45s | %-22s | %-22s%n", "", "", "", "",
                "budget: " + share * 100 + " % of the macro's time", schedules + " schedules", seconds + " s");
        int notWorse = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            String instance = f[1];
            int macroTms = Integer.parseInt(f[2]);
            double macroSeconds = Double.parseDouble(f[3]);
            LevelingProblem p = MpsplibReader.read(data.resolve(instance + ".mpp")).problem();
            LevelingOptions base = LevelingOptions.defaults().withSeed(seed);
            warmUp(p, base);

            LevelingOptions byShare = base.withTimeLimit(Duration.ofNanos((long) (share * macroSeconds * 1e9)));
            Run shareRun = measure(p, byShare, runs);
            Run scheduleRun = measure(p, base.withMaxSchedules(schedules), runs);
            Run secondRun = measure(p, base.withTimeLimit(Duration.ofNanos((long) (seconds * 1e9))), 1);
            notWorse += tms(p, shareRun.result) <= macroTms ? 1 : 0;
            System.out.printf(Locale.ROOT,
                    "%-16s %6d %9d %7.2f | %9.2f %5d %7.2f %10d %9.3f | %5d %7.2f %8.1f | %5d %7.2f %8d%n",
                    instance, p.activityCount(), macroTms, macroSeconds, shareRun.millis, tms(p, shareRun.result),
                    shareRun.result.averageProjectDelay(), shareRun.result.schedulesEvaluated(),
                    100 * shareRun.millis / 1000 / macroSeconds, tms(p, scheduleRun.result),
                    scheduleRun.result.averageProjectDelay(), scheduleRun.millis, tms(p, secondRun.result),
                    secondRun.result.averageProjectDelay(), secondRun.result.schedulesEvaluated());
        }
        System.out.printf(Locale.ROOT, "TMS no worse than the macro's on %d of %d instances at %.2f %% of its time%n",
                notWorse, rows.size() - 1, share * 100);
    }

    /** Levels the instance for half a second (at least once), so the timed runs measure compiled code. */
    private static void warmUp(LevelingProblem p, LevelingOptions base) {
        long until = System.nanoTime() + 500_000_000L;
        do {
            Leveler.level(p, base.withMaxSchedules(1_000));
        } while (System.nanoTime() < until);
    }

    private record Run(LevelingResult result, double millis) {
    }

    /** The median time of {@code runs} levelings, with the result of the last (the same for a schedule budget). */
    private static Run measure(LevelingProblem p, LevelingOptions o, int runs) {
        double[] millis = new double[runs];
        LevelingResult last = null;
        for (int i = 0; i < runs; i++) {
            last = Leveler.level(p, o);
            millis[i] = last.elapsed().toNanos() / 1e6;
        }
        Arrays.sort(millis);
        return new Run(last, millis[runs / 2]);
    }

    /** Total makespan: last project finish minus first project start. */
    private static int tms(LevelingProblem p, LevelingResult r) {
        int first = Integer.MAX_VALUE;
        for (int a = 0; a < p.activityCount(); a++) {
            first = Math.min(first, r.start(a));
        }
        return r.makespan() - first;
    }
}

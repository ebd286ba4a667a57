package io.linchpin.bench.leveling;

import io.linchpin.engine.leveling.GenerationScheme;
import io.linchpin.engine.leveling.Leveler;
import io.linchpin.engine.leveling.LevelingOptions;
import io.linchpin.engine.leveling.LevelingProblem;
import io.linchpin.engine.leveling.LevelingResult;
import io.linchpin.engine.leveling.PriorityRule;
import io.linchpin.files.psplib.PsplibBounds;
import io.linchpin.files.psplib.PsplibReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Levels the PSPLIB sets and prints, per set and budget, the average deviation of the makespan
 * from the optimum or best known (j30) and from the critical-path lower bound (every set), with
 * the time per instance. Not part of the test phase.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.linchpin.bench.leveling.PsplibBenchmark \
 *     [--data ../shared/leveling/psplib] [--sets j30,j60,j90,j120] [--schedules 1000,5000]
 *     [--seconds 1] [--every K] [--threads T] [--seed S] [--single-pass]
 * </pre>
 *
 * {@code --every K} keeps every K-th instance of each set (a quicker, still spread-out subset);
 * {@code --threads} levels that many instances at once (each leveling itself is single-threaded).
 */
public final class PsplibBenchmark {

    private PsplibBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/leveling/psplib");
        List<String> sets = List.of("j30", "j60", "j90", "j120");
        List<Long> schedules = List.of(1_000L, 5_000L);
        double seconds = 1;
        int every = 1;
        int threads = 1;
        long seed = 1;
        boolean singlePass = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--sets" -> sets = List.of(args[++i].split(","));
                case "--schedules" -> {
                    String budgets = args[++i];
                    schedules = budgets.isEmpty() ? List.of()
                            : Arrays.stream(budgets.split(",")).map(Long::parseLong).toList();
                }
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--every" -> every = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--single-pass" -> singlePass = true;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        Map<String, PsplibBounds> bounds = PsplibBounds.read(data.resolve("bounds.csv"));
        System.out.printf(Locale.ROOT, "%-5s %-22s %9s %9s %9s %9s %10s %12s%n", "set", "budget", "instances",
                "dev-opt%", "dev-cpm%", "optimal%", "ms/inst", "schedules");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String set : sets) {
                List<Path> files = instances(data.resolve(set), every);
                List<LevelingProblem> problems = new ArrayList<>();
                List<PsplibBounds> known = new ArrayList<>();
                for (Path f : files) {
                    problems.add(PsplibReader.read(f));
                    String name = f.getFileName().toString().replace(".sm", "");
                    PsplibBounds b = bounds.get(name);
                    if (b == null) {
                        throw new IOException("No bounds for " + name);
                    }
                    known.add(b);
                }
                if (singlePass) {
                    report(pool, set, "parallel LFT", problems, known,
                            p -> Leveler.level(p, LevelingOptions.defaults(), GenerationScheme.PARALLEL, PriorityRule.LFT));
                    report(pool, set, "serial MINSLK", problems, known,
                            p -> Leveler.level(p, LevelingOptions.defaults(), GenerationScheme.SERIAL, PriorityRule.MINSLK));
                }
                for (long s : schedules) {
                    LevelingOptions o = LevelingOptions.defaults().withSeed(seed).withMaxSchedules(s);
                    report(pool, set, s + " schedules", problems, known, p -> Leveler.level(p, o));
                }
                if (seconds > 0) {
                    LevelingOptions o = LevelingOptions.defaults().withSeed(seed)
                            .withTimeLimit(Duration.ofNanos((long) (seconds * 1e9)));
                    report(pool, set, seconds + " s", problems, known, p -> Leveler.level(p, o));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private interface Method {
        LevelingResult level(LevelingProblem p);
    }

    private static void report(ExecutorService pool, String set, String budget, List<LevelingProblem> problems,
            List<PsplibBounds> known, Method method) throws Exception {
        List<Future<LevelingResult>> futures = new ArrayList<>();
        for (LevelingProblem p : problems) {
            futures.add(pool.submit(() -> method.level(p)));
        }
        double devBest = 0;
        double devCpm = 0;
        int atBest = 0;
        double millis = 0;
        long evaluated = 0;
        for (int i = 0; i < problems.size(); i++) {
            LevelingResult r = futures.get(i).get();
            PsplibBounds b = known.get(i);
            if (r.makespan() < b.bestLowerBound()) {
                throw new IllegalStateException(b.instance() + ": makespan " + r.makespan()
                        + " below the proven lower bound " + b.bestLowerBound());
            }
            devBest += 100.0 * (r.makespan() - b.bestKnown()) / b.bestKnown();
            devCpm += 100.0 * (r.makespan() - b.cpmLowerBound()) / b.cpmLowerBound();
            atBest += r.makespan() == b.bestKnown() ? 1 : 0;
            millis += r.elapsed().toNanos() / 1e6;
            evaluated += r.schedulesEvaluated();
        }
        int count = problems.size();
        System.out.printf(Locale.ROOT, "%-5s %-22s %9d %9.2f %9.2f %9.1f %10.1f %12d%n", set, budget, count,
                devBest / count, devCpm / count, 100.0 * atBest / count, millis / count, evaluated / count);
    }

    private static List<Path> instances(Path dir, int every) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(dir)) {
            all = s.filter(f -> f.toString().endsWith(".sm")).sorted(PsplibBenchmark::byNumbers).toList();
        }
        List<Path> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            kept.add(all.get(i));
        }
        return kept;
    }

    /** j3010_2 after j309_10: by parameter group, then instance number. */
    private static int byNumbers(Path a, Path b) {
        int[] x = numbers(a);
        int[] y = numbers(b);
        return x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
    }

    private static int[] numbers(Path f) {
        String name = f.getFileName().toString().replace(".sm", "");
        String[] parts = name.substring(name.indexOf('j') + 1).split("_");
        String set = parts[0];
        return new int[] {Integer.parseInt(set), Integer.parseInt(parts[1])};
    }
}

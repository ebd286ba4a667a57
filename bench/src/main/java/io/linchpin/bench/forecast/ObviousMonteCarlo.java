package io.linchpin.bench.forecast;

import io.linchpin.engine.forecast.Estimate;
import io.linchpin.engine.forecast.RiskEvent;
import io.linchpin.engine.forecast.RiskImpact;
import io.linchpin.engine.forecast.RiskModel;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import io.linchpin.engine.schedule.TaskSchedule;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The same simulation written the obvious way, as the baseline for {@link MonteCarloBenchmark}:
 * every iteration copies each task with a drawn duration into a new plan, schedules it from
 * scratch, reads the finish and each task's critical flag from the schedule's objects, and
 * sensitivity ranks each task's boxed durations with a comparator. One thread.
 */
final class ObviousMonteCarlo {

    private ObviousMonteCarlo() {
    }

    /** What the simulation found: the P80 finish, each task's critical count and sensitivity. */
    record Result(LocalDateTime p80, Map<String, Integer> critical, double[] sensitivity) {
    }

    static Result run(Plan plan, RiskModel risks, int iterations, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Task> tasks = plan.tasks();
        int n = tasks.size();
        List<LocalDateTime> finishes = new ArrayList<>();
        Map<String, Integer> critical = new HashMap<>();
        double[][] durations = new double[n][iterations];
        for (int k = 0; k < iterations; k++) {
            Map<String, Double> drawn = new HashMap<>();
            for (Task t : tasks) {
                drawn.put(t.id(), triangular(risks.uncertainty().of(t.duration()), rng));
            }
            for (RiskEvent r : risks.risks()) {
                if (rng.nextDouble() < r.probability()) {
                    for (RiskImpact i : r.impacts()) {
                        drawn.merge(i.task(), triangular(i.added(), rng), Double::sum);
                    }
                }
            }
            Plan.Builder b = plan.toBuilder().tasks(List.of());
            for (int i = 0; i < n; i++) {
                Task t = tasks.get(i);
                double d = drawn.get(t.id());
                durations[i][k] = d;
                b.addTask(t.toBuilder().duration((int) Math.round(d)).build());
            }
            Schedule s = Scheduler.schedule(b.build());
            finishes.add(s.finish());
            for (TaskSchedule t : s.tasks()) {
                if (t.critical()) {
                    critical.merge(t.id(), 1, Integer::sum);
                }
            }
        }
        double[] finishRanks = ranks(finishes.stream().mapToDouble(f -> f.toLocalDate().toEpochDay() * 1440.0 + f.toLocalTime().toSecondOfDay() / 60)
                .toArray());
        double[] sensitivity = new double[n];
        for (int i = 0; i < n; i++) {
            sensitivity[i] = pearson(ranks(durations[i]), finishRanks);
        }
        List<LocalDateTime> sorted = new ArrayList<>(finishes);
        sorted.sort(Comparator.naturalOrder());
        return new Result(sorted.get((int) Math.ceil(0.8 * iterations) - 1), critical, sensitivity);
    }

    private static double triangular(Estimate e, SplittableRandom rng) {
        double a = e.optimistic();
        double m = e.mostLikely();
        double b = e.pessimistic();
        double u = rng.nextDouble();
        if (b == a) {
            return a;
        }
        return u < (m - a) / (b - a) ? a + Math.sqrt(u * (b - a) * (m - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - m));
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r + 1;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}

package io.linchpin.engine.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LevelerPropertiesTest {

    /**
     * On instances small enough to try every activity list, the leveler finds the optimum. The
     * optimum comes from the test's own serial scheme over all precedence-feasible orders (with
     * non-negative lags the active schedules contain an optimal one, and serial decoding of all
     * lists yields every active schedule).
     */
    @Property(tries = 150)
    void findsTheOptimumOfSmallInstances(@ForAll long seed, @ForAll @IntRange(min = 2, max = 7) int n) {
        LevelingProblem p = randomProblem(n, seed, false);
        LevelingOptions o = LevelingOptions.defaults().withMaxSchedules(3_000).withSeed(seed);

        LevelingResult r = Leveler.level(p, o);

        assertThat(ScheduleChecker.violations(p, o, r)).isEmpty();
        assertThat(r.makespan()).isEqualTo(BruteForce.optimalMakespan(p));
    }

    /** With leads, releases, fixed activities, several projects and float limits, schedules stay valid. */
    @Property(tries = 300)
    void everyScheduleIsValid(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int n,
            @ForAll boolean keepFixed, @ForAll boolean withinFloat) {
        LevelingProblem p = randomProblem(n, seed, true);
        LevelingOptions o = LevelingOptions.defaults().withMaxSchedules(300).withSeed(seed).withKeepFixed(keepFixed);
        if (withinFloat) {
            SplittableRandom random = new SplittableRandom(seed ^ 77);
            LevelingResult unlimited = Leveler.level(p, o);
            int[] latest = new int[n];
            for (int a = 0; a < n; a++) {
                latest[a] = unlimited.earlyStart(a) + p.duration(a) + random.nextInt(6);
            }
            o = o.withinFloat(latest);
        }

        LevelingResult r = Leveler.level(p, o);

        assertThat(ScheduleChecker.violations(p, o, r)).isEmpty();
        for (int a = 0; a < n; a++) {
            if (!(keepFixed && p.isFixed(a))) {
                assertThat(r.levelingDelay(a)).isNotNegative();
            }
        }
        for (GenerationScheme scheme : GenerationScheme.values()) {
            LevelingResult single = Leveler.level(p, o, scheme, PriorityRule.MINSLK);
            assertThat(ScheduleChecker.violations(p, o, single)).isEmpty();
        }
    }

    /**
     * Forward-backward improvement of any serial schedule keeps every rule, never lengthens it,
     * and leaves a list that reproduces it; it can give up only with leads, and then leaves the
     * schedule as it was.
     */
    @Property(tries = 300)
    void justificationNeverLengthensAScheduleAndKeepsItsRules(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 25) int n, @ForAll boolean rich) {
        LevelingProblem p = randomProblem(n, seed, rich);
        LevelingOptions o = LevelingOptions.defaults();
        Network net = new Network(p, o);
        ScheduleGenerator gen = new ScheduleGenerator(net);
        SplittableRandom random = new SplittableRandom(seed);
        double[] key = new double[n];
        for (int a = 0; a < n; a++) {
            key[a] = random.nextDouble();
        }
        int[] list = new int[net.movableCount()];
        gen.precedenceOrder(key, list);
        int before = gen.serial(false, list, 0, false);
        int[] forward = gen.start.clone();

        int after = gen.justify(list, before);

        if (!rich) {
            assertThat(after).as("without leads the forward schedule is a witness: no give-up").isNotNegative();
        }
        if (after < 0) {
            assertThat(gen.start).containsExactly(forward);
            return;
        }
        LevelingResult justified = new LevelingResult(net, gen.start, gen.unleveled, 3, java.time.Duration.ZERO);
        assertThat(ScheduleChecker.violations(p, o, justified)).isEmpty();
        assertThat(justified.makespan()).isEqualTo(after).isLessThanOrEqualTo(before);
        int[] improved = gen.start.clone();
        assertThat(gen.serial(false, list, 0, false)).isEqualTo(after);
        assertThat(gen.start).containsExactly(improved);
    }

    private static LevelingProblem randomProblem(int n, long seed, boolean rich) {
        SplittableRandom random = new SplittableRandom(seed);
        int resources = 1 + random.nextInt(3);
        LevelingProblem.Builder b = LevelingProblem.builder(n, resources);
        int[] capacity = new int[resources];
        for (int r = 0; r < resources; r++) {
            capacity[r] = 1 + random.nextInt(4);
            b.capacity(r, capacity[r]);
        }
        for (int a = 0; a < n; a++) {
            b.duration(a, random.nextInt(rich ? 6 : 5) + (rich ? 0 : 1));
            for (int r = 0; r < resources; r++) {
                if (random.nextBoolean()) {
                    b.demand(a, r, random.nextInt(capacity[r] + 1));
                }
            }
            for (int s = a + 1; s < n; s++) {
                if (random.nextInt(4) == 0) {
                    int lag = rich ? random.nextInt(7) - 3 : random.nextInt(3);
                    b.link(a, s, lag);
                }
            }
            if (random.nextInt(4) == 0) {
                b.release(a, random.nextInt(6));
            }
            if (rich) {
                b.project(a, random.nextInt(3)).priority(a, random.nextInt(1001));
                if (random.nextInt(8) == 0) {
                    b.fix(a, random.nextInt(10));
                }
            }
        }
        if (rich) {
            for (int q = 0; q < 3; q++) {
                b.project(q, "p" + q, random.nextInt(1001), random.nextInt(4));
            }
        }
        return b.build();
    }

    /** Exhaustive search over activity lists with a deliberately plain serial scheme. */
    static final class BruteForce {
        private final LevelingProblem p;
        private final int n;
        private final int[] start;
        private final boolean[] placed;
        private int best = Integer.MAX_VALUE;

        private BruteForce(LevelingProblem p) {
            this.p = p;
            this.n = p.activityCount();
            this.start = new int[n];
            this.placed = new boolean[n];
        }

        static int optimalMakespan(LevelingProblem p) {
            BruteForce search = new BruteForce(p);
            search.extend(0);
            return search.best;
        }

        private void extend(int depth) {
            if (depth == n) {
                int end = 0;
                for (int a = 0; a < n; a++) {
                    end = Math.max(end, start[a] + p.duration(a));
                }
                best = Math.min(best, end);
                return;
            }
            for (int a = 0; a < n; a++) {
                if (placed[a] || !predecessorsPlaced(a)) {
                    continue;
                }
                int t = Math.max(p.release(a), p.projectRelease(p.project(a)));
                for (int q = 0; q < n; q++) {
                    if (placed[q]) {
                        int[] succ = p.successors(q);
                        int[] lag = p.successorLags(q);
                        for (int k = 0; k < succ.length; k++) {
                            if (succ[k] == a) {
                                t = Math.max(t, start[q] + p.duration(q) + lag[k]);
                            }
                        }
                    }
                }
                while (!fits(a, t)) {
                    t++;
                }
                start[a] = t;
                placed[a] = true;
                extend(depth + 1);
                placed[a] = false;
            }
        }

        private boolean predecessorsPlaced(int a) {
            for (int q = 0; q < n; q++) {
                for (int s : p.successors(q)) {
                    if (s == a && !placed[q]) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean fits(int a, int t) {
            for (int u = t; u < t + p.duration(a); u++) {
                for (int r = 0; r < p.resourceCount(); r++) {
                    int used = p.demand(a, r);
                    for (int q = 0; q < n; q++) {
                        if (placed[q] && start[q] <= u && u < start[q] + p.duration(q)) {
                            used += p.demand(q, r);
                        }
                    }
                    if (used > p.capacity(r)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}

package io.linchpin.engine.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.plan.LinkType;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the leveler on random problems, each case from its own seed ({@link Cases}):
 * every schedule keeps every rule, small instances reach the optimum found by exhaustive search,
 * justification never lengthens a schedule, and a seed fixes the result.
 */
class LevelerPropertiesTest {

    /**
     * On instances small enough to try every activity list, the leveler finds the optimum. The
     * optimum comes from the test's own serial scheme over all precedence-feasible orders: with
     * finish-to-start and start-to-start links without leads, the active schedules contain an
     * optimal one, calendars and changing capacities included, and serial decoding of all lists
     * yields every active schedule.
     */
    @Test
    void findsTheOptimumOfSmallInstances() {
        Cases.check(150, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            LevelingProblem p = Problems.random(random, 2 + random.nextInt(6), random.nextBoolean(), false);
            LevelingOptions o = LevelingOptions.defaults().withMaxSchedules(3_000).withSeed(seed);

            LevelingResult r = Leveler.level(p, o);

            assertThat(ScheduleChecker.violations(p, o, r)).isEmpty();
            assertThat(r.makespan()).isEqualTo(BruteForce.optimalMakespan(p));
        });
    }

    /** With every link type, leads, calendars, releases, fixed activities, projects and float limits, schedules stay valid. */
    @Test
    void everyScheduleIsValid() {
        Cases.check(300, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 1 + random.nextInt(25);
            LevelingProblem p = Problems.random(random, n, random.nextBoolean(), true);
            boolean keepFixed = random.nextBoolean();
            LevelingOptions o = LevelingOptions.defaults().withMaxSchedules(300).withSeed(seed).withKeepFixed(keepFixed);
            if (random.nextBoolean()) {
                LevelingResult unlimited = Leveler.level(p, o);
                int[] latest = new int[n];
                for (int a = 0; a < n; a++) {
                    latest[a] = ScheduleChecker.finish(p, a, unlimited.earlyStart(a)) + random.nextInt(6);
                }
                o = o.withinFloat(latest);
            }

            LevelingResult r = Leveler.level(p, o);

            assertThat(ScheduleChecker.violations(p, o, r)).isEmpty();
            for (int a = 0; a < n; a++) {
                if (!(keepFixed && p.isFixed(a))) {
                    assertThat(r.levelingDelay(a)).as("delay of %s", p.activityName(a)).isNotNegative();
                }
            }
            for (GenerationScheme scheme : GenerationScheme.values()) {
                for (PriorityRule rule : PriorityRule.values()) {
                    LevelingResult single = Leveler.level(p, o, scheme, rule);
                    assertThat(ScheduleChecker.violations(p, o, single)).as("%s %s", scheme, rule).isEmpty();
                }
            }
        });
    }

    /**
     * Forward-backward improvement of any serial schedule keeps every rule, never lengthens it,
     * and leaves a list that reproduces it; it can give up only where the backward pass cannot
     * keep a release (leads, links to finishes, calendars), and then leaves the schedule as it was.
     */
    @Test
    void justificationNeverLengthensAScheduleAndKeepsItsRules() {
        Cases.check(300, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            boolean rich = random.nextBoolean();
            boolean calendars = random.nextBoolean();
            LevelingProblem p = Problems.random(random, 1 + random.nextInt(25), calendars, rich);
            LevelingOptions o = LevelingOptions.defaults();
            Network net = new Network(p, o);
            ScheduleGenerator gen = new ScheduleGenerator(net);
            double[] key = new double[p.activityCount()];
            for (int a = 0; a < key.length; a++) {
                key[a] = random.nextDouble();
            }
            int[] list = new int[net.movableCount()];
            gen.precedenceOrder(key, list, false);
            int before = gen.serial(list, false);
            int[] forward = gen.start.clone();

            int after = gen.justify(list, before);

            if (!rich && !calendars) {
                assertThat(after).as("without leads the forward schedule is a witness: no give-up").isNotNegative();
            }
            if (after < 0) {
                assertThat(gen.start).containsExactly(forward);
                return;
            }
            LevelingResult justified = new LevelingResult(net, gen.start, gen.finish, gen.unleveled, 3,
                    java.time.Duration.ZERO);
            assertThat(ScheduleChecker.violations(p, o, justified)).isEmpty();
            assertThat(justified.makespan()).isEqualTo(after).isLessThanOrEqualTo(before);
            int[] improved = gen.start.clone();
            assertThat(gen.serial(list, false)).isEqualTo(after);
            assertThat(gen.start).containsExactly(improved);
        });
    }

    @Test
    void theSameSeedGivesTheSameSchedule() {
        Cases.check(40, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            LevelingProblem p = Problems.random(random, 1 + random.nextInt(30), random.nextBoolean(), true);
            LevelingOptions o = LevelingOptions.defaults().withMaxSchedules(400).withSeed(seed);

            assertThat(Leveler.level(p, o).starts()).containsExactly(Leveler.level(p, o).starts());
        });
    }

    /** Random problems: resources, links, releases; optionally calendars and changing capacity, and the rich features. */
    static final class Problems {

        private Problems() {
        }

        /**
         * @param calendars activity calendars, lag calendars and capacities that change over time
         * @param rich      every link type, leads, fixed activities, projects and priorities
         */
        static LevelingProblem random(SplittableRandom random, int n, boolean calendars, boolean rich) {
            int resources = 1 + random.nextInt(3);
            LevelingProblem.Builder b = LevelingProblem.builder(n, resources);
            int horizon = 1_200;
            PeriodCalendar[] shapes = new PeriodCalendar[3];
            if (calendars) {
                b.horizon(horizon);
                for (int c = 0; c < shapes.length; c++) {
                    shapes[c] = randomCalendar(random, horizon);
                }
            }
            int[] capacity = new int[resources];
            for (int r = 0; r < resources; r++) {
                capacity[r] = 1 + random.nextInt(4);
                if (calendars && random.nextBoolean()) {
                    int[] profile = new int[horizon];
                    for (int t = 0; t < horizon; t++) {
                        profile[t] = random.nextInt(10) == 0 ? random.nextInt(capacity[r] + 1) : capacity[r];
                    }
                    profile[0] = capacity[r];
                    b.capacity(r, profile);
                } else {
                    b.capacity(r, capacity[r]);
                }
            }
            for (int a = 0; a < n; a++) {
                b.duration(a, random.nextInt(rich ? 6 : 5) + (rich ? 0 : 1));
                if (calendars && random.nextInt(3) > 0) {
                    b.calendar(a, shapes[random.nextInt(shapes.length)]);
                }
                for (int r = 0; r < resources; r++) {
                    if (random.nextBoolean()) {
                        b.demand(a, r, random.nextInt(capacity[r] + 1));
                    }
                }
                for (int s = a + 1; s < n; s++) {
                    if (random.nextInt(4) == 0) {
                        LinkType type = rich ? LinkType.values()[random.nextInt(4)] : random.nextBoolean() ? LinkType.FS : LinkType.SS;
                        int lag = rich ? random.nextInt(7) - 3 : random.nextInt(3);
                        PeriodCalendar lagCalendar = calendars && random.nextBoolean() ? shapes[random.nextInt(shapes.length)] : null;
                        b.link(a, s, type, lag, lagCalendar);
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

        /** Working weeks of seven periods with a random number of working days, and random holidays. */
        private static PeriodCalendar randomCalendar(SplittableRandom random, int horizon) {
            boolean[] week = new boolean[7];
            int workdays = 3 + random.nextInt(5);
            for (int d = 0; d < workdays; d++) {
                week[d] = true;
            }
            boolean[] working = new boolean[horizon];
            for (int t = 0; t < horizon; t++) {
                working[t] = week[t % 7] && random.nextInt(15) > 0;
            }
            return PeriodCalendar.of(working);
        }
    }

    /**
     * Exhaustive search over activity lists with a deliberately plain serial scheme that counts
     * periods one at a time; for finish-to-start and start-to-start links without leads.
     */
    static final class BruteForce {
        private final LevelingProblem p;
        private final int n;
        private final int[] start;
        private final int[] finish;
        private final boolean[] placed;
        private int best = Integer.MAX_VALUE;

        private BruteForce(LevelingProblem p) {
            this.p = p;
            this.n = p.activityCount();
            this.start = new int[n];
            this.finish = new int[n];
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
                    end = Math.max(end, finish[a]);
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
                        LinkType[] type = p.successorTypes(q);
                        PeriodCalendar[] lagCalendar = p.successorLagCalendars(q);
                        for (int k = 0; k < succ.length; k++) {
                            if (succ[k] == a) {
                                int from = type[k] == LinkType.FS ? finish[q] : start[q];
                                t = Math.max(t, ScheduleChecker.shift(lagCalendar[k], from, lag[k]));
                            }
                        }
                    }
                }
                while (!fits(a, t)) {
                    t++;
                }
                start[a] = t;
                finish[a] = ScheduleChecker.finish(p, a, t);
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
            PeriodCalendar own = p.calendar(a);
            if (p.duration(a) > 0 && own != null && !own.isWorking(t)) {
                return false;
            }
            int end = ScheduleChecker.finish(p, a, t);
            for (int u = t; u < end; u++) {
                if (own != null && !own.isWorking(u)) {
                    continue;
                }
                for (int r = 0; r < p.resourceCount(); r++) {
                    int used = p.demand(a, r);
                    for (int q = 0; q < n; q++) {
                        PeriodCalendar c = p.calendar(q);
                        if (placed[q] && start[q] <= u && u < finish[q] && (c == null || c.isWorking(u))) {
                            used += p.demand(q, r);
                        }
                    }
                    if (used > p.capacity(r, u)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}

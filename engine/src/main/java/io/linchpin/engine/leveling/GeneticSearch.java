package io.linchpin.engine.leveling;

import java.util.SplittableRandom;

/**
 * Priority-rule passes followed by a genetic algorithm over activity lists, every schedule
 * improved by double justification (Hartmann 1998; Valls, Ballestín and Quintanilla 2005).
 *
 * <p>An individual is a precedence-feasible activity list decoded by the serial scheme. Each
 * decoded schedule is justified right then left, and the list is replaced by the order of the
 * justified schedule, so children inherit the improvement. Children come from a two-point
 * crossover of parents picked by binary tournament, then an adjacent-swap mutation that keeps
 * precedence; the next population is the best of parents and children, without duplicate
 * schedules.
 */
final class GeneticSearch {

    private static final double MUTATION_RATE = 0.05;

    private final Network net;
    private final LevelingOptions options;
    private final ScheduleGenerator gen;
    private final SplittableRandom random;
    private final long stopAt;
    private final int m;
    private final int[] projectFinish;
    private final int[] savedList;
    private final int[] mark;
    private int stamp;

    private final Fitness scratch = new Fitness();
    private final Fitness justified = new Fitness();
    private final Fitness best = new Fitness();
    private final int[] bestStart;
    private final int[] bestFinish;
    private final boolean[] bestUnleveled;
    private boolean found;
    /** Set once the best schedule meets the lower bounds of makespan and project finishes. */
    private boolean unbeatable;
    private final long projectCostBound;

    GeneticSearch(Network net, LevelingOptions options, long startedAt) {
        this.net = net;
        this.options = options;
        this.gen = new ScheduleGenerator(net);
        this.random = new SplittableRandom(options.seed());
        this.stopAt = options.timeLimit() == null ? Long.MAX_VALUE : startedAt + options.timeLimit().toNanos();
        this.m = net.movableCount();
        this.projectFinish = new int[net.projects];
        this.savedList = new int[m];
        this.mark = new int[net.n];
        this.bestStart = new int[net.n];
        this.bestFinish = new int[net.n];
        this.bestUnleveled = new boolean[net.n];
        long bound = 0;
        for (int p = 0; p < net.projects; p++) {
            bound += net.projectWeight[p] * net.projectEarlyFinish[p];
        }
        this.projectCostBound = bound;
    }

    int[] bestStart() {
        return bestStart;
    }

    int[] bestFinish() {
        return bestFinish;
    }

    boolean[] bestUnleveled() {
        return bestUnleveled;
    }

    long schedules() {
        return gen.schedules;
    }

    /** One pass of one scheme with one rule, nothing more. */
    void singlePass(GenerationScheme scheme, PriorityRule rule) {
        double[] key = rule.keys(net);
        int[] list = new int[m];
        if (scheme == GenerationScheme.SERIAL) {
            gen.precedenceOrder(key, list, false);
            int makespan = gen.serial(list, false);
            evaluate(scratch, makespan);
        } else {
            int makespan = gen.parallel(byKey(key));
            evaluate(scratch, makespan);
        }
    }

    void run() {
        PriorityRule[] rules = PriorityRule.values();
        int[][] seeds = new int[2 * rules.length][];
        Fitness[] seedFitness = new Fitness[seeds.length];
        int seeded = 0;
        for (PriorityRule rule : rules) {
            double[] key = rule.keys(net);
            for (GenerationScheme scheme : GenerationScheme.values()) {
                int[] list = new int[m];
                Fitness fitness = new Fitness();
                if (scheme == GenerationScheme.SERIAL) {
                    gen.precedenceOrder(key, list, false);
                    decode(list, fitness);
                } else {
                    int makespan = gen.parallel(byKey(key));
                    gen.orderByStart(list);
                    evaluate(fitness, makespan);
                    improve(list, fitness, makespan);
                }
                seeds[seeded] = list;
                seedFitness[seeded++] = fitness;
                if (exhausted(1)) {
                    return;
                }
            }
        }
        if (!options.improve() || m < 2) {
            return;
        }
        evolve(seeds, seedFitness);
    }

    /** The genetic search, its first population made of the rule schedules and biased samples. */
    private void evolve(int[][] seeds, Fitness[] seedFitness) {
        int size = populationSize();
        int[][] pool = new int[2 * size][m];
        Fitness[] fit = new Fitness[2 * size];
        for (int i = 0; i < fit.length; i++) {
            fit[i] = new Fitness();
        }
        int[][] poolSwap = new int[2 * size][];
        Fitness[] fitSwap = new Fitness[2 * size];
        int[] order = new int[2 * size];
        double[][] ruleKeys = new double[seeds.length / 2][];
        PriorityRule[] rules = PriorityRule.values();
        for (int r = 0; r < ruleKeys.length; r++) {
            int[] ranked = byKey(rules[r].keys(net));
            ruleKeys[r] = new double[net.n];
            for (int i = 0; i < m; i++) {
                ruleKeys[r][ranked[i]] = i;
            }
        }
        double[] noisy = new double[net.n];

        int count = 0;
        for (int s = 0; s < seeds.length && count < size; s++) {
            System.arraycopy(seeds[s], 0, pool[count], 0, m);
            fit[count++].copy(seedFitness[s]);
        }
        if (!sample(pool, fit, count, size, ruleKeys, noisy)) {
            return;
        }
        select(pool, fit, size, order, poolSwap, fitSwap);

        while (!exhausted(1)) {
            int made = 0;
            while (made < size && !exhausted(1)) {
                int mother = tournament(size);
                int father = tournament(size);
                int daughter = size + made;
                crossover(pool[mother], pool[father], pool[daughter]);
                mutate(pool[daughter]);
                decode(pool[daughter], fit[daughter]);
                made++;
                if (made < size && !exhausted(1)) {
                    int son = size + made;
                    crossover(pool[father], pool[mother], pool[son]);
                    mutate(pool[son]);
                    decode(pool[son], fit[son]);
                    made++;
                }
            }
            select(pool, fit, size + made, order, poolSwap, fitSwap);
        }
    }

    /**
     * Fills pool[from..size) with a random rule's ranks blurred by noise of random width, so the
     * lists spread from near-copies of good rules to almost random ones.
     *
     * @return false if the budget ran out
     */
    private boolean sample(int[][] pool, Fitness[] fit, int from, int size, double[][] ruleKeys, double[] noisy) {
        for (int count = from; count < size; count++) {
            double[] rank = ruleKeys[random.nextInt(ruleKeys.length)];
            double spread = m * (0.05 + 0.95 * random.nextDouble());
            for (int a : net.movable) {
                noisy[a] = rank[a] + spread * random.nextDouble();
            }
            gen.precedenceOrder(noisy, pool[count], false);
            decode(pool[count], fit[count]);
            if (exhausted(1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A larger population for a larger budget: √budget, between 16 and 200 (32 at 1,000
     * schedules, 71 at 5,000). Tried from 0.3 to 2.5 √budget on PSPLIB subsets: smaller suits j120
     * at 1,000 schedules, larger suits j30 at 5,000; the differences stay within 0.5 points. Under
     * a time budget, the budget is estimated from the speed of the passes so far.
     */
    private int populationSize() {
        long budget = options.maxSchedules();
        if (options.timeLimit() != null) {
            long spent = Math.max(1, System.nanoTime() - (stopAt - options.timeLimit().toNanos()));
            long estimate = (long) (gen.schedules * (double) options.timeLimit().toNanos() / spent);
            budget = Math.min(budget, estimate);
        }
        int size = (int) Math.round(Math.sqrt(Math.min(budget, 1_000_000)));
        return Math.max(16, Math.min(200, size)) & ~1;
    }

    private int tournament(int size) {
        int a = random.nextInt(size);
        int b = random.nextInt(size);
        return Math.min(a, b);
    }

    /**
     * Sorts pool[0..count) by fitness, distinct schedules first: the population is then the front
     * of the pool, and duplicates survive only when there are not enough distinct schedules.
     */
    private void select(int[][] pool, Fitness[] fit, int count, int[] order, int[][] poolSwap,
            Fitness[] fitSwap) {
        for (int i = 0; i < count; i++) {
            int v = i;
            int j = i - 1;
            while (j >= 0 && fit[order[j]].compareTo(fit[v]) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = v;
        }
        int kept = 0;
        int dropped = count;
        for (int i = 0; i < count; i++) {
            int v = order[i];
            boolean duplicate = kept > 0 && fitSwap[kept - 1].sameSchedule(fit[v]);
            if (duplicate) {
                poolSwap[--dropped] = pool[v];
                fitSwap[dropped] = fit[v];
            } else {
                poolSwap[kept] = pool[v];
                fitSwap[kept++] = fit[v];
            }
        }
        for (int lo = kept, hi = count - 1; lo < hi; lo++, hi--) {
            int[] p = poolSwap[lo];
            poolSwap[lo] = poolSwap[hi];
            poolSwap[hi] = p;
            Fitness f = fitSwap[lo];
            fitSwap[lo] = fitSwap[hi];
            fitSwap[hi] = f;
        }
        System.arraycopy(poolSwap, 0, pool, 0, count);
        System.arraycopy(fitSwap, 0, fit, 0, count);
    }

    /** Hartmann's two-point crossover: head from the mother, middle in the father's order, tail in the mother's. */
    private void crossover(int[] mother, int[] father, int[] child) {
        int q1 = random.nextInt(m + 1);
        int q2 = random.nextInt(m + 1);
        if (q1 > q2) {
            int t = q1;
            q1 = q2;
            q2 = t;
        }
        stamp++;
        int at = 0;
        for (int i = 0; i < q1; i++) {
            child[at++] = mother[i];
            mark[mother[i]] = stamp;
        }
        for (int i = 0; i < m && at < q2; i++) {
            int a = father[i];
            if (mark[a] != stamp) {
                child[at++] = a;
                mark[a] = stamp;
            }
        }
        for (int i = 0; i < m && at < m; i++) {
            int a = mother[i];
            if (mark[a] != stamp) {
                child[at++] = a;
                mark[a] = stamp;
            }
        }
    }

    /** Swaps neighbours at random where no link forbids it, so the list stays precedence-feasible. */
    private void mutate(int[] list) {
        for (int i = 0; i + 1 < m; i++) {
            if (random.nextDouble() < MUTATION_RATE && !net.isLinked(list[i], list[i + 1])) {
                int t = list[i];
                list[i] = list[i + 1];
                list[i + 1] = t;
            }
        }
    }

    /** Serial pass of the list, then justification; the list becomes that of the better schedule. */
    private void decode(int[] list, Fitness fitness) {
        int makespan = gen.serial(list, false);
        evaluate(fitness, makespan);
        improve(list, fitness, makespan);
    }

    private void improve(int[] list, Fitness fitness, int makespan) {
        if (!options.improve() || gen.unresolved > 0 || exhausted(2)) {
            return;
        }
        System.arraycopy(list, 0, savedList, 0, m);
        int makespanAfter = gen.justify(list, makespan);
        if (makespanAfter < 0) {
            return;
        }
        evaluate(justified, makespanAfter);
        if (justified.compareTo(fitness) <= 0) {
            fitness.copy(justified);
        } else {
            System.arraycopy(savedList, 0, list, 0, m);
        }
    }

    /** Scores the schedule the generator just built and keeps it if it is the best so far. */
    private void evaluate(Fitness f, int makespan) {
        int[] start = gen.start;
        int[] end = gen.finish;
        int[] project = net.project;
        java.util.Arrays.fill(projectFinish, 0);
        long priorityCost = 0;
        long hash = 1;
        for (int a = 0; a < net.n; a++) {
            int s = start[a];
            int finish = end[a];
            if (finish > projectFinish[project[a]]) {
                projectFinish[project[a]] = finish;
            }
            priorityCost += net.activityWeight[a] * s;
            hash = hash * 0x9E3779B97F4A7C15L + s;
        }
        long projectCost = 0;
        for (int p = 0; p < net.projects; p++) {
            projectCost += net.projectWeight[p] * projectFinish[p];
        }
        f.unresolved = gen.unresolved;
        f.makespan = makespan;
        f.projectCost = projectCost;
        f.priorityCost = priorityCost;
        f.hash = hash;
        if (!found || f.compareTo(best) < 0) {
            found = true;
            best.copy(f);
            System.arraycopy(start, 0, bestStart, 0, net.n);
            System.arraycopy(end, 0, bestFinish, 0, net.n);
            System.arraycopy(gen.unleveled, 0, bestUnleveled, 0, net.n);
            unbeatable = f.unresolved == 0 && f.makespan == net.criticalPathLength && f.projectCost == projectCostBound;
        }
    }

    /** Out of budget, or nothing left to gain: every project already finishes at its unleveled finish. */
    private boolean exhausted(int needed) {
        return unbeatable || gen.schedules + needed > options.maxSchedules() || System.nanoTime() >= stopAt;
    }

    /** The movable activities by increasing key, ties by index. */
    private int[] byKey(double[] key) {
        long[] packed = new long[m];
        for (int i = 0; i < m; i++) {
            int a = net.movable[i];
            packed[i] = (long) key[a] * net.n + a;
        }
        java.util.Arrays.sort(packed);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = (int) (packed[i] % net.n);
        }
        return out;
    }

    /**
     * What a schedule is worth, compared in this order: fewer activities left unleveled, shorter
     * makespan, smaller priority-weighted sum of project finishes (total then average project
     * delay), smaller priority-weighted sum of starts (higher-priority activities earlier).
     */
    static final class Fitness implements Comparable<Fitness> {
        int unresolved;
        int makespan;
        long projectCost;
        long priorityCost;
        long hash;

        @Override
        public int compareTo(Fitness o) {
            if (unresolved != o.unresolved) {
                return Integer.compare(unresolved, o.unresolved);
            }
            if (makespan != o.makespan) {
                return Integer.compare(makespan, o.makespan);
            }
            if (projectCost != o.projectCost) {
                return Long.compare(projectCost, o.projectCost);
            }
            return Long.compare(priorityCost, o.priorityCost);
        }

        boolean sameSchedule(Fitness o) {
            return compareTo(o) == 0 && hash == o.hash;
        }

        void copy(Fitness o) {
            unresolved = o.unresolved;
            makespan = o.makespan;
            projectCost = o.projectCost;
            priorityCost = o.priorityCost;
            hash = o.hash;
        }
    }
}

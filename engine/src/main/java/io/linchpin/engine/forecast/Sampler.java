package io.linchpin.engine.forecast;

import io.linchpin.engine.plan.InvalidPlanException;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.ScheduleNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A {@link RiskModel} compiled against its plan's network: which tasks vary and how, which risks
 * delay which tasks. Draws one iteration's durations into the array the network runs on (by
 * network index), task by task in plan order, so the draws do not depend on how the network
 * numbers its tasks.
 *
 * <p>An estimate describes a task's whole duration; a started task keeps the share of it that
 * its progress leaves (remaining / planned), so the draw is scaled by that share. Finished tasks
 * and risk impacts on them have no effect.
 */
final class Sampler {

    /**
     * No draw may exceed this many minutes (32 years of round-the-clock work): it keeps sums of
     * durations inside an {@code int}, while the network still reports a schedule that leaves
     * its calendar range.
     */
    private static final int LONGEST = 1 << 24;

    private final int n;
    private final int[] base;
    private final int[] varying;
    private final Draw[] draws;
    private final int[] groupOf;
    private final int[] columnOf;
    private final int[][] groups;
    private final double[][][] groupTargets;
    private final double[] riskProbability;
    private final int[] impactOffset;
    private final int[] impactTask;
    private final Draw[] impactDraw;
    private final int[] observed;

    Sampler(Plan plan, ScheduleNetwork network, RiskModel model) {
        this.n = network.size();
        this.base = network.durations();
        List<String> problems = new ArrayList<>();
        for (String id : model.estimates().keySet()) {
            if (network.indexOf(id) < 0) {
                problems.add("estimate for task '" + id + "': no such task");
            }
        }
        List<Integer> varyingTasks = new ArrayList<>();
        List<Draw> varyingDraws = new ArrayList<>();
        int[] varyingIndex = new int[n];
        Arrays.fill(varyingIndex, -1);
        for (Task t : plan.tasks()) {
            int i = network.indexOf(t.id());
            Estimate own = model.estimates().get(t.id());
            if (own != null && network.isSummary(i)) {
                problems.add(t + " is a summary: its duration comes from its children and takes no estimate");
                continue;
            }
            if (own != null && isMilestone(network, i)) {
                problems.add(t + " is a milestone: it has no duration to estimate");
                continue;
            }
            Estimate estimate = own != null ? own
                    : model.uncertainty() != null && !network.isSummary(i) && t.duration() > 0 ? model.uncertainty().of(t.duration()) : null;
            if (estimate == null || t.actualFinish() != null) {
                continue;
            }
            double share = t.actualStart() == null || t.duration() == 0 ? 1 : (double) base[i] / t.duration();
            Draw draw = Draw.of(estimate.scaled(share));
            if (draw.isFixed()) {
                base[i] = minutes(estimate.optimistic() * share);
            } else {
                varyingIndex[i] = varyingTasks.size();
                varyingTasks.add(i);
                varyingDraws.add(draw);
            }
        }
        this.varying = varyingTasks.stream().mapToInt(Integer::intValue).toArray();
        this.draws = varyingDraws.toArray(new Draw[0]);

        this.groupOf = new int[varying.length];
        this.columnOf = new int[varying.length];
        Arrays.fill(groupOf, -1);
        List<int[]> groupList = new ArrayList<>();
        List<double[][]> targets = new ArrayList<>();
        for (RankCorrelation c : model.correlations()) {
            List<Integer> members = new ArrayList<>();
            for (String id : c.tasks()) {
                int i = network.indexOf(id);
                if (i < 0) {
                    problems.add("rank correlation " + c.tasks() + ": no task '" + id + "'");
                } else if (varyingIndex[i] >= 0) {
                    members.add(varyingIndex[i]);
                } else if (network.task(i).actualFinish() == null) {
                    problems.add("rank correlation " + c.tasks() + ": " + network.task(i)
                            + " has no estimate with a spread, so there is nothing to correlate");
                }
            }
            if (members.size() >= 2) {
                int g = groupList.size();
                for (int col = 0; col < members.size(); col++) {
                    groupOf[members.get(col)] = g;
                    columnOf[members.get(col)] = col;
                }
                groupList.add(members.stream().mapToInt(Integer::intValue).toArray());
                targets.add(ImanConover.equicorrelationFactor(members.size(), c.scoreCorrelation()));
            }
        }
        this.groups = groupList.toArray(new int[0][]);
        this.groupTargets = targets.toArray(new double[0][][]);

        List<RiskEvent> risks = model.risks();
        this.riskProbability = new double[risks.size()];
        this.impactOffset = new int[risks.size() + 1];
        List<Integer> impactTasks = new ArrayList<>();
        List<Draw> impactDraws = new ArrayList<>();
        boolean[] impacted = new boolean[n];
        for (int r = 0; r < risks.size(); r++) {
            RiskEvent risk = risks.get(r);
            riskProbability[r] = risk.probability();
            for (RiskImpact impact : risk.impacts()) {
                int i = network.indexOf(impact.task());
                if (i < 0) {
                    problems.add("risk " + risk.id() + ": no task '" + impact.task() + "'");
                } else if (network.isSummary(i)) {
                    problems.add("risk " + risk.id() + ": " + network.task(i) + " is a summary; name the task it delays");
                } else if (isMilestone(network, i)) {
                    problems.add("risk " + risk.id() + ": " + network.task(i) + " is a milestone; name the task it delays");
                } else if (network.task(i).actualFinish() == null) {
                    impactTasks.add(i);
                    impactDraws.add(Draw.of(impact.added()));
                    impacted[i] = true;
                }
            }
            impactOffset[r + 1] = impactTasks.size();
        }
        this.impactTask = impactTasks.stream().mapToInt(Integer::intValue).toArray();
        this.impactDraw = impactDraws.toArray(new Draw[0]);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        List<Integer> watch = new ArrayList<>();
        for (Task t : plan.tasks()) {
            int i = network.indexOf(t.id());
            if (varyingIndex[i] >= 0 || impacted[i]) {
                watch.add(i);
            }
        }
        this.observed = watch.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isMilestone(ScheduleNetwork network, int i) {
        Task t = network.task(i);
        return !network.isSummary(i) && (t.milestone() || t.duration() == 0);
    }

    /** A draw (never negative) to the nearest whole minute. */
    private static int minutes(double value) {
        return value >= LONGEST ? LONGEST : (int) (value + 0.5);
    }

    /** Tasks whose duration can change from one iteration to the next: network indices, in plan order. */
    int[] observed() {
        return observed;
    }

    /**
     * Draws a block of iterations of the correlated tasks ahead, so Iman–Conover can reorder
     * them: {@code [group][column][row]}.
     */
    double[][][] correlatedBlock(SplittableRandom rng, int rows) {
        double[][][] block = new double[groups.length][][];
        for (int g = 0; g < groups.length; g++) {
            block[g] = new double[groups[g].length][rows];
            for (int col = 0; col < groups[g].length; col++) {
                Draw draw = draws[groups[g][col]];
                for (int row = 0; row < rows; row++) {
                    block[g][col][row] = draw.next(rng);
                }
            }
            ImanConover.correlate(block[g], groupTargets[g], rng);
        }
        return block;
    }

    /** Fills {@code durations} with one iteration: row {@code row} of the correlated block, fresh draws for the rest, then the risks. */
    void draw(SplittableRandom rng, double[][][] block, int row, int[] durations) {
        System.arraycopy(base, 0, durations, 0, n);
        for (int v = 0; v < varying.length; v++) {
            double value = groupOf[v] < 0 ? draws[v].next(rng) : block[groupOf[v]][columnOf[v]][row];
            durations[varying[v]] = minutes(value);
        }
        for (int r = 0; r < riskProbability.length; r++) {
            if (rng.nextDouble() < riskProbability[r]) {
                for (int k = impactOffset[r]; k < impactOffset[r + 1]; k++) {
                    int t = impactTask[k];
                    durations[t] = Math.min(LONGEST, durations[t] + minutes(impactDraw[k].next(rng)));
                }
            }
        }
    }
}

package io.linchpin.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.leveling.Cases;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What a re-run says it may have changed ({@link ScheduleNetwork#rerunReach}) holds every task
 * whose read-out did change, and reading out just those ({@link Schedule#tasks(Workspace, int[])})
 * gives what a full read-out gives them: the server compares and stores only those after an edit.
 */
class RerunReachTest {

    /** Every task of a random plan under one of three summaries (which no link touches, so a re-run stays partial). */
    private static Plan withSummaries(Plan plan) {
        List<Task> tasks = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            tasks.add(Task.builder("S" + s).name("summary " + s).duration(0).build());
        }
        for (int i = 0; i < plan.tasks().size(); i++) {
            tasks.add(plan.tasks().get(i).toBuilder().parent("S" + i % 3).build());
        }
        return plan.toBuilder().tasks(tasks).build();
    }

    @Test
    void aRerunsReachHoldsEveryTaskWhoseResultsChanged() {
        int[] partial = new int[1];
        Cases.check(200, seed -> {
            for (RuleSet rules : RuleSet.values()) {
                partial[0] += check(ScheduleNetwork.compile(withSummaries(IntegerPathsTest.randomPlan(new SplittableRandom(seed), rules))), seed);
            }
            partial[0] += check(ScheduleNetwork.compile(withSummaries(P6RulesTest.randomPlanWithProgress(seed))), seed);
        });
        assertThat(partial[0]).as("re-runs that stayed partial").isGreaterThan(500);
    }

    /** Five random duration changes, each re-run; returns how many stayed partial (the others ran in full). */
    private static int check(ScheduleNetwork net, long seed) {
        Workspace ws = net.newWorkspace();
        int[] durations = net.durations();
        net.run(durations, null, ws);
        assertThat(net.rerunReach(ws)).as("after a full run").isNull();
        Random r = new Random(seed);
        int partial = 0;
        for (int change = 0; change < 5; change++) {
            List<TaskSchedule> before = Schedule.of(ws).tasks();
            int task = r.nextInt(net.size());
            if (net.isSummary(task)) {
                continue;
            }
            durations[task] = Math.max(0, durations[task] + 60 * (r.nextInt(41) - 20));
            net.rerun(durations, task, ws);
            List<TaskSchedule> after = Schedule.of(ws).tasks();
            int[] reach = net.rerunReach(ws);
            if (reach == null) {
                continue;
            }
            partial++;
            Set<String> reached = new HashSet<>();
            for (int i : reach) {
                reached.add(net.task(i).id());
            }
            for (int k = 0; k < after.size(); k++) {
                if (!after.get(k).equals(before.get(k))) {
                    assertThat(reached).as("%s changed after changing %s", after.get(k).id(), net.task(task).id())
                            .contains(after.get(k).id());
                }
            }
            Map<String, TaskSchedule> full = new HashMap<>();
            after.forEach(t -> full.put(t.id(), t));
            List<TaskSchedule> some = Schedule.tasks(ws, reach);
            assertThat(some).hasSize(reach.length);
            for (TaskSchedule t : some) {
                assertThat(t).isEqualTo(full.get(t.id()));
            }
        }
        return partial;
    }
}

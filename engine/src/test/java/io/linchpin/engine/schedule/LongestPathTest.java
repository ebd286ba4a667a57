package io.linchpin.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LongestPathTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2025, 1, 6, 8, 0);
    private static final int DAY = 480;

    private static Task task(String id, int days, String... predecessors) {
        Task.Builder b = Task.builder(id).duration(days * DAY);
        for (String p : predecessors) {
            b.predecessor(Link.fs(p));
        }
        return b.build();
    }

    private static Set<String> longestPath(Plan plan) {
        ScheduleNetwork net = ScheduleNetwork.compile(plan);
        Workspace ws = net.newWorkspace();
        int[] durations = net.durations();
        net.run(durations, null, ws);
        int[] found = new int[net.size()];
        int count = net.longestPath(durations, ws, found);
        Set<String> ids = new TreeSet<>();
        Arrays.stream(found, 0, count).forEach(i -> ids.add(net.task(i).id()));
        return ids;
    }

    @Test
    void followsTheDrivingLinksBackFromTheLastTask() {
        Plan plan = Plan.builder(MONDAY).addTask(task("A", 2)).addTask(task("B", 3, "A")).addTask(task("D", 1, "A"))
                .addTask(task("C", 1, "B", "D")).addTask(task("E", 2)).build();
        assertThat(longestPath(plan)).containsExactly("A", "B", "C");
    }

    @Test
    void countsEveryPathWhenLinksTie() {
        Plan plan = Plan.builder(MONDAY).addTask(task("A", 1)).addTask(task("B", 2, "A")).addTask(task("C", 2, "A"))
                .addTask(task("D", 1, "B", "C")).addTask(task("E", 4)).addTask(task("F", 0, "D", "E")).build();
        assertThat(longestPath(plan)).containsExactly("A", "B", "C", "D", "E", "F");
    }

    @Test
    void continuesThroughASummaryAtTheChildThatSetsItsFinish() {
        Plan plan = Plan.builder(MONDAY).addTask(Task.builder("S").build())
                .addTask(Task.builder("X").parent("S").duration(DAY).build())
                .addTask(Task.builder("Y").parent("S").duration(3 * DAY).predecessor(Link.fs("W")).build())
                .addTask(task("W", 1))
                .addTask(task("Z", 2, "S")).build();
        assertThat(longestPath(plan)).containsExactly("W", "Y", "Z");
    }

    @Test
    void ignoresDeadlines() {
        Plan plan = Plan.builder(MONDAY).addTask(task("A", 3))
                .addTask(Task.builder("B").duration(DAY).deadline(MONDAY.plusHours(1)).build()).build();
        assertThat(longestPath(plan)).containsExactly("A");
    }

    @Test
    void needsARunFirst() {
        Plan plan = Plan.builder(MONDAY).addTask(task("A", 3)).build();
        ScheduleNetwork net = ScheduleNetwork.compile(plan);
        assertThatThrownBy(() -> net.longestPath(net.durations(), net.newWorkspace(), new int[1]))
                .isInstanceOf(IllegalStateException.class);
    }
}

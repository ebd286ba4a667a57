package io.linchpin.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OutlineTest {

    @Test
    void findsSummariesAndLeavesAtEveryDepth() {
        Plan plan = Plan.builder(LocalDateTime.of(2025, 1, 6, 8, 0))
                .addTask(Task.builder("P").build())
                .addTask(Task.builder("A").parent("P").duration(60).build())
                .addTask(Task.builder("S").parent("P").build())
                .addTask(Task.builder("B").parent("S").duration(60).build())
                .addTask(Task.builder("C").duration(60).build()).build();
        Outline outline = Outline.of(plan);
        assertThat(outline.isSummary(0)).isTrue();
        assertThat(outline.isSummary(1)).isFalse();
        assertThat(outline.isSummary(2)).isTrue();
        assertThat(outline.leaves(0)).containsExactly(1, 3);
        assertThat(outline.leaves(4)).containsExactly(4);
    }
}

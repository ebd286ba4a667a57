package io.linchpin.engine.forecast;

import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import java.time.LocalDateTime;

/** Small plans on the standard calendar (Monday to Friday, 8 hours a day) for the forecast tests. */
final class TestPlans {

    static final LocalDateTime MONDAY = LocalDateTime.of(2025, 1, 6, 8, 0);
    static final int DAY = 480;

    private TestPlans() {
    }

    static Task task(String id, double days, String... predecessors) {
        Task.Builder b = Task.builder(id).duration((int) Math.round(days * DAY));
        for (String p : predecessors) {
            b.predecessor(Link.fs(p));
        }
        return b.build();
    }

    static Plan plan(Task... tasks) {
        Plan.Builder b = Plan.builder(MONDAY);
        for (Task t : tasks) {
            b.addTask(t);
        }
        return b.build();
    }

    static Estimate days(double optimistic, double mostLikely, double pessimistic, Distribution distribution) {
        return new Estimate(optimistic * DAY, mostLikely * DAY, pessimistic * DAY, distribution);
    }

    static SimulationOptions options(int iterations) {
        return new SimulationOptions(iterations, 20250106L, 2);
    }
}

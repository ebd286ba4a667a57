package io.linchpin.server.insight;

import java.time.LocalDateTime;
import java.util.List;

import io.linchpin.engine.analysis.HealthCheck.Outcome;
import io.linchpin.server.projects.TaskRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The DCMA 14-point assessment of a project's schedule, measured at its status date against its
 * active baseline.
 */
public record HealthView(
        @Schema(description = "The status date it was measured at; absent when the project has none (checks 9b, 11 "
                + "and 14 need one)") LocalDateTime statusDate,
        @Schema(description = "The active baseline it was measured against; absent when none is saved") BaselineRef baseline,
        int passed, int failed, int notApplicable, List<Check> checks) {

    public HealthView {
        checks = List.copyOf(checks);
    }

    public record BaselineRef(int number, String name) {
    }

    /**
     * One check.
     *
     * @param value a percentage of the population for the ratio checks, a count where the threshold is 0, the index
     *     for CPLI and BEI, the working days the finish moved for the critical path test
     * @param count how many tasks (for checks 2 to 4: links) offend
     * @param tasks the offending tasks (for checks 2 to 4: the tasks holding the offending links), in WBS order, the
     *     first 1,000
     */
    public record Check(int number, String name, String threshold, Outcome outcome, double value,
            @Schema(description = "The measurement in words") String measured, int count,
            @Schema(description = "How many tasks (or links) the check looked at") int population, List<TaskRef> tasks) {
    }
}

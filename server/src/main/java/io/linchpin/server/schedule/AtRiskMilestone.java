package io.linchpin.server.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;

import io.linchpin.server.projects.TaskRef;
import io.swagger.v3.oas.annotations.media.Schema;

/** A milestone whose scheduled finish passes the date committed to for it, or its finish in the active baseline. */
public record AtRiskMilestone(long projectId, String projectCode, TaskRef milestone, LocalDate committedFinish,
        @Schema(description = "The scheduled finish, in the project's wall-clock time") LocalDateTime finish,
        @Schema(description = "Working minutes of float; negative by how much the deadline is missed (MS Project rules)")
        Long totalFloatMinutes,
        @Schema(description = "Calendar days from the committed date to the finish (from the baseline finish when "
                + "the committed date is met or absent)") long daysLate,
        @Schema(description = "The milestone's finish in the project's active baseline, when it has one")
        LocalDateTime baselineFinish) {
}

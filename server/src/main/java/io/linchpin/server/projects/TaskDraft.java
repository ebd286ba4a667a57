package io.linchpin.server.projects;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new task. New tasks start in the first status of the project's workflow. */
public record TaskDraft(
        @NotBlank @Size(max = 500) String name,
        @Schema(description = "TASK (default) or MILESTONE; a task becomes a SUMMARY when it gets sub-tasks") TaskKind kind,
        @Schema(description = "Working minutes (a day is 480); 0 for a milestone")
        @Min(0) @Max(WorkingDuration.MAX_MINUTES) Long durationMinutes,
        @Schema(description = "The task to put it under; the top level when absent") Long parentId,
        @Schema(description = "Bulk create only: the index of an earlier task of the same request to put it under")
        @Min(0) Integer parentIndex,
        @Schema(description = "Rank among its new siblings, from 1; last when absent (single create only)")
        @Min(1) Integer position,
        @Schema(description = "Project members (member role or above)") @Size(max = 50) List<@NotNull Long> assigneeIds,
        Long departmentId,
        @Schema(description = "0 to 1000; 500 when absent") @Min(0) @Max(1000) Integer priority,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> tags,
        @Size(max = 20000) String description,
        @Schema(description = "Milestones only: the date committed to") LocalDate committedFinish) {

    /** A task with only a name, at the end of the top level. */
    public static TaskDraft named(String name) {
        return new TaskDraft(name, null, null, null, null, null, null, null, null, null, null, null);
    }
}

package io.linchpin.server.schedule;

import io.linchpin.server.projects.WorkingDuration;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A new dependency between two tasks of one project. */
public record LinkDraft(
        @NotNull Long predecessorId,
        @NotNull Long successorId,
        @Schema(description = "FS when absent") LinkType type,
        @Schema(description = "Working minutes, negative for a lead; 0 when absent")
        @Min(-WorkingDuration.MAX_MINUTES) @Max(WorkingDuration.MAX_MINUTES) Long lagMinutes) {
}

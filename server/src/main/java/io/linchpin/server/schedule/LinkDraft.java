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
        @Min(-WorkingDuration.MAX_MINUTES) @Max(WorkingDuration.MAX_MINUTES) Long lagMinutes,
        @Schema(description = "WORKING (default) or ELAPSED minutes in lagMinutes, or PERCENT of the predecessor's "
                + "duration in lagPercent") LagKind lagKind,
        @Schema(description = "PERCENT lags only: the share of the predecessor's duration, negative for a lead")
        @Min(-100) @Max(1000) Integer lagPercent) {

    /** A link with a lag in working minutes. */
    public LinkDraft(Long predecessorId, Long successorId, LinkType type, Long lagMinutes) {
        this(predecessorId, successorId, type, lagMinutes, null, null);
    }
}

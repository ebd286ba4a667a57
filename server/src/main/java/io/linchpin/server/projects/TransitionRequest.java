package io.linchpin.server.projects;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Moves a task to another status of its workflow, named by ID or by name. */
public record TransitionRequest(
        @Schema(description = "The status to move to (or give its name in 'to')") Long toStatusId,
        @Schema(description = "The name of the status to move to", example = "In review") @Size(max = 64) String to,
        @Size(max = 2000) String note,
        @Schema(description = "The task version this is based on (or send If-Match)") Long version) {
}

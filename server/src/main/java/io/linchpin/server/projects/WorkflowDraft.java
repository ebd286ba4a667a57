package io.linchpin.server.projects;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A whole new workflow for a project. Statuses that keep their {@code id} keep their tasks; a
 * status left out is removed, which is refused while tasks are in it. Transitions name statuses.
 */
public record WorkflowDraft(
        @NotEmpty @Size(max = 30) List<@Valid @NotNull Status> statuses,
        @NotNull @Size(max = 500) List<@Valid @NotNull Transition> transitions,
        @Schema(description = "The workflow version this edit is based on (or send If-Match)") Long version) {

    public record Status(
            @Schema(description = "An existing status to keep (and rename); absent for a new one") Long id,
            @NotNull @Size(min = 1, max = 64) String name,
            @NotNull StatusCategory category) {
    }

    public record Transition(@NotNull String from, @NotNull String to, @NotNull ProjectRole minimumRole) {
    }
}

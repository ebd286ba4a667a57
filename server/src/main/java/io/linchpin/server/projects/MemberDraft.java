package io.linchpin.server.projects;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person to add to a project, named by {@code userId} or {@code username}. */
public record MemberDraft(
        @Schema(description = "The person's ID (or give username)") Long userId,
        @Schema(description = "The person's username (or give userId)") @Size(max = 64) String username,
        @NotNull ProjectRole role) {
}

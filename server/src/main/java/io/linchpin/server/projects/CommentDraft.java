package io.linchpin.server.projects;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text of a comment; {@code version} only when editing one (or send If-Match). */
public record CommentDraft(@NotBlank @Size(max = 10000) String body,
        @Schema(description = "When editing: the comment version the edit is based on") Long version) {
}

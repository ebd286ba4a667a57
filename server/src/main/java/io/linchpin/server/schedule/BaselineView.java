package io.linchpin.server.schedule;

import java.time.Instant;

import io.linchpin.server.projects.UserRef;
import io.swagger.v3.oas.annotations.media.Schema;

/** A saved baseline of a project. */
public record BaselineView(long projectId, @Schema(description = "0 to 10") int number, String name, Instant savedAt,
        UserRef savedBy, @Schema(description = "How many tasks it holds dates for") long taskCount,
        @Schema(description = "Whether variance, at-risk milestones and the health checks measure against it")
        boolean active,
        long version) {
}

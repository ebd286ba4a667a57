package io.linchpin.server.schedule;

import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** One task's dates in one baseline. */
public record TaskBaseline(int number, String name, boolean active, LocalDateTime start, LocalDateTime finish,
        @Schema(description = "Working minutes; absent for summaries") Long durationMinutes) {
}

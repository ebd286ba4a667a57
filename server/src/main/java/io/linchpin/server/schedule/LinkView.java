package io.linchpin.server.schedule;

import java.time.Instant;

import io.linchpin.server.projects.TaskRef;
import io.swagger.v3.oas.annotations.media.Schema;

/** A dependency: the successor waits on the predecessor as its type says, shifted by the lag. */
public record LinkView(long id, long projectId, TaskRef predecessor, TaskRef successor, LinkType type,
        @Schema(description = "Working minutes, negative for a lead") long lagMinutes,
        @Schema(example = "-1d 4h") String lag, Instant createdAt) {
}

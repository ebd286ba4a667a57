package io.linchpin.server.schedule;

import java.time.Instant;

import io.linchpin.server.projects.TaskRef;
import io.swagger.v3.oas.annotations.media.Schema;

/** A dependency: the successor waits on the predecessor as its type says, shifted by the lag. */
public record LinkView(long id, long projectId, TaskRef predecessor, TaskRef successor, LinkType type,
        @Schema(description = "Working or elapsed minutes as lagKind says, negative for a lead") long lagMinutes,
        LagKind lagKind,
        @Schema(description = "PERCENT lags: the share of the predecessor's duration") int lagPercent,
        @Schema(example = "-1d 4h", description = "As people read it: 1d 4h, 2d elapsed, 50%") String lag,
        Instant createdAt) {
}

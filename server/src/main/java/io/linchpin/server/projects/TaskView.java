package io.linchpin.server.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A task of the WBS as the API and the pages show it. */
public record TaskView(long id, long projectId,
        @Schema(description = "The summary task above this one; absent at the top level") Long parentId,
        @Schema(example = "1.2.3") String outlineNumber,
        @Schema(description = "1 at the top level") int outlineLevel,
        @Schema(description = "Rank among its siblings, from 1") int position,
        String name, TaskKind kind,
        @Schema(description = "Working time in minutes (a day is 480)") long durationMinutes,
        @Schema(description = "The duration as people read it", example = "2d 4h") String duration,
        StatusView status, List<UserRef> assignees, DepartmentRef department,
        @Schema(description = "0 to 1000, 500 by default (as in MS Project)") int priority,
        List<String> tags, String description,
        @Schema(description = "The date committed to for a milestone (its deadline)") LocalDate committedFinish,
        Instant createdAt, Instant updatedAt, long version) {
}

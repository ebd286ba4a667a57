package io.linchpin.server.insight;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import io.linchpin.server.projects.TaskRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The latest change of a project that moved milestones: which, how far, and the chain that drives
 * each now. Empty (no version, no milestones) until a change has moved one.
 */
public record LatestChange(@Schema(description = "The schedule version that change wrote") Long scheduleVersion,
        Instant at, @Schema(description = "What changed, in words") String cause,
        @Schema(description = "The task whose change it was, when one task's was") TaskRef causeTask,
        List<Moved> milestones) {

    public LatestChange {
        milestones = List.copyOf(milestones);
    }

    /**
     * @param workingMinutes how far it moved, in working minutes of its calendar: positive when later
     * @param why the chain that drives its date now
     */
    public record Moved(TaskRef milestone, LocalDateTime from, LocalDateTime to, long workingMinutes, double workingDays,
            boolean slipped, DateWhy why) {
    }
}

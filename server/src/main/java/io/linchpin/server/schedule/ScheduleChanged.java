package io.linchpin.server.schedule;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Published inside the rescheduling transaction when a reschedule moved milestones, earlier or
 * later: which, from when to when, and what change caused it. Listeners that must commit with the
 * change use {@code @EventListener}; those that act afterwards, {@code @ApplicationModuleListener}.
 *
 * @param scheduleVersion the project's schedule version this reschedule wrote
 * @param causeTaskId the task whose change moved them, when one task's change did
 * @param cause what changed, in the project manager's words
 * @param milestones the milestones whose scheduled finish changed, in WBS order
 */
public record ScheduleChanged(long projectId, long scheduleVersion, Long causeTaskId, String cause,
        List<MovedMilestone> milestones) {

    public ScheduleChanged {
        milestones = List.copyOf(milestones);
    }

    /** A milestone's scheduled finish before and after the change, in the project's wall-clock time. */
    public record MovedMilestone(long taskId, LocalDateTime from, LocalDateTime to) {
    }
}

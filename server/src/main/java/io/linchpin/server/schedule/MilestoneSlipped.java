package io.linchpin.server.schedule;

import java.time.LocalDateTime;

/**
 * Published inside the rescheduling transaction when a change moved a milestone's finish later,
 * for the notification work that follows (listen with {@code @ApplicationModuleListener} to act
 * after commit).
 *
 * @param from the milestone's finish before the change, in the project's wall-clock time
 * @param to its finish after the change
 * @param causeTaskId the task whose change moved it, when one task's change did
 * @param causeDescription what changed, in the project manager's words
 */
public record MilestoneSlipped(long projectId, long taskId, LocalDateTime from, LocalDateTime to, Long causeTaskId,
        String causeDescription) {
}

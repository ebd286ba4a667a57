package io.linchpin.server.projects;

import java.util.Set;

/**
 * Published inside the writing transaction when something the schedule depends on changed: tasks
 * created, deleted or moved in the WBS ({@code structural}), or a task's duration, calendar,
 * constraint, deadline or progress; also when a project is created or its planned start moves
 * (no task IDs, structural). Listeners run synchronously, in the same transaction, so the write's
 * answer already carries what they computed; an exception from one undoes the write.
 *
 * @param taskIds the tasks whose own fields changed (empty for a structural change)
 * @param fields the fields that changed on those tasks, as the API names them (empty for a structural change)
 * @param cause what changed, in the project manager's words ("duration of 1.2 Build")
 */
public record TasksChanged(long projectId, Set<Long> taskIds, boolean structural, Set<String> fields, String cause) {

    public static TasksChanged structure(long projectId, String cause) {
        return new TasksChanged(projectId, Set.of(), true, Set.of(), cause);
    }

    /** Whether only the duration of one task changed: the schedule can re-run from that task. */
    public boolean durationOfOneTask() {
        return !structural && taskIds.size() == 1 && fields.equals(Set.of("durationMinutes"));
    }
}

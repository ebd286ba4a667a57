package io.linchpin.server.projects;

/**
 * Which tasks of a project to list. Filters combine (all must hold); {@code text} matches the name
 * or description. Sorted by {@code wbs} (default), {@code name}, {@code status}, {@code priority},
 * {@code duration}, {@code committedFinish} or {@code updatedAt}, optionally followed by {@code ,desc}.
 */
public record TaskQuery(Long statusId, Long assigneeId, Long departmentId, TaskKind kind, String tag, String text,
        String sort, int page, int size) {

    public static TaskQuery all(int size) {
        return new TaskQuery(null, null, null, null, null, null, null, 0, size);
    }
}

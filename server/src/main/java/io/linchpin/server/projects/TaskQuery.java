package io.linchpin.server.projects;

/**
 * Which tasks of a project to list. Filters combine (all must hold); {@code text} matches the name
 * or description; {@code schedule} keeps the critical, late or soon due tasks. Sorted by {@code wbs}
 * (default), {@code name}, {@code status}, {@code priority}, {@code duration}, {@code committedFinish},
 * {@code start}, {@code finish}, {@code totalFloat} or {@code updatedAt}, optionally followed by {@code ,desc}.
 */
public record TaskQuery(Long statusId, Long assigneeId, Long departmentId, TaskKind kind, String tag, String text,
        ScheduleFilter schedule, String sort, int page, int size) {

    public static TaskQuery all(int size) {
        return new TaskQuery(null, null, null, null, null, null, null, null, 0, size);
    }

    /**
     * The lists of the schedule. The reference moment is the end of the project's status date, or
     * now in the project's time zone when it has none.
     */
    public enum ScheduleFilter {
        /** Tasks on the critical path (no float to spare). */
        CRITICAL,
        /**
         * Unfinished tasks and milestones that, at the reference moment, should have finished (their
         * scheduled finish is before it) or should have started (their scheduled start is before
         * it and they have no actual start).
         */
        LATE,
        /** Unfinished tasks and milestones whose scheduled finish falls within 14 days after the reference moment. */
        DUE14
    }
}

package io.linchpin.server.projects;

/**
 * A task is work with a duration; a milestone marks a moment (no duration, may carry a committed
 * date); a summary is a task that has sub-tasks — it becomes one when it gets its first child and
 * turns back into a task when it loses its last.
 */
public enum TaskKind {
    TASK, MILESTONE, SUMMARY
}

package io.linchpin.server.projects;

import java.time.Instant;

/** One move of a task between statuses: who made it, when, from where to where, and why. */
public record TransitionView(long id, long taskId, String from, String to, UserRef by, Instant at, String note) {
}

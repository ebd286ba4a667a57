package io.linchpin.server.projects;

/** An allowed move between two statuses, and the lowest role that may make it. */
public record TransitionRule(long fromStatusId, String from, long toStatusId, String to, ProjectRole minimumRole) {
}

package io.linchpin.server.projects;

import java.time.Instant;

/** A person's membership of a project. */
public record MemberView(long projectId, UserRef user, ProjectRole role, Instant addedAt, long version) {
}

package io.linchpin.server.projects;

import java.time.Instant;

/** A comment on a task. */
public record CommentView(long id, long taskId, UserRef author, String body, Instant createdAt, Instant updatedAt,
        long version) {
}

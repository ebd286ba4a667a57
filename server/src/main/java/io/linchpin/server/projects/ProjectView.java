package io.linchpin.server.projects;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A project as its members see it. {@code myRole} is the reader's own role (absent in the audit
 * log, which records the project, not a reader).
 */
public record ProjectView(long id, String code, String name, String description, UserRef owner, String timeZone,
        String currency, ProjectStatus status, LocalDate plannedStart, LocalDate committedFinish, ProjectRole myRole,
        Instant createdAt, Instant updatedAt, long version) {

    ProjectView withRole(ProjectRole role) {
        return new ProjectView(id, code, name, description, owner, timeZone, currency, status, plannedStart,
                committedFinish, role, createdAt, updatedAt, version);
    }
}

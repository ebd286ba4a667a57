package io.linchpin.server.projects;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.identity.AuditFilter;
import io.linchpin.server.identity.AuditLog;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.UserAccounts;

/**
 * Where every change to a project's data is recorded, in the transaction that makes it: who (the
 * signed-in person), when, which entity, before and after — in identity's audit log. Public so that
 * the schedule capability records its changes here too, and reads go through the project's access
 * check.
 */
@Component
public class ProjectAudit {

    private final AuditLog auditLog;
    private final UserAccounts users;
    private final ProjectAccess access;

    ProjectAudit(AuditLog auditLog, UserAccounts users, ProjectAccess access) {
        this.auditLog = auditLog;
        this.users = users;
        this.access = access;
    }

    /** Records one change; {@code before} is null for a creation, {@code after} for a deletion. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long projectId, String entityType, long entityId, String action, Object before, Object after) {
        auditLog.record(projectId, entityType, entityId, action, before, after);
    }

    /** The project's changes, newest first, for anyone who may see the project. */
    @Transactional(readOnly = true)
    public PageOf<AuditEntry> entries(long projectId, LinchpinUser reader, int page, int size) {
        access.require(projectId, reader, ProjectRole.VIEWER);
        Page<io.linchpin.server.identity.AuditEntry> found = auditLog.page(projectId, AuditFilter.everything(),
                PageRequest.of(page, size));
        Map<Long, UserRef> actors = UserRefs.of(users,
                found.getContent().stream().map(io.linchpin.server.identity.AuditEntry::actorId).filter(Objects::nonNull).toList());
        List<AuditEntry> entries = found.getContent().stream()
                .map(e -> new AuditEntry(e.id(), projectId, e.entityType(), e.entityId(), e.action(),
                        e.actorId() == null ? null : actors.get(e.actorId()), e.occurredAt(), e.before(), e.after()))
                .toList();
        return PageOf.of(entries, page, size, found.getTotalElements());
    }
}

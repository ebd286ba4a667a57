package io.linchpin.server.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.UserAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where every change to a project's data is recorded, in the transaction that makes it: who (the
 * signed-in person), when, which entity, before and after. Public so that the schedule capability
 * records its changes here too. It writes to {@code project_changes} until identity's audit log
 * takes over: then {@link #record} and {@link #entries} delegate to it and the table goes.
 */
@Component
public class ProjectAudit {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final UserAccounts users;
    private final ProjectAccess access;

    ProjectAudit(JdbcClient jdbc, JsonMapper json, UserAccounts users, ProjectAccess access) {
        this.jdbc = jdbc;
        this.json = json;
        this.users = users;
        this.access = access;
    }

    /** Records one change; {@code before} is null for a creation, {@code after} for a deletion. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long projectId, String entityType, long entityId, String action, Object before, Object after) {
        jdbc.sql("""
                INSERT INTO project_changes (project_id, entity_type, entity_id, action, actor_id, at, before_json, after_json)
                VALUES (:project, :type, :entity, :action, :actor, :at, :before, :after)""")
                .param("project", projectId).param("type", entityType).param("entity", entityId)
                .param("action", action).param("actor", currentActor())
                .param("at", Sql.timestamp(Instant.now()))
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /** The project's changes, newest first, for anyone who may see the project. */
    @Transactional(readOnly = true)
    public PageOf<AuditEntry> entries(long projectId, LinchpinUser reader, int page, int size) {
        access.require(projectId, reader, ProjectRole.VIEWER);
        return entries(projectId, page, size);
    }

    private PageOf<AuditEntry> entries(long projectId, int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM project_changes WHERE project_id = :project")
                .param("project", projectId).query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                SELECT id, project_id, entity_type, entity_id, action, actor_id, at, before_json, after_json
                FROM project_changes WHERE project_id = :project ORDER BY id DESC LIMIT :size OFFSET :offset""")
                .param("project", projectId).param("size", size).param("offset", (long) page * size)
                .query(ProjectAudit::row).list();
        Map<Long, UserRef> actors = UserRefs.of(users, rows.stream().map(Row::actorId).filter(Objects::nonNull).toList());
        List<AuditEntry> entries = rows.stream().map(r -> new AuditEntry(r.id, r.projectId, r.entityType, r.entityId,
                r.action, r.actorId == null ? null : actors.get(r.actorId), r.at, parse(r.before), parse(r.after)))
                .toList();
        return PageOf.of(entries, page, size, total);
    }

    private JsonNode parse(String text) {
        return text == null ? null : json.readTree(text);
    }

    private static Long currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof LinchpinUser user ? user.id() : null;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("project_id"), rs.getString("entity_type"), rs.getLong("entity_id"),
                rs.getString("action"), Sql.nullableLong(rs, "actor_id"), Sql.instant(rs, "at"), rs.getString("before_json"),
                rs.getString("after_json"));
    }

    private record Row(long id, long projectId, String entityType, long entityId, String action, Long actorId,
            Instant at, String before, String after) {
    }
}

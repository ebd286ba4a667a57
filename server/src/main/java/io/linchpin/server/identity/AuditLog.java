package io.linchpin.server.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of every change, for every capability. Call {@link #record} inside the transaction
 * that makes the change (it refuses to run outside one), so that the change and its record commit
 * or roll back together; the actor is the signed-in person of the current request.
 *
 * <p>Reading does no access check: the capability that shows a project's log checks first that
 * the caller may see that project; the whole log is for administrators.
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records one change.
     *
     * @param projectId  the project the entity belongs to, or null for what belongs to none (users)
     * @param entityType what kind of thing changed, e.g. {@code Task}
     * @param entityId   its id
     * @param action     what was done, e.g. {@code CREATED}, {@code UPDATED}, {@code MOVED}
     * @param before     the entity before the change (any value Jackson writes), or null
     * @param after      the entity after the change, or null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long projectId, String entityType, long entityId, String action, Object before, Object after) {
        CurrentUser.get().ifPresentOrElse(
                actor -> recordAs(actor.id(), actor.username(), projectId, entityType, entityId, action, before, after),
                () -> recordAs(null, SYSTEM, projectId, entityType, entityId, action, before, after));
    }

    /** For a change whose actor is not the signed-in person (someone accepting their invitation). */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordAs(Long actorId, String actorName, Long projectId, String entityType, long entityId, String action,
            Object before, Object after) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor_id, actor_name, project_id, entity_type, entity_id, action, "
                        + "before_state, after_state) VALUES (:at, :actorId, :actorName, :projectId, :entityType, "
                        + ":entityId, :action, :before, :after)")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("actorId", actorId)
                .param("actorName", actorName)
                .param("projectId", projectId)
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("action", action)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /** One project's changes, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> page(long projectId, AuditFilter filter, Pageable pageable) {
        return query(projectId, filter, pageable);
    }

    /** Every change of the install, newest first (the administrators' view). */
    @Transactional(readOnly = true)
    public Page<AuditEntry> page(AuditFilter filter, Pageable pageable) {
        return query(null, filter, pageable);
    }

    private Page<AuditEntry> query(Long projectId, AuditFilter filter, Pageable pageable) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        condition(conditions, params, "project_id = :projectId", "projectId", projectId);
        condition(conditions, params, "entity_type = :entityType", "entityType", filter.entityType());
        condition(conditions, params, "entity_id = :entityId", "entityId", filter.entityId());
        condition(conditions, params, "actor_id = :actorId", "actorId", filter.actorId());
        condition(conditions, params, "action = :action", "action", filter.action());
        condition(conditions, params, "occurred_at >= :from", "from", utc(filter.from()));
        condition(conditions, params, "occurred_at < :to", "to", utc(filter.to()));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log" + where).params(params).query(Long.class).single();
        List<AuditEntry> entries = pageable.isUnpaged()
                ? jdbc.sql("SELECT * FROM audit_log" + where + " ORDER BY id DESC").params(params).query(this::entry).list()
                : jdbc.sql("SELECT * FROM audit_log" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                        .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                        .query(this::entry).list();
        return new PageImpl<>(entries, pageable, total);
    }

    private static void condition(List<String> conditions, Map<String, Object> params, String sql, String name,
            Object value) {
        if (value != null) {
            conditions.add(sql);
            params.put(name, value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long actorId = rs.getLong("actor_id");
        Long actor = rs.wasNull() ? null : actorId;
        long projectId = rs.getLong("project_id");
        Long project = rs.wasNull() ? null : projectId;
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), actor,
                rs.getString("actor_name"), project, rs.getString("entity_type"), rs.getLong("entity_id"),
                rs.getString("action"), tree(rs.getString("before_state")), tree(rs.getString("after_state")));
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }
}

package io.linchpin.server.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The rows of {@code task_links}. */
@Repository
class LinkStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    LinkStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record LinkRow(long id, long projectId, long predecessorId, long successorId, LinkType type, long lagMinutes,
            LagKind lagKind, int lagPercent, Instant createdAt) {
    }

    List<LinkRow> links(long projectId) {
        return jdbc.sql("SELECT * FROM task_links WHERE project_id = :project ORDER BY id").param("project", projectId)
                .query(LinkStore::row).list();
    }

    Optional<LinkRow> find(long projectId, long linkId) {
        return jdbc.sql("SELECT * FROM task_links WHERE id = :id AND project_id = :project").param("id", linkId)
                .param("project", projectId).query(LinkStore::row).optional();
    }

    long insert(long projectId, long predecessorId, long successorId, LinkType type, long lagMinutes, LagKind lagKind,
            int lagPercent) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO task_links (project_id, predecessor_id, successor_id, type, lag_minutes, lag_kind, lag_percent,
                    created_at)
                VALUES (:project, :predecessor, :successor, :type, :lag, :kind, :percent, :at)""")
                .param("project", projectId).param("predecessor", predecessorId).param("successor", successorId)
                .param("type", type.name()).param("lag", lagMinutes).param("kind", lagKind.name())
                .param("percent", lagPercent)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Inserts links in one batch; returns their IDs in order. */
    List<Long> insertAll(long projectId, List<LinkDraft> drafts) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SqlParameterSource[] rows = drafts.stream().map(d -> new MapSqlParameterSource()
                .addValue("project", projectId).addValue("predecessor", d.predecessorId())
                .addValue("successor", d.successorId()).addValue("type", (d.type() == null ? LinkType.FS : d.type()).name())
                .addValue("lag", d.lagMinutes() == null ? 0 : d.lagMinutes())
                .addValue("kind", (d.lagKind() == null ? LagKind.WORKING : d.lagKind()).name())
                .addValue("percent", d.lagPercent() == null ? 0 : d.lagPercent()).addValue("at", now))
                .toArray(SqlParameterSource[]::new);
        KeyHolder keys = new GeneratedKeyHolder();
        batch.batchUpdate("""
                INSERT INTO task_links (project_id, predecessor_id, successor_id, type, lag_minutes, lag_kind, lag_percent,
                    created_at)
                VALUES (:project, :predecessor, :successor, :type, :lag, :kind, :percent, :at)""", rows, keys,
                new String[] {"id"});
        return keys.getKeyList().stream().map(k -> ((Number) k.get("id")).longValue()).toList();
    }

    void delete(long linkId) {
        jdbc.sql("DELETE FROM task_links WHERE id = :id").param("id", linkId).update();
    }

    private static LinkRow row(ResultSet rs, int n) throws SQLException {
        return new LinkRow(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("predecessor_id"),
                rs.getLong("successor_id"), LinkType.valueOf(rs.getString("type")), rs.getLong("lag_minutes"),
                LagKind.valueOf(rs.getString("lag_kind")), rs.getInt("lag_percent"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}

package io.linchpin.server.transfer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The rows of {@code calendar_feeds}. */
@Repository
class FeedStore {

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record FeedRow(long id, long userId, Long projectId, Instant createdAt, Instant revokedAt) {
    }

    long insert(String secretHash, long userId, Long projectId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO calendar_feeds (secret_hash, user_id, project_id, created_at)
                VALUES (:hash, :user, :project, :at)""")
                .param("hash", secretHash).param("user", userId).param("project", projectId)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** The feed a secret opens, if it was not revoked. */
    Optional<FeedRow> active(String secretHash) {
        return jdbc.sql("SELECT * FROM calendar_feeds WHERE secret_hash = :hash AND revoked_at IS NULL")
                .param("hash", secretHash).query(FeedStore::row).optional();
    }

    Optional<FeedRow> find(long id) {
        return jdbc.sql("SELECT * FROM calendar_feeds WHERE id = :id").param("id", id).query(FeedStore::row).optional();
    }

    /** A person's feeds that are not revoked, newest first. */
    List<FeedRow> of(long userId) {
        return jdbc.sql("SELECT * FROM calendar_feeds WHERE user_id = :user AND revoked_at IS NULL ORDER BY id DESC")
                .param("user", userId).query(FeedStore::row).list();
    }

    void revoke(long id) {
        jdbc.sql("UPDATE calendar_feeds SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
    }

    private static FeedRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long project = rs.getLong("project_id");
        Long projectId = rs.wasNull() ? null : project;
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new FeedRow(rs.getLong("id"), rs.getLong("user_id"), projectId,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), revoked == null ? null : revoked.toInstant());
    }
}

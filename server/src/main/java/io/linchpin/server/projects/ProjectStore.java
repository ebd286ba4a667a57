package io.linchpin.server.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The rows of {@code projects} and {@code project_members}. */
@Repository
class ProjectStore {

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ProjectRow(long id, String code, String name, String description, long ownerId, String timeZone,
            String currency, ProjectStatus status, LocalDate plannedStart, LocalDate committedFinish, Instant createdAt,
            Instant updatedAt, long version) {
    }

    record MemberRow(long projectId, long userId, ProjectRole role, Instant addedAt, long version) {
    }

    Optional<ProjectRow> find(long id) {
        return jdbc.sql("SELECT * FROM projects WHERE id = :id").param("id", id).query(ProjectStore::project).optional();
    }

    boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM projects WHERE code = :code AND id <> :except")
                .param("code", code).param("except", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    long insert(ProjectRow p) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO projects (code, name, description, owner_id, time_zone, currency, status, planned_start,
                    committed_finish, created_at, updated_at, version)
                VALUES (:code, :name, :description, :owner, :zone, :currency, :status, :start, :finish, :created,
                    :updated, 0)""")
                .params(columns(p)).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Writes the project if it is still at {@code p.version()}; false when someone changed it meanwhile. */
    boolean update(ProjectRow p) {
        return jdbc.sql("""
                UPDATE projects SET code = :code, name = :name, description = :description, owner_id = :owner,
                    time_zone = :zone, currency = :currency, status = :status, planned_start = :start,
                    committed_finish = :finish, updated_at = :updated, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(columns(p)).param("id", p.id()).param("version", p.version()).update() == 1;
    }

    void delete(long id) {
        // Tasks first: their status references would otherwise hold the workflow in place.
        jdbc.sql("DELETE FROM tasks WHERE project_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM projects WHERE id = :id").param("id", id).update();
    }

    List<ProjectRow> page(String filterSql, Map<String, Object> params, String orderSql, int size, long offset) {
        return jdbc.sql("SELECT p.* FROM projects p WHERE " + filterSql + " ORDER BY " + orderSql
                + " LIMIT :size OFFSET :offset").params(params).param("size", size).param("offset", offset)
                .query(ProjectStore::project).list();
    }

    long count(String filterSql, Map<String, Object> params) {
        return jdbc.sql("SELECT COUNT(*) FROM projects p WHERE " + filterSql).params(params).query(Long.class).single();
    }

    Map<Long, ProjectRole> rolesOf(long userId, List<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT project_id, role FROM project_members WHERE user_id = :user AND project_id IN (:ids)")
                .param("user", userId).param("ids", projectIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), ProjectRole.valueOf(rs.getString(2)))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<MemberRow> members(long projectId) {
        return jdbc.sql("SELECT * FROM project_members WHERE project_id = :project ORDER BY added_at, user_id")
                .param("project", projectId).query(ProjectStore::member).list();
    }

    Optional<MemberRow> member(long projectId, long userId) {
        return jdbc.sql("SELECT * FROM project_members WHERE project_id = :project AND user_id = :user")
                .param("project", projectId).param("user", userId).query(ProjectStore::member).optional();
    }

    void insertMember(long projectId, long userId, ProjectRole role, Instant at) {
        jdbc.sql("""
                INSERT INTO project_members (project_id, user_id, role, added_at, version)
                VALUES (:project, :user, :role, :at, 0)""")
                .param("project", projectId).param("user", userId).param("role", role.name())
                .param("at", Sql.timestamp(at)).update();
    }

    boolean updateMember(long projectId, long userId, ProjectRole role, long version) {
        return jdbc.sql("""
                UPDATE project_members SET role = :role, version = version + 1
                WHERE project_id = :project AND user_id = :user AND version = :version""")
                .param("role", role.name()).param("project", projectId).param("user", userId)
                .param("version", version).update() == 1;
    }

    void deleteMember(long projectId, long userId) {
        jdbc.sql("DELETE FROM project_members WHERE project_id = :project AND user_id = :user")
                .param("project", projectId).param("user", userId).update();
    }

    private static Map<String, Object> columns(ProjectRow p) {
        Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("code", p.code());
        columns.put("name", p.name());
        columns.put("description", p.description());
        columns.put("owner", p.ownerId());
        columns.put("zone", p.timeZone());
        columns.put("currency", p.currency());
        columns.put("status", p.status().name());
        columns.put("start", p.plannedStart());
        columns.put("finish", p.committedFinish());
        columns.put("created", Sql.timestamp(p.createdAt()));
        columns.put("updated", Sql.timestamp(p.updatedAt()));
        return columns;
    }

    private static ProjectRow project(ResultSet rs, int n) throws SQLException {
        return new ProjectRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("description"),
                rs.getLong("owner_id"), rs.getString("time_zone"), rs.getString("currency"),
                ProjectStatus.valueOf(rs.getString("status")), Sql.date(rs, "planned_start"),
                Sql.date(rs, "committed_finish"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    private static MemberRow member(ResultSet rs, int n) throws SQLException {
        return new MemberRow(rs.getLong("project_id"), rs.getLong("user_id"), ProjectRole.valueOf(rs.getString("role")),
                Sql.instant(rs, "added_at"), rs.getLong("version"));
    }
}

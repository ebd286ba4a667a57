package io.linchpin.server.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The rows of {@code baselines} and {@code baseline_tasks}, and the project's active baseline number. */
@Repository
class BaselineStore {

    private final JdbcClient jdbc;

    BaselineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record BaselineRow(long id, long projectId, int number, String name, Instant savedAt, Long savedBy, long version,
            long taskCount) {
    }

    /** One task's dates in a baseline; {@code durationMinutes} is null for summaries. */
    record DatesRow(long taskId, LocalDateTime start, LocalDateTime finish, Long durationMinutes) {
    }

    private static final String SELECT = """
            SELECT b.*, (SELECT COUNT(*) FROM baseline_tasks bt WHERE bt.baseline_id = b.id) AS task_count
            FROM baselines b""";

    List<BaselineRow> list(long projectId) {
        return jdbc.sql(SELECT + " WHERE b.project_id = :project ORDER BY b.number").param("project", projectId)
                .query(BaselineStore::row).list();
    }

    Optional<BaselineRow> find(long projectId, int number) {
        return jdbc.sql(SELECT + " WHERE b.project_id = :project AND b.number = :number").param("project", projectId)
                .param("number", number).query(BaselineStore::row).optional();
    }

    long insert(long projectId, int number, String name, long userId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO baselines (project_id, number, name, saved_at, saved_by)
                VALUES (:project, :number, :name, :at, :user)""")
                .param("project", projectId).param("number", number).param("name", name)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("user", userId).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Saves over a baseline if it is still at {@code version}; false when someone saved it meanwhile. */
    boolean resave(long baselineId, String name, long userId, long version) {
        boolean updated = jdbc.sql("""
                UPDATE baselines SET name = :name, saved_at = :at, saved_by = :user, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("name", name).param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("user", userId)
                .param("id", baselineId).param("version", version).update() == 1;
        if (updated) {
            jdbc.sql("DELETE FROM baseline_tasks WHERE baseline_id = :id").param("id", baselineId).update();
        }
        return updated;
    }

    /**
     * Copies every scheduled task's shown start and finish, and its planned duration, into the
     * baseline, in one statement. A summary's duration is left null: it is the working time between
     * its dates, as the engine measures it.
     */
    int copyTasks(long baselineId, long projectId) {
        return jdbc.sql("""
                INSERT INTO baseline_tasks (baseline_id, task_id, start_at, finish_at, duration_minutes)
                SELECT :baseline, t.id, t.start_at, t.finish_at,
                       CASE WHEN t.kind = 'SUMMARY' THEN NULL WHEN t.kind = 'MILESTONE' THEN 0 ELSE t.duration_minutes END
                FROM tasks t
                WHERE t.project_id = :project AND t.start_at IS NOT NULL AND t.finish_at IS NOT NULL""")
                .param("baseline", baselineId).param("project", projectId).update();
    }

    void delete(long baselineId) {
        jdbc.sql("DELETE FROM baselines WHERE id = :id").param("id", baselineId).update();
    }

    /** The task dates of a baseline, by task id. */
    Map<Long, DatesRow> dates(long baselineId) {
        Map<Long, DatesRow> out = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM baseline_tasks WHERE baseline_id = :id").param("id", baselineId)
                .query(BaselineStore::dates).list().forEach(d -> out.put(d.taskId(), d));
        return out;
    }

    /** One task's dates in each baseline that has it, by baseline number. */
    Map<Integer, DatesRow> datesOfTask(long projectId, long taskId) {
        Map<Integer, DatesRow> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT b.number, bt.* FROM baseline_tasks bt JOIN baselines b ON b.id = bt.baseline_id
                WHERE b.project_id = :project AND bt.task_id = :task ORDER BY b.number""")
                .param("project", projectId).param("task", taskId)
                .query((rs, n) -> Map.entry(rs.getInt("number"), dates(rs, n))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    int activeNumber(long projectId) {
        return jdbc.sql("SELECT active_baseline FROM projects WHERE id = :project").param("project", projectId)
                .query(Integer.class).single();
    }

    void setActive(long projectId, int number) {
        jdbc.sql("UPDATE projects SET active_baseline = :number WHERE id = :project").param("number", number)
                .param("project", projectId).update();
    }

    private static BaselineRow row(ResultSet rs, int n) throws SQLException {
        return new BaselineRow(rs.getLong("id"), rs.getLong("project_id"), rs.getInt("number"), rs.getString("name"),
                rs.getObject("saved_at", OffsetDateTime.class).toInstant(), ScheduleStore.nullableLong(rs, "saved_by"),
                rs.getLong("version"), rs.getLong("task_count"));
    }

    private static DatesRow dates(ResultSet rs, int n) throws SQLException {
        return new DatesRow(rs.getLong("task_id"), ScheduleStore.dateTime(rs, "start_at"),
                ScheduleStore.dateTime(rs, "finish_at"), ScheduleStore.nullableLong(rs, "duration_minutes"));
    }
}

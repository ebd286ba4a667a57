package io.linchpin.server.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.linchpin.server.projects.WbsOutline.Placement;

/**
 * The rows of {@code tasks}, {@code task_assignees} and {@code task_tags}. Everything that touches
 * many tasks is one statement or one JDBC batch: loading an outline, placing renumbered tasks,
 * inserting a bulk of new ones, reading the assignees and tags of a page.
 */
@Repository
class TaskStore {

    /** Large IN lists are split so that no statement carries more parameters than a driver takes. */
    private static final int CHUNK = 1000;

    private static final String SELECT = """
            SELECT t.*, s.name AS status_name, s.category AS status_category, s.position AS status_position
            FROM tasks t JOIN workflow_statuses s ON s.id = t.status_id""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    TaskStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record TaskRow(long id, long projectId, Long parentId, int position, String wbsKey, String name, TaskKind kind,
            long durationMinutes, StatusView status, Long departmentId, int priority, String description,
            LocalDate committedFinish, Instant createdAt, Instant updatedAt, long version, Planning planning,
            Computed computed) {
    }

    /**
     * What people enter for the schedule: calendar (the project's when null), constraint, progress,
     * P6's physical percent complete (null: unknown) and whether a milestone marks a start.
     */
    record Planning(Long calendarId, ConstraintType constraintType, LocalDateTime constraintDate,
            LocalDateTime actualStart, LocalDateTime actualFinish, int percentComplete, Long remainingMinutes,
            Double physicalPercentComplete, boolean startMilestone) {

        static final Planning NONE = new Planning(null, ConstraintType.ASAP, null, null, null, 0, null, null, false);
    }

    /** What the schedule computed for the task; all null until it was first scheduled. */
    record Computed(LocalDateTime start, LocalDateTime finish, LocalDateTime earlyStart, LocalDateTime earlyFinish,
            LocalDateTime lateStart, LocalDateTime lateFinish, Long totalFloatMinutes, Long freeFloatMinutes,
            boolean critical, String drivenBy) {
    }

    /**
     * The moment the schedule's lists are judged at: the end of the project's status date, else now
     * in the project's time zone.
     */
    LocalDateTime scheduleReference(long projectId) {
        return jdbc.sql("SELECT status_date, time_zone FROM projects WHERE id = :project").param("project", projectId)
                .query((rs, n) -> {
                    LocalDate status = rs.getObject(1, LocalDate.class);
                    return status != null ? status.plusDays(1).atStartOfDay()
                            : LocalDateTime.now(ZoneId.of(rs.getString(2)));
                }).single();
    }

    List<Placement> outline(long projectId) {
        return jdbc.sql("SELECT id, parent_id, position, wbs_key, kind FROM tasks WHERE project_id = :project")
                .param("project", projectId)
                .query((rs, n) -> new Placement(rs.getLong(1), Sql.nullableLong(rs, "parent_id"), rs.getInt(3),
                        rs.getString(4), TaskKind.valueOf(rs.getString(5))))
                .list();
    }

    Optional<TaskRow> find(long projectId, long taskId) {
        return jdbc.sql(SELECT + " WHERE t.id = :id AND t.project_id = :project").param("id", taskId)
                .param("project", projectId).query(TaskStore::task).optional();
    }

    Optional<TaskRow> findByWbsKey(long projectId, String wbsKey) {
        return jdbc.sql(SELECT + " WHERE t.project_id = :project AND t.wbs_key = :key").param("project", projectId)
                .param("key", wbsKey).query(TaskStore::task).optional();
    }

    Map<Long, Long> countsByStatus(long projectId) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT status_id, COUNT(*) FROM tasks WHERE project_id = :project GROUP BY status_id")
                .param("project", projectId).query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** The tasks with these IDs, in WBS order. */
    List<TaskRow> findAll(long projectId, Collection<Long> ids) {
        List<TaskRow> rows = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            rows.addAll(jdbc.sql(SELECT + " WHERE t.project_id = :project AND t.id IN (:ids)")
                    .param("project", projectId).param("ids", chunk).query(TaskStore::task).list());
        }
        rows.sort(java.util.Comparator.comparing(TaskRow::wbsKey));
        return rows;
    }

    List<TaskRow> page(String filterSql, Map<String, Object> params, String orderSql, int size, long offset) {
        return jdbc.sql(SELECT + " WHERE " + filterSql + " ORDER BY " + orderSql + " LIMIT :size OFFSET :offset")
                .params(params).param("size", size).param("offset", offset).query(TaskStore::task).list();
    }

    long count(String filterSql, Map<String, Object> params) {
        return jdbc.sql("SELECT COUNT(*) FROM tasks t WHERE " + filterSql).params(params).query(Long.class).single();
    }

    /**
     * Inserts new tasks in one batch, outside the outline (position 0, empty key) until
     * {@link #place} puts them in; returns their IDs in order.
     */
    List<Long> insertAll(List<TaskRow> rows) {
        SqlParameterSource[] params = rows.stream().map(r -> new MapSqlParameterSource()
                .addValue("project", r.projectId()).addValue("name", r.name()).addValue("kind", r.kind().name())
                .addValue("duration", r.durationMinutes()).addValue("status", r.status().id())
                .addValue("department", r.departmentId()).addValue("priority", r.priority())
                .addValue("description", r.description()).addValue("finish", r.committedFinish())
                .addValue("created", Sql.timestamp(r.createdAt())).addValue("updated", Sql.timestamp(r.updatedAt()))
                .addValue("calendar", r.planning().calendarId())
                .addValue("constraintType", r.planning().constraintType().name())
                .addValue("constraintDate", r.planning().constraintDate())
                .addValue("actualStart", r.planning().actualStart()).addValue("actualFinish", r.planning().actualFinish())
                .addValue("percent", r.planning().percentComplete()).addValue("remaining", r.planning().remainingMinutes())
                .addValue("physical", r.planning().physicalPercentComplete())
                .addValue("startMilestone", r.planning().startMilestone()))
                .toArray(SqlParameterSource[]::new);
        KeyHolder keys = new GeneratedKeyHolder();
        batch.batchUpdate("""
                INSERT INTO tasks (project_id, parent_id, position, wbs_key, name, kind, duration_minutes, status_id,
                    department_id, priority, description, committed_finish, created_at, updated_at, version,
                    calendar_id, constraint_type, constraint_date, actual_start, actual_finish, percent_complete,
                    remaining_minutes, physical_percent_complete, start_milestone)
                VALUES (:project, NULL, 0, '', :name, :kind, :duration, :status, :department, :priority, :description,
                    :finish, :created, :updated, 0, :calendar, :constraintType, :constraintDate, :actualStart,
                    :actualFinish, :percent, :remaining, :physical, :startMilestone)""", params, keys, new String[] {"id"});
        return keys.getKeyList().stream().map(k -> ((Number) k.get("id")).longValue()).toList();
    }

    /**
     * Stores a renumbered outline: each shifted sub-tree by one key rewrite, then new tasks in full
     * and the parent, rank and kind of the tasks that moved. Rewritten keys are marked with a leading
     * "x" until all rewrites are done, so that no rewrite matches a key another one just wrote; new
     * tasks get their keys only after, for the same reason.
     */
    void place(long projectId, WbsOutline.Renumbering renumbering) {
        if (!renumbering.rewrites().isEmpty()) {
            batch.batchUpdate("""
                    UPDATE tasks SET wbs_key = 'x' || :to || SUBSTRING(wbs_key FROM :rest)
                    WHERE project_id = :project AND wbs_key LIKE :from""",
                    renumbering.rewrites().stream().map(r -> new MapSqlParameterSource().addValue("project", projectId)
                            .addValue("to", r.to()).addValue("rest", r.from().length() + 1)
                            .addValue("from", r.from() + "%")).toArray(SqlParameterSource[]::new));
            jdbc.sql("UPDATE tasks SET wbs_key = SUBSTRING(wbs_key FROM 2) WHERE project_id = :project AND wbs_key LIKE 'x%'")
                    .param("project", projectId).update();
        }
        if (!renumbering.inserted().isEmpty()) {
            batch.batchUpdate("""
                    UPDATE tasks SET parent_id = :parent, position = :position, wbs_key = :key, kind = :kind
                    WHERE id = :id""", renumbering.inserted().stream().map(TaskStore::placement)
                    .toArray(SqlParameterSource[]::new));
        }
        if (!renumbering.reranked().isEmpty()) {
            batch.batchUpdate("UPDATE tasks SET parent_id = :parent, position = :position, kind = :kind WHERE id = :id",
                    renumbering.reranked().stream().map(TaskStore::placement).toArray(SqlParameterSource[]::new));
        }
    }

    private static SqlParameterSource placement(Placement p) {
        return new MapSqlParameterSource().addValue("id", p.id()).addValue("parent", p.parentId())
                .addValue("position", p.position()).addValue("key", p.wbsKey()).addValue("kind", p.kind().name());
    }

    /** Writes the task's fields if it is still at {@code row.version()}; false when someone changed it meanwhile. */
    boolean update(TaskRow row) {
        return jdbc.sql("""
                UPDATE tasks SET name = :name, kind = :kind, duration_minutes = :duration, department_id = :department,
                    priority = :priority, description = :description, committed_finish = :finish,
                    calendar_id = :calendar, constraint_type = :constraintType, constraint_date = :constraintDate,
                    actual_start = :actualStart, actual_finish = :actualFinish, percent_complete = :percent,
                    remaining_minutes = :remaining, physical_percent_complete = :physical,
                    start_milestone = :startMilestone, updated_at = :updated, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("physical", row.planning().physicalPercentComplete())
                .param("startMilestone", row.planning().startMilestone())
                .param("calendar", row.planning().calendarId())
                .param("constraintType", row.planning().constraintType().name())
                .param("constraintDate", row.planning().constraintDate())
                .param("actualStart", row.planning().actualStart()).param("actualFinish", row.planning().actualFinish())
                .param("percent", row.planning().percentComplete()).param("remaining", row.planning().remainingMinutes())
                .param("name", row.name()).param("kind", row.kind().name()).param("duration", row.durationMinutes())
                .param("department", row.departmentId()).param("priority", row.priority())
                .param("description", row.description()).param("finish", row.committedFinish())
                .param("updated", Sql.timestamp(row.updatedAt())).param("id", row.id())
                .param("version", row.version()).update() == 1;
    }

    /** Records a move in the WBS, which has no field of its own, as a new version of the task. */
    void touch(long taskId) {
        jdbc.sql("UPDATE tasks SET updated_at = :now, version = version + 1 WHERE id = :id")
                .param("now", Sql.timestamp(Instant.now())).param("id", taskId).update();
    }

    boolean updateStatus(long taskId, long statusId, long version) {
        return jdbc.sql("""
                UPDATE tasks SET status_id = :status, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", statusId).param("now", Sql.timestamp(Instant.now())).param("id", taskId)
                .param("version", version).update() == 1;
    }

    /** Deletes a task; its sub-tasks, assignees, tags, history and comments go with it. */
    void delete(long taskId) {
        jdbc.sql("DELETE FROM tasks WHERE id = :id").param("id", taskId).update();
    }

    Map<Long, List<Long>> assignees(Collection<Long> taskIds) {
        Map<Long, List<Long>> assignees = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(taskIds)) {
            jdbc.sql("SELECT task_id, user_id FROM task_assignees WHERE task_id IN (:ids) ORDER BY task_id, user_id")
                    .param("ids", chunk)
                    .query(rs -> {
                        assignees.computeIfAbsent(rs.getLong(1), t -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        return assignees;
    }

    Map<Long, List<String>> tags(Collection<Long> taskIds) {
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(taskIds)) {
            jdbc.sql("SELECT task_id, tag FROM task_tags WHERE task_id IN (:ids) ORDER BY task_id, tag")
                    .param("ids", chunk)
                    .query(rs -> {
                        tags.computeIfAbsent(rs.getLong(1), t -> new ArrayList<>()).add(rs.getString(2));
                    });
        }
        return tags;
    }

    /** Replaces the assignees of each task named in the map, in one batch per table. */
    void setAssignees(Map<Long, List<Long>> assignees) {
        replace("DELETE FROM task_assignees WHERE task_id IN (:ids)",
                "INSERT INTO task_assignees (task_id, user_id) VALUES (:task, :value)", assignees);
    }

    /** Replaces the tags of each task named in the map, in one batch per table. */
    void setTags(Map<Long, List<String>> tags) {
        replace("DELETE FROM task_tags WHERE task_id IN (:ids)",
                "INSERT INTO task_tags (task_id, tag) VALUES (:task, :value)", tags);
    }

    private <T> void replace(String delete, String insert, Map<Long, List<T>> values) {
        if (values.isEmpty()) {
            return;
        }
        for (List<Long> chunk : chunks(values.keySet())) {
            jdbc.sql(delete).param("ids", chunk).update();
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        values.forEach((task, list) -> list.forEach(
                value -> rows.add(new MapSqlParameterSource().addValue("task", task).addValue("value", value))));
        if (!rows.isEmpty()) {
            batch.batchUpdate(insert, rows.toArray(SqlParameterSource[]::new));
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static TaskRow task(ResultSet rs, int n) throws SQLException {
        return new TaskRow(rs.getLong("id"), rs.getLong("project_id"), Sql.nullableLong(rs, "parent_id"),
                rs.getInt("position"), rs.getString("wbs_key"), rs.getString("name"),
                TaskKind.valueOf(rs.getString("kind")), rs.getLong("duration_minutes"),
                new StatusView(rs.getLong("status_id"), rs.getString("status_name"),
                        StatusCategory.valueOf(rs.getString("status_category")), rs.getInt("status_position")),
                Sql.nullableLong(rs, "department_id"), rs.getInt("priority"), rs.getString("description"),
                Sql.date(rs, "committed_finish"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                rs.getLong("version"),
                new Planning(Sql.nullableLong(rs, "calendar_id"), ConstraintType.valueOf(rs.getString("constraint_type")),
                        Sql.dateTime(rs, "constraint_date"), Sql.dateTime(rs, "actual_start"),
                        Sql.dateTime(rs, "actual_finish"), rs.getInt("percent_complete"),
                        Sql.nullableLong(rs, "remaining_minutes"), rs.getObject("physical_percent_complete", Double.class),
                        rs.getBoolean("start_milestone")),
                new Computed(Sql.dateTime(rs, "start_at"), Sql.dateTime(rs, "finish_at"), Sql.dateTime(rs, "early_start"),
                        Sql.dateTime(rs, "early_finish"), Sql.dateTime(rs, "late_start"), Sql.dateTime(rs, "late_finish"),
                        Sql.nullableLong(rs, "total_float_minutes"), Sql.nullableLong(rs, "free_float_minutes"),
                        rs.getBoolean("critical"), rs.getString("driven_by")));
    }
}

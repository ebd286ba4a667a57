package io.linchpin.server.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the Gantt reads: every task of a project in WBS order, only the columns a bar needs, in one
 * query (a 10,000-task project is one round trip, not a page of full task views per hundred rows).
 */
@Repository
class GanttStore {

    private final JdbcClient jdbc;

    GanttStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record GanttRow(long id, Long parentId, String wbsKey, String name, String kind, long durationMinutes, LocalDateTime start,
            LocalDateTime finish, boolean critical, int percentComplete, LocalDate committedFinish,
            Long totalFloatMinutes, String constraintType, long version, LocalDateTime baselineStart,
            LocalDateTime baselineFinish) {
    }

    /** The baseline the project measures against (its active one), when it has been saved. */
    record ActiveBaseline(long id, int number, String name) {
    }

    Optional<ActiveBaseline> activeBaseline(long projectId) {
        return jdbc.sql("""
                SELECT b.id, b.number, b.name FROM baselines b JOIN projects p ON p.id = b.project_id
                WHERE p.id = :project AND b.number = p.active_baseline""").param("project", projectId)
                .query((rs, n) -> new ActiveBaseline(rs.getLong("id"), rs.getInt("number"), rs.getString("name")))
                .optional();
    }

    /** The tasks, each with its dates in the given baseline (none for a task the baseline did not see). */
    List<GanttRow> rows(long projectId, long baselineId) {
        return jdbc.sql("""
                SELECT t.id, t.parent_id, t.wbs_key, t.name, t.kind, t.duration_minutes, t.start_at, t.finish_at,
                    t.critical, t.percent_complete, t.committed_finish, t.total_float_minutes, t.constraint_type,
                    t.version, b.start_at AS baseline_start, b.finish_at AS baseline_finish
                FROM tasks t LEFT JOIN baseline_tasks b ON b.task_id = t.id AND b.baseline_id = :baseline
                WHERE t.project_id = :project ORDER BY t.wbs_key""")
                .param("project", projectId).param("baseline", baselineId)
                .query((rs, n) -> new GanttRow(rs.getLong("id"), ScheduleStore.nullableLong(rs, "parent_id"),
                        rs.getString("wbs_key"), rs.getString("name"), rs.getString("kind"), rs.getLong("duration_minutes"),
                        ScheduleStore.dateTime(rs, "start_at"), ScheduleStore.dateTime(rs, "finish_at"),
                        rs.getBoolean("critical"), rs.getInt("percent_complete"),
                        rs.getObject("committed_finish", LocalDate.class),
                        ScheduleStore.nullableLong(rs, "total_float_minutes"), rs.getString("constraint_type"),
                        rs.getLong("version"), ScheduleStore.dateTime(rs, "baseline_start"),
                        ScheduleStore.dateTime(rs, "baseline_finish")))
                .list();
    }
}

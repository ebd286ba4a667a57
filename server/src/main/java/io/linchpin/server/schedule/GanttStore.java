package io.linchpin.server.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the Gantt reads: every task of a project in WBS order, only the columns a bar needs, in one
 * query (a 10,000-task project is one round trip, not a page of full task views per hundred rows),
 * with each task's dates in the project's active baseline when it has one.
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

    List<GanttRow> rows(long projectId) {
        return jdbc.sql("""
                SELECT t.id, t.parent_id, t.wbs_key, t.name, t.kind, t.duration_minutes, t.start_at, t.finish_at, t.critical,
                    t.percent_complete, t.committed_finish, t.total_float_minutes, t.constraint_type, t.version,
                    bt.start_at AS baseline_start, bt.finish_at AS baseline_finish
                FROM tasks t
                JOIN projects p ON p.id = t.project_id
                LEFT JOIN baselines b ON b.project_id = p.id AND b.number = p.active_baseline
                LEFT JOIN baseline_tasks bt ON bt.baseline_id = b.id AND bt.task_id = t.id
                WHERE t.project_id = :project ORDER BY t.wbs_key""")
                .param("project", projectId)
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

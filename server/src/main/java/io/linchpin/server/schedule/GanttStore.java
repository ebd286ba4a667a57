package io.linchpin.server.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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
            Long totalFloatMinutes, String constraintType, long version) {
    }

    List<GanttRow> rows(long projectId) {
        return jdbc.sql("""
                SELECT id, parent_id, wbs_key, name, kind, duration_minutes, start_at, finish_at, critical, percent_complete,
                    committed_finish, total_float_minutes, constraint_type, version
                FROM tasks WHERE project_id = :project ORDER BY wbs_key""")
                .param("project", projectId)
                .query((rs, n) -> new GanttRow(rs.getLong("id"), ScheduleStore.nullableLong(rs, "parent_id"),
                        rs.getString("wbs_key"), rs.getString("name"), rs.getString("kind"), rs.getLong("duration_minutes"),
                        ScheduleStore.dateTime(rs, "start_at"), ScheduleStore.dateTime(rs, "finish_at"),
                        rs.getBoolean("critical"), rs.getInt("percent_complete"),
                        rs.getObject("committed_finish", LocalDate.class),
                        ScheduleStore.nullableLong(rs, "total_float_minutes"), rs.getString("constraint_type"),
                        rs.getLong("version")))
                .list();
    }
}

package io.linchpin.server.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.linchpin.server.schedule.ScheduleChanged;

/**
 * Keeps the milestones the latest milestone-moving reschedule of each project moved, written in
 * that reschedule's transaction (a synchronous listener), so they commit or roll back with it.
 * Only the latest is kept: the chain through which a milestone moved is read from the schedule as
 * it is now, which is the schedule that change produced.
 */
@Repository
class MilestoneMoveLog {

    private final JdbcClient jdbc;

    MilestoneMoveLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record MoveRow(long scheduleVersion, Instant at, long taskId, LocalDateTime from, LocalDateTime to, Long causeTaskId,
            String cause) {
    }

    @EventListener
    void on(ScheduleChanged change) {
        jdbc.sql("DELETE FROM milestone_moves WHERE project_id = :project").param("project", change.projectId()).update();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String cause = change.cause() == null || change.cause().length() <= 500 ? change.cause()
                : change.cause().substring(0, 499) + "…";
        for (ScheduleChanged.MovedMilestone m : change.milestones()) {
            jdbc.sql("""
                    INSERT INTO milestone_moves (project_id, schedule_version, moved_at, task_id, from_finish, to_finish,
                        cause_task_id, cause)
                    VALUES (:project, :version, :at, :task, :from, :to, :causeTask, :cause)""")
                    .param("project", change.projectId()).param("version", change.scheduleVersion()).param("at", now)
                    .param("task", m.taskId()).param("from", m.from()).param("to", m.to())
                    .param("causeTask", change.causeTaskId()).param("cause", cause).update();
        }
    }

    /** The moves of the latest reschedule that moved milestones, in the order they were recorded (WBS order). */
    List<MoveRow> latest(long projectId) {
        return jdbc.sql("SELECT * FROM milestone_moves WHERE project_id = :project ORDER BY id")
                .param("project", projectId).query(MilestoneMoveLog::row).list();
    }

    private static MoveRow row(ResultSet rs, int n) throws SQLException {
        long causeTask = rs.getLong("cause_task_id");
        Long causeTaskId = rs.wasNull() ? null : causeTask;
        return new MoveRow(rs.getLong("schedule_version"), rs.getObject("moved_at", OffsetDateTime.class).toInstant(),
                rs.getLong("task_id"), rs.getObject("from_finish", LocalDateTime.class),
                rs.getObject("to_finish", LocalDateTime.class), causeTaskId, rs.getString("cause"));
    }
}

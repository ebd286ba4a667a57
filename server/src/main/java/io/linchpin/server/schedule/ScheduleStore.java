package io.linchpin.server.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.linchpin.engine.plan.FloatBasis;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.ProgressMode;
import io.linchpin.engine.plan.ScheduleOptions;

/**
 * What the schedule reads and writes: the project's schedule settings (on {@code projects}), the
 * schedule inputs of its tasks, and the computed columns of {@code tasks}, which only this store
 * writes.
 */
@Repository
class ScheduleStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ScheduleStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A project's schedule settings and what the plan's start follows from. */
    record ProjectSchedule(long projectId, ScheduleRules rules, Long calendarId, LocalDate statusDate,
            long scheduleVersion, long settingsVersion, LocalDate plannedStart, LocalDate createdOn, ZoneId zone,
            ScheduleOptions options) {

        /** The day the schedule starts: the planned start, else the day the project was created. */
        LocalDate startDay() {
            return plannedStart != null ? plannedStart : createdOn;
        }
    }

    /** One task as the plan needs it, with what was last computed for it. */
    record TaskInput(long id, Long parentId, String wbsKey, String name, String kind, int durationMinutes,
            Long calendarId, String constraintType, LocalDateTime constraintDate, LocalDate committedFinish,
            LocalDateTime actualStart, LocalDateTime actualFinish, int percentComplete, Long remainingMinutes,
            Double physicalPercentComplete, boolean startMilestone, Computed computed) {
    }

    /** The computed columns of a task. */
    record Computed(LocalDateTime start, LocalDateTime finish, LocalDateTime earlyStart, LocalDateTime earlyFinish,
            LocalDateTime lateStart, LocalDateTime lateFinish, Long totalFloatMinutes, Long freeFloatMinutes,
            boolean critical, String drivenBy) {
    }

    /** The settings, with the project's row lock held until the transaction ends. */
    ProjectSchedule lock(long projectId) {
        return jdbc.sql("""
                SELECT id, schedule_rules, calendar_id, status_date, schedule_version, settings_version, planned_start,
                    created_at, time_zone, critical_float_minutes, honor_constraints, lag_calendar, progress_mode,
                    float_basis, must_finish_by
                FROM projects WHERE id = :project FOR UPDATE""")
                .param("project", projectId).query(ScheduleStore::project).single();
    }

    Optional<ProjectSchedule> settings(long projectId) {
        return jdbc.sql("""
                SELECT id, schedule_rules, calendar_id, status_date, schedule_version, settings_version, planned_start,
                    created_at, time_zone, critical_float_minutes, honor_constraints, lag_calendar, progress_mode,
                    float_basis, must_finish_by
                FROM projects WHERE id = :project""")
                .param("project", projectId).query(ScheduleStore::project).optional();
    }

    boolean updateSettings(long projectId, ScheduleRules rules, Long calendarId, LocalDate statusDate,
            ScheduleOptions options, long version) {
        return jdbc.sql("""
                UPDATE projects SET schedule_rules = :rules, calendar_id = :calendar, status_date = :status,
                    critical_float_minutes = :criticalFloat, honor_constraints = :honor, lag_calendar = :lagCalendar,
                    progress_mode = :progress, float_basis = :floatBasis, must_finish_by = :mustFinishBy,
                    settings_version = settings_version + 1
                WHERE id = :project AND settings_version = :version""")
                .param("rules", rules.name()).param("calendar", calendarId).param("status", statusDate)
                .param("criticalFloat", options.criticalFloatMinutes()).param("honor", options.honorConstraints())
                .param("lagCalendar", name(options.lagCalendar())).param("progress", name(options.progress()))
                .param("floatBasis", name(options.floatBasis())).param("mustFinishBy", options.mustFinishBy())
                .param("project", projectId).param("version", version).update() == 1;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    void setCalendar(long projectId, long calendarId) {
        jdbc.sql("UPDATE projects SET calendar_id = :calendar WHERE id = :project").param("calendar", calendarId)
                .param("project", projectId).update();
    }

    void setScheduleVersion(long projectId, long version) {
        jdbc.sql("UPDATE projects SET schedule_version = :version WHERE id = :project").param("version", version)
                .param("project", projectId).update();
    }

    /** A project's tasks in WBS order, so that the engine keeps that order among unlinked tasks. */
    List<TaskInput> tasks(long projectId) {
        return jdbc.sql("SELECT * FROM tasks WHERE project_id = :project ORDER BY wbs_key").param("project", projectId)
                .query(ScheduleStore::task).list();
    }

    /** The duration of one task, as a re-run after a duration edit needs it. */
    Optional<Integer> duration(long projectId, long taskId) {
        return jdbc.sql("SELECT duration_minutes FROM tasks WHERE id = :id AND project_id = :project")
                .param("id", taskId).param("project", projectId).query(Integer.class).optional();
    }

    /** Writes the computed columns of the given tasks in one batch. */
    void write(Map<Long, Computed> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<SqlParameterSource> rows = new ArrayList<>(changed.size());
        changed.forEach((id, c) -> rows.add(new MapSqlParameterSource().addValue("id", id)
                .addValue("start", c.start()).addValue("finish", c.finish()).addValue("es", c.earlyStart())
                .addValue("ef", c.earlyFinish()).addValue("ls", c.lateStart()).addValue("lf", c.lateFinish())
                .addValue("tf", c.totalFloatMinutes()).addValue("ff", c.freeFloatMinutes())
                .addValue("critical", c.critical()).addValue("driven", c.drivenBy())));
        batch.batchUpdate("""
                UPDATE tasks SET start_at = :start, finish_at = :finish, early_start = :es, early_finish = :ef,
                    late_start = :ls, late_finish = :lf, total_float_minutes = :tf, free_float_minutes = :ff,
                    critical = :critical, driven_by = :driven
                WHERE id = :id""", rows.toArray(SqlParameterSource[]::new));
    }

    private static ProjectSchedule project(ResultSet rs, int n) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        long calendar = rs.getLong("calendar_id");
        Long calendarId = rs.wasNull() ? null : calendar;
        return new ProjectSchedule(rs.getLong("id"), ScheduleRules.valueOf(rs.getString("schedule_rules")), calendarId,
                rs.getObject("status_date", LocalDate.class), rs.getLong("schedule_version"),
                rs.getLong("settings_version"), rs.getObject("planned_start", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate(), zone,
                new ScheduleOptions(rs.getInt("critical_float_minutes"), rs.getBoolean("honor_constraints"),
                        value(LagCalendar.class, rs.getString("lag_calendar")),
                        value(ProgressMode.class, rs.getString("progress_mode")),
                        value(FloatBasis.class, rs.getString("float_basis")), dateTime(rs, "must_finish_by")));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static TaskInput task(ResultSet rs, int n) throws SQLException {
        return new TaskInput(rs.getLong("id"), nullableLong(rs, "parent_id"), rs.getString("wbs_key"),
                rs.getString("name"), rs.getString("kind"), rs.getInt("duration_minutes"), nullableLong(rs, "calendar_id"),
                rs.getString("constraint_type"), dateTime(rs, "constraint_date"),
                rs.getObject("committed_finish", LocalDate.class), dateTime(rs, "actual_start"),
                dateTime(rs, "actual_finish"), rs.getInt("percent_complete"), nullableLong(rs, "remaining_minutes"),
                rs.getObject("physical_percent_complete", Double.class), rs.getBoolean("start_milestone"), computed(rs));
    }

    static Computed computed(ResultSet rs) throws SQLException {
        if (dateTime(rs, "early_start") == null) {
            return null;
        }
        return new Computed(dateTime(rs, "start_at"), dateTime(rs, "finish_at"), dateTime(rs, "early_start"),
                dateTime(rs, "early_finish"), dateTime(rs, "late_start"), dateTime(rs, "late_finish"),
                nullableLong(rs, "total_float_minutes"), nullableLong(rs, "free_float_minutes"),
                rs.getBoolean("critical"), rs.getString("driven_by"));
    }

    static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}

package io.linchpin.server.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code calendars} and {@code calendar_exceptions}. Working hours are stored as text,
 * "08:00-12:00 13:00-17:00", one column per day of the week; '' is a day off.
 */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    CalendarStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A calendar as stored: hours per weekday as text, exceptions in date order. */
    record CalendarRow(long id, long projectId, String name, int minutesPerDay, Map<DayOfWeek, String> week,
            List<ExceptionRow> exceptions, long version) {
    }

    record ExceptionRow(String name, LocalDate start, LocalDate end, String hours) {
    }

    /** Monday to Friday, 08:00-12:00 and 13:00-17:00, as MS Project's standard calendar. */
    static Map<DayOfWeek, String> standardWeek() {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? "08:00-12:00 13:00-17:00" : "");
        }
        return week;
    }

    List<CalendarRow> all(long projectId) {
        Map<Long, List<ExceptionRow>> exceptions = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT e.* FROM calendar_exceptions e JOIN calendars c ON c.id = e.calendar_id
                WHERE c.project_id = :project ORDER BY e.start_date, e.id""").param("project", projectId)
                .query(rs -> {
                    exceptions.computeIfAbsent(rs.getLong("calendar_id"), k -> new ArrayList<>())
                            .add(new ExceptionRow(rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                                    rs.getObject("end_date", LocalDate.class), rs.getString("hours")));
                });
        return jdbc.sql("SELECT * FROM calendars WHERE project_id = :project ORDER BY id").param("project", projectId)
                .query((rs, n) -> {
                    Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
                    for (DayOfWeek day : DayOfWeek.values()) {
                        week.put(day, rs.getString(column(day)));
                    }
                    return new CalendarRow(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"),
                            rs.getInt("minutes_per_day"), week, exceptions.getOrDefault(rs.getLong("id"), List.of()),
                            rs.getLong("version"));
                }).list();
    }

    Optional<CalendarRow> find(long projectId, long calendarId) {
        return all(projectId).stream().filter(c -> c.id() == calendarId).findFirst();
    }

    boolean nameTaken(long projectId, String name, Long except) {
        return jdbc.sql("SELECT COUNT(*) FROM calendars WHERE project_id = :project AND LOWER(name) = :name AND id <> :except")
                .param("project", projectId).param("name", name.toLowerCase(Locale.ROOT))
                .param("except", except == null ? -1L : except).query(Long.class).single() > 0;
    }

    long insert(long projectId, String name, int minutesPerDay, Map<DayOfWeek, String> week,
            List<ExceptionRow> exceptions) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO calendars (project_id, name, minutes_per_day, monday, tuesday, wednesday, thursday, friday,
                    saturday, sunday, version)
                VALUES (:project, :name, :perDay, :monday, :tuesday, :wednesday, :thursday, :friday, :saturday, :sunday, 0)""")
                .param("project", projectId).param("name", name).param("perDay", minutesPerDay)
                .params(weekParams(week)).update(key, "id");
        long id = key.getKeyAs(Long.class);
        insertExceptions(id, exceptions);
        return id;
    }

    /** Replaces the calendar's fields and exceptions if it is still at {@code version}. */
    boolean update(long calendarId, String name, int minutesPerDay, Map<DayOfWeek, String> week,
            List<ExceptionRow> exceptions, long version) {
        int updated = jdbc.sql("""
                UPDATE calendars SET name = :name, minutes_per_day = :perDay, monday = :monday, tuesday = :tuesday,
                    wednesday = :wednesday, thursday = :thursday, friday = :friday, saturday = :saturday,
                    sunday = :sunday, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("name", name).param("perDay", minutesPerDay).params(weekParams(week)).param("id", calendarId)
                .param("version", version).update();
        if (updated != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM calendar_exceptions WHERE calendar_id = :id").param("id", calendarId).update();
        insertExceptions(calendarId, exceptions);
        return true;
    }

    void delete(long calendarId) {
        jdbc.sql("DELETE FROM calendars WHERE id = :id").param("id", calendarId).update();
    }

    /** How many tasks of the project are scheduled on the calendar. */
    long tasksOn(long calendarId) {
        return jdbc.sql("SELECT COUNT(*) FROM tasks WHERE calendar_id = :id").param("id", calendarId)
                .query(Long.class).single();
    }

    private void insertExceptions(long calendarId, List<ExceptionRow> exceptions) {
        if (exceptions.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                INSERT INTO calendar_exceptions (calendar_id, name, start_date, end_date, hours)
                VALUES (:calendar, :name, :start, :end, :hours)""",
                exceptions.stream().map(e -> new MapSqlParameterSource().addValue("calendar", calendarId)
                        .addValue("name", e.name()).addValue("start", e.start()).addValue("end", e.end())
                        .addValue("hours", e.hours())).toArray(SqlParameterSource[]::new));
    }

    private static Map<String, Object> weekParams(Map<DayOfWeek, String> week) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            params.put(column(day), week.getOrDefault(day, ""));
        }
        return params;
    }

    private static String column(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }
}

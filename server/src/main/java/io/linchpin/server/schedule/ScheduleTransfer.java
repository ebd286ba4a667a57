package io.linchpin.server.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.ScheduleOptions;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import io.linchpin.server.schedule.CalendarStore.CalendarRow;
import io.linchpin.server.schedule.CalendarStore.ExceptionRow;
import io.linchpin.server.schedule.ScheduleStore.ProjectSchedule;

/**
 * The schedule's side of moving whole projects in and out of files: calendars, settings and links
 * written in bulk with one reschedule at the end, and a project's plan as the engine sees it.
 * Callers check access first and hold the transaction; nothing here checks a role.
 */
@Service
public class ScheduleTransfer {

    private final ScheduleStore store;
    private final CalendarStore calendars;
    private final LinkStore links;
    private final Rescheduler rescheduler;
    private final NamedParameterJdbcTemplate batch;

    ScheduleTransfer(ScheduleStore store, CalendarStore calendars, LinkStore links, Rescheduler rescheduler,
            NamedParameterJdbcTemplate batch) {
        this.store = store;
        this.calendars = calendars;
        this.links = links;
        this.rescheduler = rescheduler;
        this.batch = batch;
    }

    /**
     * A link between two stored tasks: a lag of {@code lagMinutes} working or wall-clock minutes
     * (negative: a lead), or of {@code lagPercent} of the predecessor's duration.
     */
    public record TransferLink(long predecessorId, long successorId, LinkType type, long lagMinutes, LagKind lagKind,
            int lagPercent) {
    }

    /** A project's plan built from its rows (task IDs are the database IDs as text) and its schedule. */
    public record ProjectPlan(Plan plan, Schedule schedule) {
    }

    /**
     * Stores the file's calendars in the project: a calendar of the same name (case aside) is
     * replaced, others are added. Each calendar's exceptions are stored as runs of consecutive
     * days with the same hours.
     *
     * @return the stored calendar ID per calendar ID of the plan
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Long> putCalendars(long projectId, List<WorkCalendar> imported) {
        Map<String, CalendarRow> byName = new HashMap<>();
        for (CalendarRow row : calendars.all(projectId)) {
            byName.put(row.name().toLowerCase(Locale.ROOT), row);
        }
        Map<String, Long> ids = new HashMap<>();
        for (WorkCalendar calendar : imported) {
            String name = calendarName(calendar);
            Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, text(calendar.weekly(day)));
            }
            List<ExceptionRow> exceptions = runs(calendar.exceptions());
            int perDay = Math.max(1, Math.min(1440, calendar.minutesPerDay()));
            CalendarRow existing = byName.get(name.toLowerCase(Locale.ROOT));
            if (existing != null) {
                calendars.update(existing.id(), name, perDay, week, exceptions, existing.version());
                ids.put(calendar.id(), existing.id());
            } else {
                long id = calendars.insert(projectId, name, perDay, week, exceptions);
                byName.put(name.toLowerCase(Locale.ROOT), new CalendarRow(id, projectId, name, perDay, week, exceptions, 0));
                ids.put(calendar.id(), id);
            }
        }
        return ids;
    }

    /** The name a calendar of a file is stored under: its name, else its ID, at most 100 characters. */
    public static String calendarName(WorkCalendar calendar) {
        String name = calendar.name() == null || calendar.name().isBlank() ? calendar.id() : calendar.name().strip();
        return name.length() <= 100 ? name : name.substring(0, 100);
    }

    /**
     * Sets the project's rule set, default calendar (kept when null), status date and scheduling
     * options.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void putSettings(long projectId, ScheduleRules rules, Long calendarId, LocalDate statusDate,
            ScheduleOptions options) {
        ProjectSchedule settings = store.lock(projectId);
        store.updateSettings(projectId, rules, calendarId != null ? calendarId : settings.calendarId(), statusDate, options,
                settings.settingsVersion());
    }

    /** Removes the project's calendars that no task uses and that are not its default, but those named. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void dropUnusedCalendars(long projectId, Set<Long> keep) {
        ProjectSchedule settings = store.lock(projectId);
        for (CalendarRow row : calendars.all(projectId)) {
            if (!keep.contains(row.id()) && !Long.valueOf(row.id()).equals(settings.calendarId()) && calendars.tasksOn(row.id()) == 0) {
                calendars.delete(row.id());
            }
        }
    }

    /** The project's links, for comparing with a file's. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<TransferLink> links(long projectId) {
        return links.links(projectId).stream()
                .map(l -> new TransferLink(l.predecessorId(), l.successorId(), l.type(), l.lagMinutes(), l.lagKind(),
                        l.lagPercent())).toList();
    }

    /**
     * Replaces the project's links with these, in one batch, and reschedules the project once.
     * A cycle undoes the calling transaction, naming the tasks on it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceLinks(long projectId, List<TransferLink> wanted, String cause) {
        batch.update("DELETE FROM task_links WHERE project_id = :project", Map.of("project", projectId));
        List<SqlParameterSource> rows = new ArrayList<>(wanted.size());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (TransferLink link : wanted) {
            rows.add(new MapSqlParameterSource().addValue("project", projectId)
                    .addValue("predecessor", link.predecessorId()).addValue("successor", link.successorId())
                    .addValue("type", link.type().name()).addValue("lag", link.lagMinutes())
                    .addValue("kind", link.lagKind().name()).addValue("percent", link.lagPercent()).addValue("at", now));
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO task_links (project_id, predecessor_id, successor_id, type, lag_minutes, lag_kind,
                        lag_percent, created_at)
                    VALUES (:project, :predecessor, :successor, :type, :lag, :kind, :percent, :at)""",
                    rows.toArray(SqlParameterSource[]::new));
        }
        rescheduler.reschedule(projectId, null, null, cause);
    }

    /**
     * The project's plan as the live schedule builds it, scheduled by the engine: the dates equal
     * the stored ones, which the same engine computed from the same rows at the last change.
     */
    @Transactional(readOnly = true)
    public ProjectPlan plan(long projectId) {
        ProjectSchedule project = store.settings(projectId).orElseThrow();
        Plan plan = PlanFactory.plan(project, store.tasks(projectId), links.links(projectId), calendars.all(projectId));
        return new ProjectPlan(plan, Scheduler.schedule(plan));
    }

    /** The project's finish: the latest finish of its tasks, as last computed. */
    @Transactional(readOnly = true)
    public LocalDateTime finish(long projectId) {
        return batch.getJdbcTemplate().queryForObject("SELECT MAX(finish_at) FROM tasks WHERE project_id = ?",
                LocalDateTime.class, projectId);
    }

    /** Exceptions as runs of consecutive days with the same hours; a recurring exception is expanded by the file layer. */
    private static List<ExceptionRow> runs(List<CalendarException> exceptions) {
        List<CalendarException> sorted = new ArrayList<>(exceptions);
        sorted.sort((a, b) -> a.from().compareTo(b.from()));
        List<ExceptionRow> rows = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        LocalDate start = null;
        LocalDate end = null;
        String hours = null;
        for (CalendarException e : sorted) {
            String text = text(e.hours());
            if (!seen.add(e.from())) {
                continue;
            }
            if (start != null && e.from().equals(end.plusDays(1)) && text.equals(hours)) {
                end = e.to();
                continue;
            }
            if (start != null) {
                rows.add(new ExceptionRow(hours.isEmpty() ? "Non-working" : "Working", start, end, hours));
            }
            start = e.from();
            end = e.to();
            hours = text;
        }
        if (start != null) {
            rows.add(new ExceptionRow(hours.isEmpty() ? "Non-working" : "Working", start, end, hours));
        }
        return rows;
    }

    private static String text(WorkingHours hours) {
        return hours == null || !hours.isWorking() ? "" : String.join(" ", hours.toText());
    }
}

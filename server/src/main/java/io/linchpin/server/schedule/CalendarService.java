package io.linchpin.server.schedule;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.platform.InvalidInputException.FieldProblem;
import io.linchpin.server.platform.NotFoundException;
import io.linchpin.server.projects.ProjectAccess;
import io.linchpin.server.projects.ProjectAudit;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.schedule.CalendarStore.CalendarRow;
import io.linchpin.server.schedule.CalendarStore.ExceptionRow;
import jakarta.validation.Valid;

/**
 * A project's working-time calendars. Everyone in the project reads them; managers create, change
 * and delete them. A change reschedules the project at once.
 */
@Service
@Validated
public class CalendarService {

    private final CalendarStore calendars;
    private final ScheduleStore schedules;
    private final ProjectAccess access;
    private final ProjectAudit audit;
    private final Rescheduler rescheduler;

    CalendarService(CalendarStore calendars, ScheduleStore schedules, ProjectAccess access, ProjectAudit audit,
            Rescheduler rescheduler) {
        this.calendars = calendars;
        this.schedules = schedules;
        this.access = access;
        this.audit = audit;
        this.rescheduler = rescheduler;
    }

    @Transactional(readOnly = true)
    public List<CalendarView> list(long projectId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        Long projectCalendar = schedules.settings(projectId).orElseThrow().calendarId();
        return calendars.all(projectId).stream().map(c -> view(c, projectCalendar)).toList();
    }

    @Transactional(readOnly = true)
    public CalendarView get(long projectId, long calendarId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        return view(row(projectId, calendarId), schedules.settings(projectId).orElseThrow().calendarId());
    }

    @Transactional
    public CalendarView create(long projectId, LinchpinUser user, @Valid CalendarDraft draft) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
        Checked checked = check(projectId, draft, null);
        long id = calendars.insert(projectId, draft.name().strip(), checked.minutesPerDay, checked.week,
                checked.exceptions);
        CalendarView created = get(projectId, id, user);
        audit.record(projectId, "Calendar", id, "CREATED", null, created);
        return created;
    }

    /** Replaces a calendar's hours and exceptions if it is still at {@code expectedVersion}; the project is rescheduled. */
    @Transactional
    public CalendarView update(long projectId, long calendarId, LinchpinUser user, long expectedVersion,
            @Valid CalendarDraft draft) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
        CalendarView before = view(row(projectId, calendarId), null);
        Checked checked = check(projectId, draft, calendarId);
        if (!calendars.update(calendarId, draft.name().strip(), checked.minutesPerDay, checked.week, checked.exceptions,
                expectedVersion)) {
            throw stale(projectId, calendarId, user, expectedVersion);
        }
        rescheduler.reschedule(projectId, null, null, "calendar " + draft.name().strip() + " changed");
        CalendarView after = get(projectId, calendarId, user);
        audit.record(projectId, "Calendar", calendarId, "UPDATED", before, after);
        return after;
    }

    /** Deletes a calendar that neither the project nor any task follows. */
    @Transactional
    public void delete(long projectId, long calendarId, LinchpinUser user) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
        CalendarRow row = row(projectId, calendarId);
        CalendarView before = view(row, schedules.settings(projectId).orElseThrow().calendarId());
        if (before.projectCalendar()) {
            throw new InvalidInputException("calendarId", "calendar " + row.name() + " is the project's calendar: "
                    + "choose another in the schedule settings first");
        }
        if (before.tasks() > 0) {
            throw new InvalidInputException("calendarId", before.tasks() + " task(s) are scheduled on calendar "
                    + row.name() + ": give them another calendar first");
        }
        calendars.delete(calendarId);
        audit.record(projectId, "Calendar", calendarId, "DELETED", before, null);
    }

    private ConflictException stale(long projectId, long calendarId, LinchpinUser user, long expectedVersion) {
        CalendarView current = get(projectId, calendarId, user);
        return new ConflictException("The calendar was changed by someone else: it is at version " + current.version()
                + ", your change was based on version " + expectedVersion + ".", current);
    }

    private CalendarRow row(long projectId, long calendarId) {
        return calendars.find(projectId, calendarId).orElseThrow(() -> new NotFoundException("Calendar", calendarId));
    }

    private CalendarView view(CalendarRow row, Long projectCalendar) {
        Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
        row.week().forEach((day, hours) -> week.put(day, ranges(hours)));
        return new CalendarView(row.id(), row.projectId(), row.name(), row.minutesPerDay(), week,
                row.exceptions().stream().map(e -> new CalendarExceptionDays(e.name(), e.start(), e.end(), ranges(e.hours())))
                        .toList(),
                projectCalendar != null && projectCalendar == row.id(), calendars.tasksOn(row.id()), row.version());
    }

    private static List<String> ranges(String hours) {
        return hours == null || hours.isBlank() ? List.of() : Arrays.asList(hours.trim().split("\\s+"));
    }

    /** A draft's values in stored form, once every problem of it has been found. */
    private record Checked(int minutesPerDay, Map<DayOfWeek, String> week, List<ExceptionRow> exceptions) {
    }

    private Checked check(long projectId, CalendarDraft draft, Long calendarId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (calendars.nameTaken(projectId, draft.name().strip(), calendarId)) {
            problems.add(new FieldProblem("name", "the project has a calendar named " + draft.name().strip()));
        }
        Map<DayOfWeek, String> week = new LinkedHashMap<>();
        int working = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> hours = draft.week() == null ? null : draft.week().get(day);
            WorkingHours parsed = hours(hours, "week." + day, problems);
            week.put(day, parsed == null ? "" : String.join(" ", parsed.toText()));
            working += parsed == null ? 0 : parsed.minutes();
        }
        if (working == 0 && problems.stream().noneMatch(p -> p.field().startsWith("week."))) {
            problems.add(new FieldProblem("week", "a calendar needs working hours on at least one day of the week"));
        }
        List<ExceptionRow> exceptions = new ArrayList<>();
        List<CalendarExceptionDays> drafts = draft.exceptions() == null ? List.of() : draft.exceptions();
        for (int i = 0; i < drafts.size(); i++) {
            CalendarExceptionDays e = drafts.get(i);
            String at = "exceptions[" + i + "]";
            if (e.end().isBefore(e.start())) {
                problems.add(new FieldProblem(at + ".end", "is before the start " + e.start()));
            }
            WorkingHours parsed = hours(e.hours(), at + ".hours", problems);
            exceptions.add(new ExceptionRow(e.name().strip(), e.start(), e.end(),
                    parsed == null ? "" : String.join(" ", parsed.toText())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).message()
                    : "The calendar cannot be saved (" + problems.size() + " problems)", problems);
        }
        return new Checked(draft.minutesPerDay() == null ? 480 : draft.minutesPerDay(), week, exceptions);
    }

    /** Parses HH:mm-HH:mm ranges, naming the range that is wrong, or the list when ranges overlap. */
    private static WorkingHours hours(List<String> ranges, String field, List<FieldProblem> problems) {
        if (ranges == null || ranges.isEmpty()) {
            return WorkingHours.NONE;
        }
        boolean each = true;
        for (int i = 0; i < ranges.size(); i++) {
            try {
                WorkingHours.parse(List.of(ranges.get(i)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field + "[" + i + "]", e.getMessage()));
                each = false;
            }
        }
        if (!each) {
            return null;
        }
        try {
            return WorkingHours.parse(ranges);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }
}

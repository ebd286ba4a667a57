package io.linchpin.engine.analysis;

import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.Timeline;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Working-time arithmetic over the dates an analysis needs, on the plan's calendars, tabulated on first use. */
final class Calendars {

    private final Plan plan;
    private final Timeline timeline;
    private final Map<String, CalendarTable> tables = new HashMap<>();

    /** Covers every non-null date given, with a year to spare either side. */
    Calendars(Plan plan, List<LocalDateTime> dates) {
        this.plan = plan;
        LocalDate first = plan.start().toLocalDate();
        LocalDate last = first;
        for (LocalDateTime d : dates) {
            if (d != null) {
                first = d.toLocalDate().isBefore(first) ? d.toLocalDate() : first;
                last = d.toLocalDate().isAfter(last) ? d.toLocalDate() : last;
            }
        }
        this.timeline = Timeline.between(first.minusYears(1), last.plusYears(1));
    }

    /** The id of the calendar a task is scheduled on. */
    static String calendarOf(Plan plan, Task t) {
        return t.calendar() == null ? plan.calendarId() : t.calendar();
    }

    WorkCalendar calendar(String id) {
        return plan.calendar(id);
    }

    /** Working minutes from {@code from} to {@code to} on a calendar; negative when {@code to} is earlier. */
    int workBetween(String calendarId, LocalDateTime from, LocalDateTime to) {
        CalendarTable t = tables.computeIfAbsent(calendarId, id -> plan.calendar(id).tabulate(timeline));
        return t.workBetween(timeline.minuteOf(from), timeline.minuteOf(to));
    }

    /** Minutes as working days of a calendar (its minutes per day). */
    double days(String calendarId, long minutes) {
        return (double) minutes / plan.calendar(calendarId).minutesPerDay();
    }

    /** The days from {@code from} to {@code to} on which a calendar has no working time. */
    static List<LocalDate> daysOff(WorkCalendar calendar, LocalDateTime from, LocalDateTime to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()); d = d.plusDays(1)) {
            if (calendar.hoursOn(d).minutes() == 0) {
                out.add(d);
            }
        }
        return out;
    }
}

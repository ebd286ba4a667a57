package io.linchpin.server.schedule;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** A project's calendar. */
public record CalendarView(long id, long projectId, String name,
        @Schema(description = "Working minutes in a day of duration") int minutesPerDay,
        @Schema(description = "Working hours per day of the week; an empty list is a day off") Map<DayOfWeek, List<String>> week,
        List<CalendarExceptionDays> exceptions,
        @Schema(description = "Whether this is the project's calendar, which tasks without their own follow") boolean projectCalendar,
        @Schema(description = "How many tasks are scheduled on it by their own choice") long tasks,
        long version) {
}

package io.linchpin.server.schedule;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How a project is scheduled.
 *
 * @param startDate the day the schedule starts (at the calendar's first working instant): the
 *     project's planned start, else the day it was created
 */
public record ScheduleSettings(long projectId, ScheduleRules rules,
        @Schema(description = "The project's calendar, for every task without its own") long calendarId,
        @Schema(description = "The status date: progress is reported up to the end of it (P6 schedules remaining work "
                + "after it; the late list judges at it); absent: now") LocalDate statusDate,
        LocalDate startDate, long version) {
}

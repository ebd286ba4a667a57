package io.linchpin.server.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;

import io.linchpin.engine.plan.FloatBasis;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.ProgressMode;
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
        @Schema(description = "A task is critical when its total float is at most this many working minutes") int criticalFloatMinutes,
        @Schema(description = "Constraints win over links (MS Project's \"tasks will always honor their constraint "
                + "dates\"); false lets links move a constrained task") boolean honorConstraints,
        @Schema(description = "The calendar a link's lag is counted on; absent: the rules' default (MS Project the "
                + "successor's, P6 the predecessor's)") LagCalendar lagCalendar,
        @Schema(description = "How links act on a task started out of sequence; absent: retained logic") ProgressMode progressMode,
        @Schema(description = "Which dates total float is measured between; absent: the rules' default (MS Project the "
                + "smaller of start and finish float, P6 finish)") FloatBasis floatBasis,
        @Schema(description = "The latest project finish, the late finish of tasks without successors; absent: the "
                + "project's early finish") LocalDateTime mustFinishBy,
        LocalDate startDate, long version) {
}

package io.linchpin.server.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;

import io.linchpin.engine.plan.FloatBasis;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.ProgressMode;
import io.linchpin.engine.plan.ScheduleOptions;
import io.linchpin.server.projects.WorkingDuration;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** New schedule settings, all at once: an option left out takes its default. */
public record ScheduleSettingsChanges(
        @NotNull ScheduleRules rules,
        @Schema(description = "One of the project's calendars") @NotNull Long calendarId,
        @Schema(description = "Absent: no status date (today counts)") LocalDate statusDate,
        @Schema(description = "Absent: 0 (critical means no float)") @Min(-WorkingDuration.MAX_MINUTES) @Max(WorkingDuration.MAX_MINUTES) Integer criticalFloatMinutes,
        @Schema(description = "Absent: true") Boolean honorConstraints,
        @Schema(description = "Absent: the rules' default") LagCalendar lagCalendar,
        @Schema(description = "Absent: retained logic") ProgressMode progressMode,
        @Schema(description = "Absent: the rules' default") FloatBasis floatBasis,
        @Schema(description = "Absent: the project's early finish") LocalDateTime mustFinishBy,
        @Schema(description = "The version changed (or send If-Match)") Long version) {

    /** Rules, calendar and status date, every option at its default. */
    public ScheduleSettingsChanges(ScheduleRules rules, Long calendarId, LocalDate statusDate, Long version) {
        this(rules, calendarId, statusDate, null, null, null, null, null, null, version);
    }

    /** The options as the engine takes them, defaults filled in. */
    ScheduleOptions options() {
        return new ScheduleOptions(criticalFloatMinutes == null ? 0 : criticalFloatMinutes,
                honorConstraints == null || honorConstraints, lagCalendar, progressMode, floatBasis, mustFinishBy);
    }
}

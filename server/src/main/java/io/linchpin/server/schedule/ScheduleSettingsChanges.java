package io.linchpin.server.schedule;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** New schedule settings, all at once. */
public record ScheduleSettingsChanges(
        @NotNull ScheduleRules rules,
        @Schema(description = "One of the project's calendars") @NotNull Long calendarId,
        @Schema(description = "Absent: no status date (today counts)") LocalDate statusDate,
        @Schema(description = "The version changed (or send If-Match)") Long version) {
}

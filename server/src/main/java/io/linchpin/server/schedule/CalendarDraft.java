package io.linchpin.server.schedule;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A calendar as people enter it: working hours per day of the week, and exceptions such as holidays. */
public record CalendarDraft(
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Working minutes in a day of duration (MS Project's hours per day); 480 when absent")
        @Min(1) @Max(1440) Integer minutesPerDay,
        @Schema(description = "Working hours per day of the week as HH:mm-HH:mm ranges, e.g. "
                + "{\"MONDAY\": [\"08:00-12:00\", \"13:00-17:00\"]}; a day left out or empty is a day off")
        Map<DayOfWeek, @Size(max = 10) List<@NotNull String>> week,
        @Size(max = 1000) List<@Valid @NotNull CalendarExceptionDays> exceptions,
        @Schema(description = "Changes only: the version changed (or send If-Match)") Long version) {
}

package io.linchpin.server.schedule;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Days, from start to end inclusive, whose working hours differ from the week's: a holiday when there are none. */
public record CalendarExceptionDays(
        @NotBlank @Size(max = 100) String name,
        @NotNull LocalDate start,
        @NotNull LocalDate end,
        @Schema(description = "Working hours on those days as HH:mm-HH:mm ranges; absent or empty: no work")
        @Size(max = 10) List<@NotNull String> hours) {
}

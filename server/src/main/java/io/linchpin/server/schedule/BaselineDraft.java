package io.linchpin.server.schedule;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A baseline to save: which number, under what name; saving over an existing one names its version. */
public record BaselineDraft(
        @Schema(description = "0 to 10 (0 is MS Project's \"Baseline\"); the lowest free number when absent")
        @Min(0) @Max(10) Integer number,
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Required to save over an existing baseline: the version you saw") Long version) {
}

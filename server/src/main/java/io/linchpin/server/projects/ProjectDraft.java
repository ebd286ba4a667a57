package io.linchpin.server.projects;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new project. The person who creates it is its owner unless {@code ownerId} names another. */
public record ProjectDraft(
        @Schema(description = "Short unique code, e.g. DCM", example = "DCM")
        @NotBlank @Pattern(regexp = ProjectRules.CODE, message = ProjectRules.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 10000) String description,
        @Schema(description = "The accountable owner; the creator when absent") Long ownerId,
        @Schema(description = "IANA time zone", example = "Europe/Paris") @NotBlank @Size(max = 64) String timeZone,
        @Schema(description = "ISO 4217 currency code", example = "EUR") @NotBlank @Size(max = 3) String currency,
        @Schema(description = "ACTIVE when absent") ProjectStatus status,
        LocalDate plannedStart,
        LocalDate committedFinish) {
}

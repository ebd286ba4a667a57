package io.linchpin.server.transfer;

import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What an import did, or would do in a dry run, and what the file held that Linchpin could not carry. */
public record ImportReport(
        @Schema(description = "The project; absent after a dry run of a new project") Long projectId,
        String projectCode,
        @Schema(description = "The file's name as uploaded") String file,
        @Schema(example = "MSPDI") String format,
        boolean dryRun,
        int tasksCreated,
        int tasksUpdated,
        int tasksUnchanged,
        @Schema(description = "Tasks of earlier imports the file no longer has (outline number and name)")
        List<String> tasksMissing,
        @Schema(description = "Of those, how many were removed (only when asked)") int tasksRemoved,
        int links,
        int calendars,
        @Schema(description = "Tasks changed in Linchpin since the last import, and what the import did about them")
        List<String> conflicts,
        @Schema(description = "What the file held that Linchpin could not carry, or carries approximately")
        List<String> losses,
        @Schema(description = "The project's finish after the import, in its wall-clock time") LocalDateTime finish) {
}

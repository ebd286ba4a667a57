package io.linchpin.server.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A task of the WBS as the API and the pages show it. */
public record TaskView(long id, long projectId,
        @Schema(description = "The summary task above this one; absent at the top level") Long parentId,
        @Schema(example = "1.2.3") String outlineNumber,
        @Schema(description = "1 at the top level") int outlineLevel,
        @Schema(description = "Rank among its siblings, from 1") int position,
        String name, TaskKind kind,
        @Schema(description = "Working time in minutes (a day is 480)") long durationMinutes,
        @Schema(description = "The duration as people read it", example = "2d 4h") String duration,
        StatusView status, List<UserRef> assignees, DepartmentRef department,
        @Schema(description = "0 to 1000, 500 by default (as in MS Project)") int priority,
        List<String> tags, String description,
        @Schema(description = "The date committed to for a milestone (its deadline)") LocalDate committedFinish,
        Instant createdAt, Instant updatedAt, long version,
        @Schema(description = "The task's calendar; the project's calendar when absent") Long calendarId,
        @Schema(description = "ASAP unless set; every type but ASAP and ALAP has a constraintDate; START_ON and FINISH_ON "
                + "are P6's \"start on\" and \"finish on\"") ConstraintType constraintType,
        LocalDateTime constraintDate, LocalDateTime actualStart, LocalDateTime actualFinish,
        @Schema(description = "0 to 100") int percentComplete,
        @Schema(description = "Working minutes left; derived from percentComplete when absent") Long remainingMinutes,
        @Schema(description = "Primavera P6's physical % complete, 0 to 100, entered by the project manager; absent "
                + "when unknown. P6 rules read it where a started task's work is complete") Double physicalPercentComplete,
        @Schema(description = "A milestone that marks the start of the work after it (P6's start milestone) rather than "
                + "the end of the work before it") boolean startMilestone,
        @Schema(description = "The computed schedule, in the project's wall-clock time") ScheduledDates schedule) {

    /**
     * What the engine computed for the task: the dates shown (actual dates once known), early and
     * late dates, total and free float in working minutes of the task's calendar, whether it is
     * critical and what set its early start. All absent until the project was first scheduled.
     */
    public record ScheduledDates(LocalDateTime start, LocalDateTime finish, LocalDateTime earlyStart,
            LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish, Long totalFloatMinutes,
            @Schema(example = "1d 4h") String totalFloat, Long freeFloatMinutes, boolean critical,
            @Schema(description = "What set the early start: links from predecessors (\"FS 123, SS 456\"), or "
                    + "PROJECT_START, STATUS_DATE, CONSTRAINT, ACTUAL_START, CHILDREN", example = "FS 123")
            String drivenBy) {
    }
}

package io.linchpin.server.insight;

import java.time.LocalDateTime;
import java.util.List;

import io.linchpin.server.projects.TaskRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * "Why this date?": the chain of what drives a task's early start, the task first, each step's
 * cause leading to the next step's task, back to what ends the chain.
 */
public record DateWhy(TaskRef task, LocalDateTime earlyStart,
        @Schema(description = "The chain, the task asked about first") List<Step> steps) {

    public DateWhy {
        steps = List.copyOf(steps);
    }

    /**
     * One task on the chain: its early dates, its calendar, what set its early start and, when that
     * asked for an instant outside working time, the calendar gap the start was pushed across.
     */
    public record Step(TaskRef task, LocalDateTime earlyStart, LocalDateTime earlyFinish, CalendarRef calendar,
            Cause cause, @Schema(description = "Absent when the start is what the cause asked for") Gap gap,
            @Schema(description = "The step in one sentence") String description) {
    }

    public record CalendarRef(long id, String name) {
    }

    /**
     * What set a task's early start. {@code kind} says which fields are present: LINK (predecessor,
     * linkType, lagMinutes, heldBy, predecessorDate, requiredAt, alsoDriving), SUMMARY_CHILD (child,
     * childFinish), CONSTRAINT (constraintType, date), PROJECT_START (date), STATUS_DATE (date,
     * actualStart, remainingMinutes), PROGRESS (actualStart, actualFinish, percentComplete,
     * remainingMinutes, date = the status date), MANUAL_DATES (actualStart = start, actualFinish =
     * finish), AS_LATE_AS_POSSIBLE (date = late finish), NOT_BEFORE.
     */
    public record Cause(Kind kind, TaskRef predecessor, String linkType,
            @Schema(description = "Working minutes; negative for a lead") Long lagMinutes,
            @Schema(description = "The summary holding the link, when it is not the task's own") TaskRef heldBy,
            @Schema(description = "The predecessor's date the link starts from") LocalDateTime predecessorDate,
            @Schema(description = "What the link asks for: a start for FS and SS, a finish for FF and SF")
            LocalDateTime requiredAt,
            @Schema(description = "Other predecessors asking for the very same date") List<TaskRef> alsoDriving,
            TaskRef child, Boolean childFinish, String constraintType, LocalDateTime date, LocalDateTime actualStart,
            LocalDateTime actualFinish, Double percentComplete, Integer remainingMinutes) {
    }

    public enum Kind {
        LINK, SUMMARY_CHILD, CONSTRAINT, PROJECT_START, STATUS_DATE, PROGRESS, MANUAL_DATES, AS_LATE_AS_POSSIBLE,
        NOT_BEFORE
    }

    /** Non-working time between what the cause asked for and where the task starts. */
    public record Gap(LocalDateTime from, LocalDateTime to, CalendarRef calendar,
            @Schema(description = "Whole days without working time in between (weekends, holidays)")
            List<java.time.LocalDate> daysOff) {
    }
}

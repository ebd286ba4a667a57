package io.linchpin.engine.analysis;

import java.time.LocalDateTime;

/**
 * One task on the chain behind a date: its early dates and what set its early start.
 *
 * @param taskId the task's id
 * @param taskName the task's name
 * @param earlyStart the task's early start
 * @param earlyFinish the task's early finish
 * @param calendarId the task's calendar
 * @param cause what set the early start
 * @param gap the non-working time the start was pushed across after the cause asked for an
 *     earlier instant, or {@code null} when the start is what the cause asked for
 */
public record ExplanationStep(String taskId, String taskName, LocalDateTime earlyStart, LocalDateTime earlyFinish, String calendarId,
        Cause cause, CalendarGap gap) {

    /** A sentence for the project manager. */
    public String describe() {
        return taskId + (taskName.equals(taskId) ? "" : " '" + taskName + "'") + " starts " + earlyStart + ": " + cause.describe()
                + (gap == null ? "" : "; " + gap.describe());
    }
}

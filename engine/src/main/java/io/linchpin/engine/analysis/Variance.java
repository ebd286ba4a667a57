package io.linchpin.engine.analysis;

import java.time.LocalDateTime;

/**
 * How far a task's scheduled dates are from its baseline, in working time of the task's calendar.
 * Positive is late (or, for the duration, longer).
 *
 * @param taskId the task's id
 * @param name the task's name
 * @param calendarId the calendar the variances are counted on
 * @param baseline the baseline dates
 * @param start the scheduled start (the actual start once started)
 * @param finish the scheduled finish (the actual finish once finished)
 * @param startMinutes working minutes from the baseline start to the start
 * @param finishMinutes working minutes from the baseline finish to the finish
 * @param durationMinutes the scheduled duration (working time from start to finish) less the baseline duration
 * @param startDays {@code startMinutes} in working days of the calendar (its minutes per day)
 * @param finishDays {@code finishMinutes} in working days
 * @param durationDays {@code durationMinutes} in working days
 */
public record Variance(String taskId, String name, String calendarId, BaselineDates baseline, LocalDateTime start, LocalDateTime finish,
        int startMinutes, int finishMinutes, int durationMinutes, double startDays, double finishDays, double durationDays) {
}

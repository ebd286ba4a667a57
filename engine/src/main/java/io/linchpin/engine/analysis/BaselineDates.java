package io.linchpin.engine.analysis;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A task's dates in a baseline: what was agreed, to measure the schedule against.
 *
 * @param start baseline start
 * @param finish baseline finish, not before the start
 * @param durationMinutes baseline duration in working minutes of the task's calendar, or
 *     {@code null} for the working time from {@code start} to {@code finish}
 */
public record BaselineDates(LocalDateTime start, LocalDateTime finish, Integer durationMinutes) {

    public BaselineDates {
        Objects.requireNonNull(start, "baseline start");
        Objects.requireNonNull(finish, "baseline finish");
        if (finish.isBefore(start)) {
            throw new IllegalArgumentException("baseline finish " + finish + " is before baseline start " + start);
        }
        if (durationMinutes != null && durationMinutes < 0) {
            throw new IllegalArgumentException("baseline duration must not be negative, got " + durationMinutes + " minutes");
        }
    }

    /** Baseline dates whose duration is the working time between them. */
    public static BaselineDates of(LocalDateTime start, LocalDateTime finish) {
        return new BaselineDates(start, finish, null);
    }
}

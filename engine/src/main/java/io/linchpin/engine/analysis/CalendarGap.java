package io.linchpin.engine.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Non-working time a date was pushed across: what was asked for fell outside the working time of
 * the task's calendar, so the task starts at the next working minute.
 *
 * @param from the instant asked for
 * @param to the next working time, where the task starts
 * @param calendarId the calendar whose non-working time it is
 * @param daysOff the days from {@code from} to {@code to} on which that calendar has no working
 *     time at all (weekends, holidays), in order
 */
public record CalendarGap(LocalDateTime from, LocalDateTime to, String calendarId, List<LocalDate> daysOff) {

    public CalendarGap {
        daysOff = List.copyOf(daysOff);
    }

    /** A sentence for the project manager. */
    public String describe() {
        return "calendar " + calendarId + " has no working time from " + from + " to " + to
                + (daysOff.isEmpty() ? "" : " (days off: " + daysOff.stream().map(LocalDate::toString).reduce((a, b) -> a + ", " + b).orElseThrow() + ")");
    }
}

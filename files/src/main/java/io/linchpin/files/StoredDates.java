package io.linchpin.files;

import java.time.LocalDateTime;

/**
 * The dates a file's own product computed for a task, as stored in the file; any may be {@code null}.
 *
 * @param earlyStart stored early start
 * @param earlyFinish stored early finish
 * @param lateStart stored late start
 * @param lateFinish stored late finish
 * @param totalFloatMinutes stored total float (slack) in working minutes
 */
public record StoredDates(LocalDateTime earlyStart, LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish,
        Integer totalFloatMinutes) {
}

package io.linchpin.engine.forecast;

import java.time.LocalDateTime;

/**
 * A point of a finish distribution: the date by which {@code percent} % of the iterations had
 * finished (the nearest-rank percentile: the finish of the iteration ranked
 * {@code ceil(percent / 100 × iterations)}).
 *
 * @param percent 0 to 100
 * @param date the finish
 * @param workingDays the finish as working time from the plan's start on the plan's calendar, in
 *     days of that calendar's hours per day
 */
public record Percentile(int percent, LocalDateTime date, double workingDays) {
}

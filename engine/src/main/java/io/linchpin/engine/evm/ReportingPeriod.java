package io.linchpin.engine.evm;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;

/** The length of the periods an S-curve is cut into. Weeks start on Monday, months on the 1st. */
public enum ReportingPeriod {
    DAY,
    WEEK,
    MONTH;

    /** The start of the period that holds {@code t}. */
    LocalDateTime startOf(LocalDateTime t) {
        LocalDateTime midnight = t.toLocalDate().atStartOfDay();
        switch (this) {
            case DAY:
                return midnight;
            case WEEK:
                return midnight.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default:
                return midnight.withDayOfMonth(1);
        }
    }

    /** The start of the period after the one that starts at {@code start}. */
    LocalDateTime next(LocalDateTime start) {
        switch (this) {
            case DAY:
                return start.plusDays(1);
            case WEEK:
                return start.plusWeeks(1);
            default:
                return start.plusMonths(1);
        }
    }
}

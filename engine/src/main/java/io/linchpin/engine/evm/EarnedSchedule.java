package io.linchpin.engine.evm;

import java.time.LocalDateTime;

/**
 * Earned schedule after Lipke (2003): the time at which the baseline planned to have earned what
 * has been earned, and the schedule indices measured in time rather than money, which stay
 * meaningful when a late project nears its end. Times are working days from the plan's start on
 * the plan's calendar, in days of its hours per day.
 *
 * @param es earned schedule: the date on which the baseline's planned value reached the earned
 *     value (Lipke's C + I, interpolated to the minute)
 * @param esWorkingDays earned schedule in working days
 * @param atWorkingDays actual time: the status date in working days
 * @param spiT schedule performance index in time, ES / AT; {@code null} at the plan's start
 * @param svT schedule variance in time, ES - AT, in working days
 * @param plannedDurationWorkingDays PD: the baseline's finish (the last budgeted baseline finish) in working days
 * @param ieacT independent estimate at completion in time, PD / SPI(t): the forecast finish date;
 *     {@code null} while nothing has been earned
 * @param ieacTWorkingDays the same in working days
 */
public record EarnedSchedule(LocalDateTime es, double esWorkingDays, double atWorkingDays, Double spiT, double svT,
        double plannedDurationWorkingDays, LocalDateTime ieacT, Double ieacTWorkingDays) {
}

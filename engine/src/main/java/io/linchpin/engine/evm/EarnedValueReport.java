package io.linchpin.engine.evm;

import java.util.Currency;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Earned value of a plan at a status date.
 *
 * @param statusDate the instant progress and costs are measured at
 * @param currency the currency of every amount, or {@code null}
 * @param plan the figures of the whole plan
 * @param earnedSchedule earned schedule, or {@code null} when nothing is budgeted
 * @param wbs the figures of every summary task, in plan order
 * @param curve the S-curve, period by period
 */
public record EarnedValueReport(LocalDateTime statusDate, Currency currency, EarnedValueFigures plan, EarnedSchedule earnedSchedule,
        List<WbsFigures> wbs, List<CurvePeriod> curve) {

    public EarnedValueReport {
        wbs = List.copyOf(wbs);
        curve = List.copyOf(curve);
    }
}

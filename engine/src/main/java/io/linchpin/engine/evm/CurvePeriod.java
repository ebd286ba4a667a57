package io.linchpin.engine.evm;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One period of the S-curve. Earned value and actual cost run up to the status date only: after
 * it they are {@code null}, and the status date cuts the period it falls in into two.
 *
 * @param from start of the period
 * @param to end of the period (the start of the next)
 * @param pv planned value in the period
 * @param ev earned value in the period
 * @param ac actual cost in the period
 * @param cumulativePv planned value up to {@code to}
 * @param cumulativeEv earned value up to {@code to}
 * @param cumulativeAc actual cost up to {@code to}
 */
public record CurvePeriod(LocalDateTime from, LocalDateTime to, BigDecimal pv, BigDecimal ev, BigDecimal ac, BigDecimal cumulativePv,
        BigDecimal cumulativeEv, BigDecimal cumulativeAc) {
}

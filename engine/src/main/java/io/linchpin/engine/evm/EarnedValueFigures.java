package io.linchpin.engine.evm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The earned value figures of the plan or of one WBS branch at a status date. Money is rounded
 * to the currency's decimals first and every other figure is worked out from the rounded
 * amounts, so the table adds up as printed. Ratios carry ten decimals. A figure that would divide
 * by zero (an index before any value is planned, earned or spent) is {@code null}.
 *
 * @param bac budget at completion: the sum of the budgets
 * @param pv planned value: the budget the baseline schedules up to the status date
 * @param ev earned value: each task's budget times its percent complete
 * @param ac actual cost
 * @param sv schedule variance, EV - PV
 * @param cv cost variance, EV - AC
 * @param spi schedule performance index, EV / PV
 * @param cpi cost performance index, EV / AC
 * @param eacCpi estimate at completion if costs go on as they have: BAC / CPI
 * @param eacAtBudgetRate estimate at completion if the rest goes as budgeted: AC + BAC - EV
 * @param eacComposite estimate at completion if cost and schedule performance both go on: AC +
 *     (BAC - EV) / (CPI × SPI)
 * @param etc estimate to complete, EAC(CPI) - AC
 * @param vac variance at completion, BAC - EAC(CPI)
 * @param tcpiBac cost performance needed on the rest to finish on budget: (BAC - EV) / (BAC - AC)
 * @param tcpiEac cost performance needed on the rest to finish at EAC(CPI): (BAC - EV) / (EAC - AC)
 */
public record EarnedValueFigures(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, BigDecimal sv, BigDecimal cv,
        BigDecimal spi, BigDecimal cpi, BigDecimal eacCpi, BigDecimal eacAtBudgetRate, BigDecimal eacComposite, BigDecimal etc,
        BigDecimal vac, BigDecimal tcpiBac, BigDecimal tcpiEac) {

    private static final int RATIO_DECIMALS = 10;

    /** The figures from the four measured amounts, with money rounded to {@code scale} decimals. */
    static EarnedValueFigures of(BigDecimal bacAmount, BigDecimal pvAmount, BigDecimal evAmount, BigDecimal acAmount, int scale) {
        BigDecimal bac = money(bacAmount, scale);
        BigDecimal pv = money(pvAmount, scale);
        BigDecimal ev = money(evAmount, scale);
        BigDecimal ac = money(acAmount, scale);
        BigDecimal remaining = bac.subtract(ev);
        BigDecimal eacCpi = ev.signum() == 0 || ac.signum() == 0 ? null
                : money(bac.multiply(ac).divide(ev, MathContext.DECIMAL128), scale);
        BigDecimal eacComposite = ev.signum() == 0 || ac.signum() == 0 || pv.signum() == 0 ? null
                : money(ac.add(remaining.multiply(ac).multiply(pv).divide(ev.multiply(ev), MathContext.DECIMAL128)), scale);
        BigDecimal etc = eacCpi == null ? null : eacCpi.subtract(ac);
        return new EarnedValueFigures(bac, pv, ev, ac, ev.subtract(pv), ev.subtract(ac), ratio(ev, pv), ratio(ev, ac), eacCpi,
                ac.add(remaining), eacComposite, etc, eacCpi == null ? null : bac.subtract(eacCpi), ratio(remaining, bac.subtract(ac)),
                etc == null ? null : ratio(remaining, etc));
    }

    private static BigDecimal money(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        BigDecimal r = numerator.divide(denominator, RATIO_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}

package io.linchpin.engine.plan;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * What a resource costs: an amount of money per unit of work (a work resource's hour, day, week,
 * month or year of working time, the day and week as long as the calendar's hours per day and per
 * week) or per unit of material.
 *
 * @param amount   the money, never negative
 * @param currency its ISO 4217 currency
 * @param per      what the amount pays for
 */
public record CostRate(BigDecimal amount, Currency currency, Per per) {

    /** The unit a rate is quoted per. */
    public enum Per {
        HOUR, DAY, WEEK, MONTH, YEAR,
        /** One unit of a material resource. */
        UNIT
    }

    public CostRate {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(per, "per");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a cost rate must not be negative, got " + amount.toPlainString() + " " + currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency + "/" + per.name().toLowerCase(java.util.Locale.ROOT);
    }
}

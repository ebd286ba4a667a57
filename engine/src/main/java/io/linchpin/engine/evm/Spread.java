package io.linchpin.engine.evm;

import io.linchpin.engine.calendar.CalendarTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * An amount laid over a stretch of working time: evenly, or by the weights of equal slices of
 * it. {@link #at} gives how much of it falls before an instant. A stretch without working time
 * puts the whole amount at its end.
 */
final class Spread {

    private final BigDecimal amount;
    private final CalendarTable calendar;
    private final int from;
    private final int to;
    private final int end;
    /** Per slice, the weights of the slices before it; {@code null} for an even spread. */
    private final BigDecimal[] before;
    private final BigDecimal[] weights;
    private final BigDecimal weightSum;

    /**
     * @param start first instant of the stretch
     * @param end last instant of the stretch
     * @param profile slice weights, empty for even
     */
    Spread(BigDecimal amount, CalendarTable calendar, int start, int end, List<BigDecimal> profile) {
        this.amount = amount;
        this.calendar = calendar;
        this.from = calendar.workBefore(start);
        this.to = Math.max(from, calendar.workBefore(end));
        this.end = end;
        if (profile.isEmpty()) {
            this.before = null;
            this.weights = null;
            this.weightSum = null;
        } else {
            this.weights = profile.toArray(new BigDecimal[0]);
            this.before = new BigDecimal[weights.length];
            BigDecimal sum = BigDecimal.ZERO;
            for (int j = 0; j < weights.length; j++) {
                before[j] = sum;
                sum = sum.add(weights[j]);
            }
            this.weightSum = sum;
        }
    }

    /** The whole amount at one instant. */
    static Spread at(BigDecimal amount, CalendarTable calendar, int instant) {
        return new Spread(amount, calendar, instant, instant, List.of());
    }

    BigDecimal amount() {
        return amount;
    }

    /** The part of the amount that falls before {@code instant}. */
    BigDecimal at(int instant) {
        if (amount.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int total = to - from;
        if (total == 0) {
            return instant >= end ? amount : BigDecimal.ZERO;
        }
        int done = calendar.workBefore(instant) - from;
        if (done <= 0) {
            return BigDecimal.ZERO;
        }
        if (done >= total) {
            return amount;
        }
        if (weights == null) {
            return amount.multiply(BigDecimal.valueOf(done)).divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
        }
        // Slice j covers work [j total / k, (j + 1) total / k); scaling by k keeps the bounds whole.
        long scaled = (long) done * weights.length;
        int j = (int) (scaled / total);
        BigDecimal share = before[j].multiply(BigDecimal.valueOf(total)).add(weights[j].multiply(BigDecimal.valueOf(scaled - (long) j * total)));
        return amount.multiply(share).divide(weightSum.multiply(BigDecimal.valueOf(total)), MathContext.DECIMAL128);
    }
}

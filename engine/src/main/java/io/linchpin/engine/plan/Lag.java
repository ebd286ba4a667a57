package io.linchpin.engine.plan;

/**
 * The delay (or, negative, the lead) on a link.
 *
 * @param unit how {@code amount} is counted
 * @param amount minutes for {@link Unit#WORKING} and {@link Unit#ELAPSED}; a percentage of the
 *     predecessor's duration for {@link Unit#PERCENT}
 */
public record Lag(Unit unit, double amount) {

    /** No lag. */
    public static final Lag NONE = new Lag(Unit.WORKING, 0);

    /** How a lag is counted. */
    public enum Unit {
        /** Working minutes on the link's lag calendar. */
        WORKING,
        /** Wall-clock minutes, working or not. */
        ELAPSED,
        /** A percentage of the predecessor's duration, in working time. */
        PERCENT
    }

    public Lag {
        if (unit == null) {
            throw new IllegalArgumentException("lag unit is missing");
        }
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("lag amount must be a number, got " + amount);
        }
        if (unit != Unit.PERCENT && amount != Math.rint(amount)) {
            throw new IllegalArgumentException("a " + unit.name().toLowerCase() + " lag must be whole minutes, got " + amount);
        }
    }

    public static Lag working(int minutes) {
        return new Lag(Unit.WORKING, minutes);
    }

    public static Lag elapsed(int minutes) {
        return new Lag(Unit.ELAPSED, minutes);
    }

    public static Lag percent(double percentOfPredecessor) {
        return new Lag(Unit.PERCENT, percentOfPredecessor);
    }

    public boolean isZero() {
        return amount == 0;
    }
}

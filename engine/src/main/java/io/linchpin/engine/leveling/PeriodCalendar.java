package io.linchpin.engine.leveling;

import java.util.Arrays;

/**
 * The periods of a leveling problem's horizon in which an activity works (or in which a link's
 * lag counts). An activity on a calendar is interrupted by the periods its calendar does not
 * work: its duration counts its own working periods, and it holds its resources only in those.
 * Immutable.
 *
 * <p>Inside, two tables make every question O(1): the working periods before each period, and
 * the period of each working period by its rank.
 */
public final class PeriodCalendar {

    /** before[t]: working periods in {@code [0, t)}, for t in {@code [0, horizon]}. */
    final int[] before;
    /** at[k]: the k-th working period (from 0). */
    final int[] at;

    private PeriodCalendar(int[] before, int[] at) {
        this.before = before;
        this.at = at;
    }

    /**
     * A calendar over {@code working.length} periods.
     *
     * @param working whether each period of the horizon is a working period
     */
    public static PeriodCalendar of(boolean[] working) {
        int[] before = new int[working.length + 1];
        int count = 0;
        for (int t = 0; t < working.length; t++) {
            before[t] = count;
            if (working[t]) {
                count++;
            }
        }
        before[working.length] = count;
        int[] at = new int[count];
        for (int t = 0, k = 0; t < working.length; t++) {
            if (working[t]) {
                at[k++] = t;
            }
        }
        return new PeriodCalendar(before, at);
    }

    /** The number of periods the calendar covers. */
    public int horizon() {
        return before.length - 1;
    }

    public boolean isWorking(int period) {
        return period >= 0 && period < horizon() && before[period + 1] > before[period];
    }

    /** Working periods in the whole horizon. */
    public int workingPeriods() {
        return at.length;
    }

    /** Whether every period of the horizon is a working period (the calendar changes nothing). */
    boolean isEveryPeriod() {
        return at.length == horizon();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PeriodCalendar c && Arrays.equals(before, c.before);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(before);
    }

    @Override
    public String toString() {
        return "PeriodCalendar[" + at.length + " of " + horizon() + " periods working]";
    }
}

package io.linchpin.engine.calendar;

/**
 * A date, or a date reached by working-time arithmetic, lies outside the range over which the
 * calendars were tabulated. Widen the plan's calendar range to schedule it.
 */
public class OutsideCalendarRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public OutsideCalendarRangeException(String message) {
        super(message);
    }
}

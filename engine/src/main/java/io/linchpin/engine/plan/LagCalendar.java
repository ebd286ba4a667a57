package io.linchpin.engine.plan;

/** The calendar on which a link's working-time lag is counted. */
public enum LagCalendar {
    /** The predecessor's calendar: P6's default. */
    PREDECESSOR,
    /** The successor's calendar: what MS Project does. */
    SUCCESSOR,
    /** The plan's default calendar. */
    PROJECT,
    /** Around the clock: a working lag counts every minute. */
    TWENTY_FOUR_HOUR
}

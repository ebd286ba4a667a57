package io.linchpin.server.schedule;

/** How a link's lag is counted. */
public enum LagKind {
    /** Working minutes (of the successor's calendar under MS Project rules, the predecessor's under P6). */
    WORKING,
    /** Wall-clock minutes, nights, weekends and holidays included (MS Project's "elapsed" lags). */
    ELAPSED,
    /** A percentage of the predecessor's duration. */
    PERCENT
}

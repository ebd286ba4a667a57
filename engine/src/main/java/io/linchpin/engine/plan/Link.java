package io.linchpin.engine.plan;

import java.util.Objects;

/**
 * A dependency on a predecessor task, held by the successor.
 *
 * @param predecessor the predecessor's task id
 * @param type link type
 * @param lag lag or lead
 * @param lagCalendar calendar of a working lag, or {@code null} for the rule set's default
 *     (MS Project: successor's; P6: the plan's setting, predecessor's unless set)
 */
public record Link(String predecessor, LinkType type, Lag lag, LagCalendar lagCalendar) {

    public Link {
        Objects.requireNonNull(predecessor, "predecessor");
        Objects.requireNonNull(type, "type");
        lag = lag == null ? Lag.NONE : lag;
    }

    /** A finish-to-start link without lag. */
    public static Link fs(String predecessor) {
        return new Link(predecessor, LinkType.FS, Lag.NONE, null);
    }

    public static Link of(String predecessor, LinkType type, Lag lag) {
        return new Link(predecessor, type, lag, null);
    }
}

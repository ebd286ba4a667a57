package io.linchpin.engine.schedule;

import io.linchpin.engine.plan.LinkType;
import java.time.LocalDateTime;

/**
 * What set a task's early start: the answer to "why this date?". Following the {@link Kind#LINK}
 * drivers back from a task gives the chain of links to the project start.
 *
 * @param kind what drove the date
 * @param predecessor the predecessor's task id for {@link Kind#LINK}, else {@code null}
 * @param linkType the link's type for {@link Kind#LINK}, else {@code null}
 * @param requiredAt for {@link Kind#LINK}, the instant the link asks for before the task's calendar
 *     moves it to working time: the predecessor's date plus the lag, a start for FS and SS links and
 *     a finish for FF and SF links; else {@code null}. An early start later than it was pushed there
 *     by the calendar ("why this date?" names the gap).
 */
public record Driver(Kind kind, String predecessor, LinkType linkType, LocalDateTime requiredAt) {

    /** A driver without a required instant. */
    public Driver(Kind kind, String predecessor, LinkType linkType) {
        this(kind, predecessor, linkType, null);
    }

    /** The reasons an early start can have. */
    public enum Kind {
        /** A link from a predecessor. */
        LINK,
        /** The project start: nothing later held the task. */
        PROJECT_START,
        /** The status (data) date: remaining work cannot start in the past. */
        STATUS_DATE,
        /** The task's date constraint. */
        CONSTRAINT,
        /** Progress: the task's actual start. */
        ACTUAL_START,
        /** An extra "not before" time given to the run, such as a leveling delay. */
        NOT_BEFORE,
        /** A manually scheduled task keeps its own dates. */
        MANUAL,
        /** A summary's dates come from its children. */
        CHILDREN
    }

    static Driver of(Kind kind) {
        return new Driver(kind, null, null);
    }
}

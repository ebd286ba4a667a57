package io.linchpin.server.projects;

/**
 * A task's date constraint, in MS Project's names (P6's in brackets). The schedule holds the task
 * to it; every type but ASAP and ALAP needs a date.
 */
public enum ConstraintType {
    /** As soon as possible: no date. */
    ASAP,
    /** As late as possible: no date. */
    ALAP,
    /** Start no earlier than (P6: start on or after). */
    SNET,
    /** Start no later than (P6: start on or before). */
    SNLT,
    /** Finish no earlier than (P6: finish on or after). */
    FNET,
    /** Finish no later than (P6: finish on or before). */
    FNLT,
    /** Must start on (P6: mandatory start). */
    MSO,
    /** Must finish on (P6: mandatory finish). */
    MFO,
    /** P6's "start on": the early start no earlier and the late start no later than the date. */
    START_ON,
    /** P6's "finish on": the early finish no earlier and the late finish no later than the date. */
    FINISH_ON;

    public boolean hasDate() {
        return this != ASAP && this != ALAP;
    }
}

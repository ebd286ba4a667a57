package io.linchpin.engine.plan;

/** How links act on a task that has started out of sequence (P6's scheduling option). */
public enum ProgressMode {
    /** The remaining work still waits for the predecessors. */
    RETAINED_LOGIC,
    /** Progress overrides the links: the remaining work continues from the status date. */
    PROGRESS_OVERRIDE
}

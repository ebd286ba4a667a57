package io.linchpin.engine.plan;

/** How a successor depends on its predecessor. */
public enum LinkType {
    /** The successor starts after the predecessor finishes. */
    FS,
    /** The successor starts after the predecessor starts. */
    SS,
    /** The successor finishes after the predecessor finishes. */
    FF,
    /** The successor finishes after the predecessor starts. */
    SF;

    /** Whether the predecessor's finish (rather than its start) drives the link. */
    public boolean fromFinish() {
        return this == FS || this == FF;
    }

    /** Whether the link constrains the successor's finish (rather than its start). */
    public boolean toFinish() {
        return this == FF || this == SF;
    }
}

package io.linchpin.server.projects;

/** Where a project stands in the portfolio. */
public enum ProjectStatus {
    PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED
}

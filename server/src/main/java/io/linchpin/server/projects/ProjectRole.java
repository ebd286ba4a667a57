package io.linchpin.server.projects;

/**
 * What a person may do in one project, from most to least: owners also manage managers and the
 * project itself; managers run the plan (members, workflow, deleting and bulk-loading tasks);
 * members work on tasks; viewers read.
 */
public enum ProjectRole {
    OWNER, MANAGER, MEMBER, VIEWER;

    /** Whether this role allows what {@code minimum} allows. */
    public boolean atLeast(ProjectRole minimum) {
        return ordinal() <= minimum.ordinal();
    }

    /** The role in the words a person reads: "manager". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

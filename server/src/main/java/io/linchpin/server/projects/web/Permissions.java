package io.linchpin.server.projects.web;

import io.linchpin.server.projects.ProjectRole;

/** What the pages offer the reader, from their role: the server checks again on every write. */
record Permissions(ProjectRole role, boolean edit, boolean manage, boolean own) {

    static Permissions of(ProjectRole role) {
        return new Permissions(role, role.atLeast(ProjectRole.MEMBER), role.atLeast(ProjectRole.MANAGER),
                role == ProjectRole.OWNER);
    }

    /** Whether the reader may give or take away this role: managers up to member, owners any. */
    public boolean mayGrant(ProjectRole granted) {
        return own || manage && !granted.atLeast(ProjectRole.MANAGER);
    }
}

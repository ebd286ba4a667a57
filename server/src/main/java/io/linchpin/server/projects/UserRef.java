package io.linchpin.server.projects;

import io.linchpin.server.identity.UserSummary;

/** A person as a project shows them: an owner, a member, an assignee, an author. */
public record UserRef(long id, String username, String displayName) {

    static UserRef of(UserSummary user) {
        return new UserRef(user.id(), user.username(), user.displayName());
    }
}

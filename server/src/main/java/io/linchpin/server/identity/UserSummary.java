package io.linchpin.server.identity;

/** What other capabilities may know of a person: enough to show and reference them. */
public record UserSummary(long id, String username, String displayName, String email, boolean admin, boolean enabled) {

    static UserSummary of(User user) {
        return new UserSummary(user.id(), user.username(), user.displayName(), user.email(), user.admin(), user.enabled());
    }
}

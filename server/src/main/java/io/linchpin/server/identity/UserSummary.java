package io.linchpin.server.identity;

import java.time.Instant;

/**
 * What other capabilities may know of a person: enough to show and reference them. {@code external}
 * people (of an EXTERNAL organisation) must never be given a project role: they see only what is
 * put to them. {@code passwordSet} is false while an invitation or a password reset is pending.
 */
public record UserSummary(long id, String username, String displayName, String email, boolean admin, boolean enabled,
        long organisationId, Long departmentId, boolean external, boolean passwordSet, Instant createdAt,
        Instant lastSignInAt, long version) {

    static UserSummary of(User user, OrganisationKind kind) {
        return new UserSummary(user.id(), user.username(), user.displayName(), user.email(), user.admin(),
                user.enabled(), user.organisationId(), user.departmentId(), kind == OrganisationKind.EXTERNAL,
                user.passwordHash() != null, user.createdAt(), user.lastSignInAt(), user.version());
    }
}

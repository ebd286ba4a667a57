package io.linchpin.server.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in. {@code passwordHash} is null until they accept their invitation, and again
 * after an administrator resets it: such a person cannot sign in until they use their link.
 */
@Table("users")
record User(@Id Long id, String username, String displayName, String email, String passwordHash, boolean admin,
        boolean enabled, Long organisationId, Long departmentId, Instant createdAt, Instant lastSignInAt,
        @Version long version) {

    static User create(String username, String displayName, String email, String passwordHash, boolean admin,
            long organisationId) {
        return new User(null, username, displayName, email, passwordHash, admin, true, organisationId, null,
                Instant.now(), null, 0);
    }

    User withProfile(String newDisplayName, String newEmail, long newOrganisationId, Long newDepartmentId) {
        return new User(id, username, newDisplayName, newEmail, passwordHash, admin, enabled, newOrganisationId,
                newDepartmentId, createdAt, lastSignInAt, version);
    }

    User withAdmin(boolean newAdmin) {
        return new User(id, username, displayName, email, passwordHash, newAdmin, enabled, organisationId,
                departmentId, createdAt, lastSignInAt, version);
    }

    User withEnabled(boolean newEnabled) {
        return new User(id, username, displayName, email, passwordHash, admin, newEnabled, organisationId,
                departmentId, createdAt, lastSignInAt, version);
    }

    User withPasswordHash(String newPasswordHash) {
        return new User(id, username, displayName, email, newPasswordHash, admin, enabled, organisationId,
                departmentId, createdAt, lastSignInAt, version);
    }

    User withVersion(long expectedVersion) {
        return new User(id, username, displayName, email, passwordHash, admin, enabled, organisationId,
                departmentId, createdAt, lastSignInAt, expectedVersion);
    }
}

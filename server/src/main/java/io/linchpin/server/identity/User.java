package io.linchpin.server.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("users")
record User(@Id Long id, String username, String displayName, String email, String passwordHash, boolean admin,
        boolean enabled, Long organisationId, Long departmentId, Instant createdAt, @Version long version) {

    static User create(String username, String displayName, String email, String passwordHash, boolean admin,
            long organisationId) {
        return new User(null, username, displayName, email, passwordHash, admin, true, organisationId, null,
                Instant.now(), 0);
    }
}

package io.linchpin.server.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("users")
record User(@Id Long id, String username, String displayName, String email, String passwordHash, boolean admin,
        boolean enabled, Instant createdAt, @Version long version) {

    static User create(String username, String displayName, String email, String passwordHash, boolean admin) {
        return new User(null, username, displayName, email, passwordHash, admin, true, Instant.now(), 0);
    }
}

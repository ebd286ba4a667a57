package io.linchpin.server.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("departments")
record Department(@Id Long id, Long organisationId, String name, Instant createdAt, @Version long version) {

    static Department create(long organisationId, String name) {
        return new Department(null, organisationId, name, Instant.now(), 0);
    }

    Department renamed(String newName, long expectedVersion) {
        return new Department(id, organisationId, newName, createdAt, expectedVersion);
    }
}

package io.linchpin.server.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("organisations")
record Organisation(@Id Long id, String name, OrganisationKind kind, Instant createdAt, @Version long version) {

    static Organisation create(String name, OrganisationKind kind) {
        return new Organisation(null, name, kind, Instant.now(), 0);
    }

    Organisation renamed(String newName, long expectedVersion) {
        return new Organisation(id, newName, kind, createdAt, expectedVersion);
    }
}

package io.linchpin.server.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("organisations")
record Organisation(@Id Long id, String name, Kind kind, Instant createdAt, @Version long version) {

    /** The install's own organisation, or an outside party (a vendor, an outside expert). */
    enum Kind {
        INTERNAL, EXTERNAL
    }

    static Organisation create(String name, Kind kind) {
        return new Organisation(null, name, kind, Instant.now(), 0);
    }
}

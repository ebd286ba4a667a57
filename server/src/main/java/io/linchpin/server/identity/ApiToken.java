package io.linchpin.server.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("api_tokens")
record ApiToken(@Id Long id, long userId, String name, String prefix, String secretHash, Instant createdAt,
        Instant expiresAt, Instant lastUsedAt, Instant revokedAt, @Version long version) {

    ApiToken revoked(Instant at) {
        return new ApiToken(id, userId, name, prefix, secretHash, createdAt, expiresAt, lastUsedAt, at, version);
    }
}

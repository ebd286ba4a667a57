package io.linchpin.server.identity;

import java.time.Instant;

/**
 * A personal API token as its owner sees it later: never the secret, only the prefix it starts
 * with. {@code lastUsedAt} is kept to the minute.
 */
public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    static ApiTokenSummary of(ApiToken token) {
        return new ApiTokenSummary(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
                token.lastUsedAt(), token.revokedAt());
    }

    /** Usable now: neither revoked nor expired. */
    public boolean active(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}

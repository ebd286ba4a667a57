package io.linchpin.server.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.platform.NotFoundException;

/**
 * Personal API tokens: {@code Authorization: Bearer lp_...}. A token acts as its owner, with the
 * owner's current rights (a disabled owner's tokens stop working at once). The secret is shown
 * once; only its keyed hash is stored, with a visible prefix so people recognise their tokens.
 */
@Service
public class PersonalTokens {

    static final String MARK = "lp_";
    private static final int SECRET_BYTES = 30;
    private static final int PREFIX_LENGTH = MARK.length() + 6;
    private static final int MAX_PRESENTED_LENGTH = 200;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final JdbcClient jdbc;
    private final KeyedHash hash;
    private final AuditLog audit;
    private final TokenSettings settings;

    PersonalTokens(ApiTokens tokens, JdbcClient jdbc, KeyedHash hash, AuditLog audit, TokenSettings settings) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.hash = hash;
        this.audit = audit;
        this.settings = settings;
    }

    /**
     * Issues a token for {@code owner}.
     *
     * @param lifetime how long it lives; null for the configured default
     */
    @Transactional
    public IssuedToken issue(LinchpinUser owner, String name, Duration lifetime) {
        Duration life = lifetime == null ? settings.defaultLifetime() : lifetime;
        if (life.isNegative() || life.isZero() || life.compareTo(settings.maxLifetime()) > 0) {
            throw new InvalidInputException("expiresInDays", "A token lives from 1 day to "
                    + settings.maxLifetime().toDays() + " days");
        }
        String secret = MARK + KeyedHash.randomSecret(SECRET_BYTES);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ApiToken token = tokens.save(new ApiToken(null, owner.id(), name.strip(), secret.substring(0, PREFIX_LENGTH),
                hash.hash(secret), now, now.plus(life), null, null, 0));
        ApiTokenSummary summary = ApiTokenSummary.of(token);
        audit.record(null, "ApiToken", token.id(), "ISSUED", null, summary);
        return new IssuedToken(summary, secret);
    }

    /** The person's tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> of(long userId) {
        return tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId).stream().map(ApiTokenSummary::of).toList();
    }

    /** Revokes one of the person's tokens; someone else's token is not found. Revoking twice changes nothing. */
    @Transactional
    public ApiTokenSummary revoke(long userId, long tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.userId() == userId)
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        if (token.revokedAt() != null) {
            return ApiTokenSummary.of(token);
        }
        ApiToken revoked = tokens.save(token.revoked(Instant.now().truncatedTo(ChronoUnit.MICROS)));
        audit.record(null, "ApiToken", tokenId, "REVOKED", ApiTokenSummary.of(token), ApiTokenSummary.of(revoked));
        return ApiTokenSummary.of(revoked);
    }

    /** The person a presented token acts for; refuses unknown, revoked and expired tokens and disabled people. */
    @Transactional
    ApiTokenAuthentication authenticate(String presented) {
        if (presented.length() > MAX_PRESENTED_LENGTH || !presented.startsWith(MARK)) {
            throw new BadCredentialsException("This is not a Linchpin API token (they start with " + MARK + ").");
        }
        Instant now = Instant.now();
        Holder holder = jdbc.sql("SELECT t.id AS token_id, t.expires_at, t.last_used_at, t.revoked_at, u.*, o.kind "
                        + "FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN organisations o ON o.id = u.organisation_id "
                        + "WHERE t.secret_hash = :hash")
                .param("hash", hash.hash(presented)).query(PersonalTokens::holder).optional()
                .orElseThrow(() -> new BadCredentialsException("Unknown API token."));
        if (holder.revokedAt() != null) {
            throw new CredentialsExpiredException("This API token was revoked on " + holder.revokedAt() + ".");
        }
        if (!holder.expiresAt().isAfter(now)) {
            throw new CredentialsExpiredException("This API token expired on " + holder.expiresAt() + ".");
        }
        if (!holder.user().enabled()) {
            throw new DisabledException("The account this API token belongs to is disabled.");
        }
        if (holder.lastUsedAt() == null || holder.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            tokens.markUsed(holder.tokenId(), now);
        }
        LinchpinUser user = LinchpinUser.of(holder.user(), holder.kind());
        user.eraseCredentials();
        return ApiTokenAuthentication.of(user, holder.tokenId());
    }

    private static Holder holder(ResultSet rs, int row) throws SQLException {
        User user = new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), null, rs.getBoolean("admin"), rs.getBoolean("enabled"),
                rs.getLong("organisation_id"), nullableLong(rs, "department_id"), instant(rs, "created_at"),
                instant(rs, "last_sign_in_at"), rs.getLong("version"));
        return new Holder(rs.getLong("token_id"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"), user, OrganisationKind.valueOf(rs.getString("kind")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private record Holder(long tokenId, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, User user,
            OrganisationKind kind) {
    }
}

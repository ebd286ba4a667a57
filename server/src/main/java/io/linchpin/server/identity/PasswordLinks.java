package io.linchpin.server.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.platform.InvalidInputException;

/**
 * Invitation and password-reset links: issued by an administrator, used once by the person to
 * choose their password. A new link for a person cancels their unused older ones.
 */
@Service
public class PasswordLinks {

    private static final int SECRET_BYTES = 32;

    private final JdbcClient jdbc;
    private final KeyedHash hash;
    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final InvitationSettings settings;

    PasswordLinks(JdbcClient jdbc, KeyedHash hash, Users users, PasswordEncoder passwordEncoder, AuditLog audit,
            InvitationSettings settings) {
        this.jdbc = jdbc;
        this.hash = hash;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.settings = settings;
    }

    /** Who a still-usable link is for, or empty if it is unknown, used, cancelled or expired. */
    @Transactional(readOnly = true)
    public Optional<PendingPassword> open(String secret) {
        return usable(secret).flatMap(link -> users.findById(link.userId())
                .map(user -> new PendingPassword(user.username(), user.displayName(), link.purpose())));
    }

    /** Sets the person's password and uses up the link. */
    @Transactional
    public void choosePassword(String secret, String password, String confirmation) {
        Link link = usable(secret).orElseThrow(() -> new InvalidInputException("link",
                "This link is unknown, used or expired. Ask an administrator for a new one."));
        Passwords.check(password, confirmation);
        User user = users.findById(link.userId()).orElseThrow();
        int claimed = jdbc.sql("UPDATE password_links SET used_at = :now, version = version + 1 WHERE id = :id AND used_at IS NULL")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", link.id()).update();
        if (claimed == 0) {
            throw new InvalidInputException("link", "This link has just been used. Ask an administrator for a new one.");
        }
        users.save(user.withPasswordHash(passwordEncoder.encode(password)));
        audit.recordAs(user.id(), user.username(), null, "User", user.id(), "PASSWORD_SET", null,
                Map.of("purpose", link.purpose().name()));
    }

    /** Issues a link for the person, cancelling their unused older links. Call inside the issuing transaction. */
    @Transactional
    PasswordLink issue(long userId, PasswordLink.Purpose purpose, Long issuedBy) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("UPDATE password_links SET used_at = :now, version = version + 1 WHERE user_id = :userId AND used_at IS NULL")
                .param("now", now).param("userId", userId).update();
        String secret = KeyedHash.randomSecret(SECRET_BYTES);
        Instant expiresAt = now.toInstant().plus(settings.lifetime());
        jdbc.sql("INSERT INTO password_links (user_id, purpose, secret_hash, created_by, created_at, expires_at) "
                        + "VALUES (:userId, :purpose, :hash, :by, :now, :expires)")
                .param("userId", userId).param("purpose", purpose.name()).param("hash", hash.hash(secret))
                .param("by", issuedBy).param("now", now)
                .param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC)).update();
        return new PasswordLink(userId, purpose, secret, expiresAt);
    }

    private Optional<Link> usable(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT l.id, l.user_id, l.purpose FROM password_links l JOIN users u ON u.id = l.user_id "
                        + "WHERE l.secret_hash = :hash AND l.used_at IS NULL AND l.expires_at > :now AND u.enabled = TRUE")
                .param("hash", hash.hash(secret)).param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .query((rs, row) -> new Link(rs.getLong("id"), rs.getLong("user_id"),
                        PasswordLink.Purpose.valueOf(rs.getString("purpose"))))
                .optional();
    }

    /** What the set-password page shows about a usable link. */
    public record PendingPassword(String username, String displayName, PasswordLink.Purpose purpose) {
    }

    private record Link(long id, long userId, PasswordLink.Purpose purpose) {
    }
}

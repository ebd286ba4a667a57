package io.linchpin.server.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HMAC-SHA256 of the secrets we must recognise but never keep: API tokens and password links.
 * They are long random values, so a fast keyed hash is enough (an adaptive hash would only slow
 * every API call); the key keeps a stolen copy of the table useless without it. The key comes from
 * {@code linchpin.tokens.key}, or is generated once and kept in {@code server_secrets} so that
 * every instance sharing the database uses the same one.
 */
@Component
class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String SECRET_NAME = "token-hash-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final String configuredKey;
    private volatile SecretKeySpec key;

    KeyedHash(JdbcClient jdbc, PlatformTransactionManager transactions, TokenSettings settings) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configuredKey = settings.key();
    }

    /** Hex of the keyed hash of {@code secret}. */
    String hash(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    /** A new random secret of {@code bytes} random bytes, URL-safe. */
    static String randomSecret(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    String material = configuredKey == null || configuredKey.isEmpty()
                            ? storedKey() : configuredKey;
                    key = new SecretKeySpec(material.getBytes(StandardCharsets.UTF_8), ALGORITHM);
                }
                current = key;
            }
        }
        return current;
    }

    /**
     * The key kept in the database; two instances starting at once agree on whichever was inserted
     * first. Each step runs in a transaction of its own, so that losing that race never spoils the
     * caller's transaction (PostgreSQL aborts a transaction at its first failed statement).
     */
    private String storedKey() {
        String existing = readStoredKey();
        if (existing != null) {
            return existing;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc
                    .sql("INSERT INTO server_secrets (name, secret, created_at) VALUES (:name, :secret, CURRENT_TIMESTAMP)")
                    .param("name", SECRET_NAME).param("secret", randomSecret(32)).update());
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // Fall through and read the key that instance stored.
        }
        return readStoredKey();
    }

    private String readStoredKey() {
        return ownTransaction.execute(status -> jdbc.sql("SELECT secret FROM server_secrets WHERE name = :name")
                .param("name", SECRET_NAME).query(String.class).optional().orElse(null));
    }
}

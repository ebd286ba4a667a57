package io.linchpin.server.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Personal API tokens. {@code key}: the key of the hash that tokens and password links are stored
 * under; empty means a key generated once and kept in the database. {@code defaultLifetime} and
 * {@code maxLifetime}: how long a new token lives when none or too long a life is asked for.
 */
@ConfigurationProperties("linchpin.tokens")
record TokenSettings(String key, Duration defaultLifetime, Duration maxLifetime) {

    static final int MIN_KEY_LENGTH = 32;

    TokenSettings {
        if (key != null && !key.isEmpty() && key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("linchpin.tokens.key (LINCHPIN_TOKENS_KEY) must be at least "
                    + MIN_KEY_LENGTH + " characters long, or empty to let Linchpin keep a generated key in the database");
        }
        if (defaultLifetime == null || maxLifetime == null || defaultLifetime.isNegative() || defaultLifetime.isZero()
                || defaultLifetime.compareTo(maxLifetime) > 0) {
            throw new IllegalArgumentException("linchpin.tokens.default-lifetime must be positive and at most "
                    + "linchpin.tokens.max-lifetime, not " + defaultLifetime + " and " + maxLifetime);
        }
    }
}

package io.linchpin.server.identity;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Secrets that open a URL without signing in (calendar feeds): long random values, kept only as
 * their keyed hash, the same one API tokens use.
 */
@Component
public class FeedSecrets {

    private final KeyedHash hash;
    private final UserAccounts users;
    private final LinchpinUserDetailsService details;

    FeedSecrets(KeyedHash hash, UserAccounts users, LinchpinUserDetailsService details) {
        this.hash = hash;
        this.users = users;
        this.details = details;
    }

    /**
     * The person a feed reads as, with their rights as they are now; empty when they were
     * disabled, so that their feeds go dark with their account.
     */
    public Optional<LinchpinUser> owner(long userId) {
        return users.find(userId).filter(UserSummary::enabled)
                .map(u -> (LinchpinUser) details.loadUserByUsername(u.username()));
    }

    /** A new secret and the hash to store for it. */
    public record Issued(String secret, String hash) {
    }

    public Issued issue() {
        String secret = KeyedHash.randomSecret(30);
        return new Issued(secret, hash.hash(secret));
    }

    /** The hash to look a presented secret up by. */
    public String hash(String secret) {
        return hash.hash(secret);
    }
}

package io.linchpin.server.identity;

import java.time.Instant;

/**
 * A one-time link that lets a person choose a password: an invitation to a new account, or a
 * password reset. {@code secret} goes into the link ({@code /set-password/{secret}}); it is shown
 * once and only its keyed hash is stored.
 */
public record PasswordLink(long userId, Purpose purpose, String secret, Instant expiresAt) {

    public enum Purpose {
        INVITATION, RESET
    }

    public String path() {
        return "/set-password/" + secret;
    }
}

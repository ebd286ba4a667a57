package io.linchpin.server.identity;

import java.nio.charset.StandardCharsets;

import io.linchpin.server.platform.InvalidInputException;

/** What a chosen password must be. bcrypt reads at most 72 bytes, so longer ones are refused, not cut. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private Passwords() {
    }

    static void check(String password, String confirmation) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "Use at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException("password", "Use at most " + MAX_BYTES + " bytes (72 plain letters)");
        }
        if (password.isBlank()) {
            throw new InvalidInputException("password", "A password cannot be only spaces");
        }
        if (!password.equals(confirmation)) {
            throw new InvalidInputException("confirmation", "The two passwords differ");
        }
    }
}

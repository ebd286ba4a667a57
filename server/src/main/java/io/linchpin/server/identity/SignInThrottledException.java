package io.linchpin.server.identity;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Sign-in is paused for this username or client address after too many failed attempts. */
public class SignInThrottledException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant until;

    SignInThrottledException(Instant until) {
        super("Too many failed sign-ins for this username or from this address. Sign-in is paused until " + until + ".");
        this.until = until;
    }

    public Instant until() {
        return until;
    }

    /** What the person reads: how long to wait, rounded up to the minute. */
    public String advice(Instant now) {
        long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
        return "Too many failed sign-ins for this username or from this address. Try again in " + minutes
                + (minutes == 1 ? " minute." : " minutes.");
    }
}

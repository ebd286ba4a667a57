package io.linchpin.server.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttling of failed sign-ins: {@code maxFailures} wrong passwords for one username, or
 * {@code maxFailuresPerAddress} from one client address, within {@code lockout} pause sign-in for
 * that username or address for {@code lockout}.
 */
@ConfigurationProperties("linchpin.sign-in")
record SignInSettings(int maxFailures, int maxFailuresPerAddress, Duration lockout) {

    SignInSettings {
        if (maxFailures < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("linchpin.sign-in.max-failures and max-failures-per-address must be at least 1, not "
                    + maxFailures + " and " + maxFailuresPerAddress);
        }
        if (lockout == null || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("linchpin.sign-in.lockout must be a positive duration such as 15m, not " + lockout);
        }
    }
}

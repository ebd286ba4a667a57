package io.linchpin.server.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long an invitation or password-reset link stays usable. */
@ConfigurationProperties("linchpin.invitations")
record InvitationSettings(Duration lifetime) {

    InvitationSettings {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("linchpin.invitations.lifetime must be a positive duration such as 7d, not " + lifetime);
        }
    }
}

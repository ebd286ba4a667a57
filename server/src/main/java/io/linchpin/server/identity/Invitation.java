package io.linchpin.server.identity;

/** A person just invited, and the one-time link that lets them choose their password. */
public record Invitation(UserSummary user, PasswordLink link) {
}

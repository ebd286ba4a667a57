package io.linchpin.server.identity;

/** A token just issued, with its secret: the only time the secret is ever shown. */
public record IssuedToken(ApiTokenSummary token, String secret) {
}

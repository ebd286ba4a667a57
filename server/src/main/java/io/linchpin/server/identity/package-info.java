/**
 * Who people are and what they may do: users, sign-in, sessions, API tokens, the audit log.
 * Other capabilities see the signed-in person as {@link io.linchpin.server.identity.LinchpinUser}.
 */
package io.linchpin.server.identity;

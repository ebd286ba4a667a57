/**
 * Who people are and what they may do outside projects: users and their organisations (internal
 * or external), sign-in with throttling, sessions in the database, personal API tokens,
 * invitation and password-reset links, and the audit log every capability writes to.
 * Other capabilities see the signed-in person as {@link io.linchpin.server.identity.LinchpinUser};
 * a person with {@code external()} never gets a project role and sees only what is put to them.
 */
package io.linchpin.server.identity;

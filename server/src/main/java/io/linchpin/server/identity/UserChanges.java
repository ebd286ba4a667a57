package io.linchpin.server.identity;

/** The editable fields of an account, all at once, based on the {@code version} the editor saw. */
public record UserChanges(String displayName, String email, long organisationId, Long departmentId, boolean admin,
        boolean enabled, long version) {
}

package io.linchpin.server.identity;

/**
 * A person to invite. {@code organisationId} null means the install's own organisation;
 * {@code departmentId} must belong to the organisation.
 */
public record NewUser(String username, String displayName, String email, Long organisationId, Long departmentId,
        boolean admin) {
}

package io.linchpin.server.identity;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as every capability sees them (through {@code @AuthenticationPrincipal}).
 * Project roles are not here: they are per project and checked by the projects capability.
 *
 * <p>Authorities: {@code ROLE_USER} for everyone; {@code ROLE_INTERNAL} or {@code ROLE_EXTERNAL}
 * from the person's organisation; {@code ROLE_ADMIN} for administrators (always internal).
 */
public final class LinchpinUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 2L;

    private final long id;
    private final String username;
    private final String displayName;
    private final long organisationId;
    private final boolean external;
    private final boolean admin;
    private final boolean enabled;
    private String passwordHash;

    private LinchpinUser(User user, boolean external) {
        this.id = user.id();
        this.username = user.username();
        this.displayName = user.displayName();
        this.organisationId = user.organisationId();
        this.external = external;
        this.admin = user.admin() && !external;
        this.enabled = user.enabled();
        this.passwordHash = user.passwordHash();
    }

    static LinchpinUser of(User user, OrganisationKind kind) {
        return new LinchpinUser(user, kind == OrganisationKind.EXTERNAL);
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public long organisationId() {
        return organisationId;
    }

    /**
     * A person of an outside party (a vendor, an outside expert). The rule every capability keeps:
     * an external person is never a project member and sees nothing of a project as a whole — no
     * portfolio entry, task list, member list, audit log or user directory — only the objects put
     * to them by name (their vendor's purchase orders, the consultations addressed to them).
     */
    public boolean external() {
        return external;
    }

    /** Administrators manage users and may see every project. Only internal people are administrators. */
    public boolean admin() {
        return admin;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>(3);
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        authorities.add(new SimpleGrantedAuthority(external ? "ROLE_EXTERNAL" : "ROLE_INTERNAL"));
        if (admin) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinchpinUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}

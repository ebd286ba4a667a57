package io.linchpin.server.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as every capability sees them (through {@code @AuthenticationPrincipal}).
 * Project roles are not here: they are per project and checked by the projects capability.
 */
public final class LinchpinUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private final boolean admin;
    private final boolean enabled;
    private String passwordHash;

    LinchpinUser(long id, String username, String displayName, boolean admin, boolean enabled, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.admin = admin;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    static LinchpinUser of(User user) {
        return new LinchpinUser(user.id(), user.username(), user.displayName(), user.admin(), user.enabled(),
                user.passwordHash());
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Administrators manage users and may see every project. */
    public boolean admin() {
        return admin;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
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

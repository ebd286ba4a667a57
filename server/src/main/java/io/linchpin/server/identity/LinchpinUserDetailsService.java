package io.linchpin.server.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class LinchpinUserDetailsService implements UserDetailsService {

    private final Users users;
    private final Organisations organisations;

    LinchpinUserDetailsService(Users users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    /**
     * A person whose invitation or password reset is pending has no password: for sign-in they do
     * not exist yet (which also keeps the password check from meeting a missing hash).
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .filter(user -> user.passwordHash() != null)
                .map(user -> LinchpinUser.of(user, organisations.kindOf(user.organisationId())))
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username + " with a password"));
    }
}

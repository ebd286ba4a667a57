package io.linchpin.server.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.platform.InvalidInputException;

/** The user accounts other capabilities (and the demo data) may read and create. */
@Service
public class UserAccounts {

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final OrganisationDirectory organisations;

    UserAccounts(Users users, PasswordEncoder passwordEncoder, OrganisationDirectory organisations) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.organisations = organisations;
    }

    /** Creates a person of the install's own organisation. */
    @Transactional
    public UserSummary create(String username, String displayName, String email, String password, boolean admin) {
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "The username " + username + " is taken");
        }
        return UserSummary.of(users.save(User.create(username, displayName, email, passwordEncoder.encode(password),
                admin, organisations.homeOrganisationId())));
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long id) {
        return users.findById(id).map(UserSummary::of);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username).map(UserSummary::of);
    }

    @Transactional(readOnly = true)
    public List<UserSummary> findAll(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(UserSummary::of).toList();
    }

    /** Whether the person belongs to an external organisation (a vendor, an outside expert). */
    @Transactional(readOnly = true)
    public boolean isExternal(long userId) {
        return users.findById(userId).map(user -> organisations.isExternal(user.organisationId())).orElse(false);
    }
}

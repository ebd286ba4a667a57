package io.linchpin.server.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.platform.InvalidInputException;

/** The user accounts other capabilities (and the demo data) may read and create. */
@Service
public class UserAccounts {

    /** Letters, digits, dot, dash and underscore: safe in URLs, logs and mentions. */
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    private final Users users;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;
    private final OrganisationDirectory directory;
    private final AuditLog audit;

    UserAccounts(Users users, Organisations organisations, PasswordEncoder passwordEncoder,
            OrganisationDirectory directory, AuditLog audit) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
        this.audit = audit;
    }

    /** Creates a person of the install's own organisation with a password (demo data, tests). */
    @Transactional
    public UserSummary create(String username, String displayName, String email, String password, boolean admin) {
        checkNewUsername(username);
        User user = users.save(User.create(username, displayName, email, passwordEncoder.encode(password), admin,
                directory.homeOrganisationId()));
        UserSummary summary = UserSummary.of(user, OrganisationKind.INTERNAL);
        audit.record(null, "User", user.id(), "CREATED", null, summary);
        return summary;
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long id) {
        return users.findById(id).map(this::summary);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username).map(this::summary);
    }

    @Transactional(readOnly = true)
    public List<UserSummary> findAll(Collection<Long> ids) {
        Map<Long, OrganisationKind> kinds = kinds();
        return users.findAllById(ids).stream().map(user -> UserSummary.of(user, kinds.get(user.organisationId()))).toList();
    }

    /** People whose username or name contains {@code query} (any case), by username; everyone for a blank query. */
    @Transactional(readOnly = true)
    public Page<UserSummary> search(String query, Pageable pageable) {
        Map<Long, OrganisationKind> kinds = kinds();
        Pageable byUsername = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        Page<User> page = query == null || query.isBlank() ? users.findAll(byUsername)
                : users.findByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(query.strip(), query.strip(),
                        byUsername);
        return page.map(user -> UserSummary.of(user, kinds.get(user.organisationId())));
    }

    void checkNewUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username",
                    "Use 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "The username " + username + " is taken");
        }
    }

    UserSummary summary(User user) {
        return UserSummary.of(user, organisations.kindOf(user.organisationId()));
    }

    private Map<Long, OrganisationKind> kinds() {
        return organisations.findAll().stream().collect(Collectors.toMap(Organisation::id, Organisation::kind));
    }
}

package io.linchpin.server.identity;

import java.time.Instant;
import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.platform.NotFoundException;

/**
 * What administrators do to accounts: invite, edit, disable and enable, grant and revoke
 * administration, reset passwords. Every change is audited; a change of rights ends the person's
 * sessions (they sign in again with the new rights). The callers (the admin pages and API) check
 * that the caller is an administrator.
 */
@Service
public class UserAdministration {

    private final Users users;
    private final UserAccounts accounts;
    private final OrganisationDirectory directory;
    private final PasswordLinks links;
    private final SignedInSessions sessions;
    private final AuditLog audit;

    UserAdministration(Users users, UserAccounts accounts, OrganisationDirectory directory, PasswordLinks links,
            SignedInSessions sessions, AuditLog audit) {
        this.users = users;
        this.accounts = accounts;
        this.directory = directory;
        this.links = links;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Creates the account without a password and issues the invitation link. */
    @Transactional
    public Invitation invite(NewUser newUser) {
        accounts.checkNewUsername(newUser.username());
        long organisationId = newUser.organisationId() == null ? directory.homeOrganisationId() : newUser.organisationId();
        OrganisationSummary organisation = checkPlacement(organisationId, newUser.departmentId());
        checkAdminIsInternal(newUser.admin(), organisation);
        User created = users.save(new User(null, newUser.username(), newUser.displayName().strip(),
                blankToNull(newUser.email()), null, newUser.admin(), true, organisationId, newUser.departmentId(),
                Instant.now(), null, 0));
        UserSummary summary = accounts.summary(created);
        audit.record(null, "User", created.id(), "INVITED", null, summary);
        PasswordLink link = links.issue(created.id(), PasswordLink.Purpose.INVITATION, actorId());
        return new Invitation(summary, link);
    }

    /** Replaces the editable fields; a stale {@code version} gets a conflict with the current account. */
    @Transactional
    public UserSummary update(long id, UserChanges changes) {
        User user = load(id);
        if (user.version() != changes.version()) {
            throw new ConflictException("User " + id + " was changed by someone else (version " + user.version()
                    + ", yours " + changes.version() + ")", accounts.summary(user));
        }
        OrganisationSummary organisation = checkPlacement(changes.organisationId(), changes.departmentId());
        checkAdminIsInternal(changes.admin(), organisation);
        if (user.admin() && (!changes.admin() || !changes.enabled())) {
            checkNotLastAdmin(user);
        }
        if (!changes.enabled()) {
            checkNotSelf(user, "disable");
        }
        User changed = user.withProfile(changes.displayName().strip(), blankToNull(changes.email()),
                changes.organisationId(), changes.departmentId()).withAdmin(changes.admin()).withEnabled(changes.enabled());
        return save(user, changed, "UPDATED", rightsChanged(user, changed));
    }

    @Transactional
    public UserSummary setEnabled(long id, boolean enabled) {
        User user = load(id);
        if (user.enabled() == enabled) {
            return accounts.summary(user);
        }
        if (!enabled) {
            checkNotSelf(user, "disable");
            if (user.admin()) {
                checkNotLastAdmin(user);
            }
        }
        return save(user, user.withEnabled(enabled), enabled ? "ENABLED" : "DISABLED", true);
    }

    @Transactional
    public UserSummary setAdmin(long id, boolean admin) {
        User user = load(id);
        if (user.admin() == admin) {
            return accounts.summary(user);
        }
        if (admin) {
            checkAdminIsInternal(true, directory.organisation(user.organisationId()).orElseThrow());
        } else {
            checkNotSelf(user, "remove administration from");
            checkNotLastAdmin(user);
        }
        return save(user, user.withAdmin(admin), admin ? "ADMIN_GRANTED" : "ADMIN_REVOKED", true);
    }

    /** Clears the password at once (the old one stops working) and issues a one-time link to choose a new one. */
    @Transactional
    public PasswordLink resetPassword(long id) {
        User user = load(id);
        save(user, user.withPasswordHash(null), "PASSWORD_RESET", true);
        return links.issue(id, PasswordLink.Purpose.RESET, actorId());
    }

    private UserSummary save(User before, User after, String action, boolean endSessions) {
        User saved;
        try {
            saved = users.save(after);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("User " + before.id() + " was changed by someone else meanwhile",
                    accounts.summary(load(before.id())));
        }
        UserSummary summary = accounts.summary(saved);
        audit.record(null, "User", saved.id(), action, accounts.summary(before), summary);
        if (endSessions) {
            sessions.endAllOf(saved.username());
        }
        return summary;
    }

    private User load(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private OrganisationSummary checkPlacement(long organisationId, Long departmentId) {
        OrganisationSummary organisation = directory.organisation(organisationId).orElseThrow(
                () -> new InvalidInputException("organisationId", "There is no organisation " + organisationId));
        if (departmentId != null) {
            DepartmentSummary department = directory.department(departmentId).orElseThrow(
                    () -> new InvalidInputException("departmentId", "There is no department " + departmentId));
            if (department.organisationId() != organisationId) {
                throw new InvalidInputException("departmentId", "The department " + department.name()
                        + " belongs to another organisation");
            }
        }
        return organisation;
    }

    private static void checkAdminIsInternal(boolean admin, OrganisationSummary organisation) {
        if (admin && organisation.external()) {
            throw new InvalidInputException("admin", "People of an external organisation (" + organisation.name()
                    + ") cannot be administrators");
        }
    }

    private void checkNotLastAdmin(User user) {
        if (user.admin() && user.enabled() && users.countByAdminTrueAndEnabledTrue() <= 1) {
            throw new InvalidInputException("admin", user.username()
                    + " is the last enabled administrator: make someone else administrator first");
        }
    }

    private static void checkNotSelf(User user, String what) {
        CurrentUser.get().filter(me -> me.id() == user.id()).ifPresent(me -> {
            throw new InvalidInputException("id", "You cannot " + what + " your own account");
        });
    }

    private static boolean rightsChanged(User before, User after) {
        return before.admin() != after.admin() || before.enabled() != after.enabled()
                || !Objects.equals(before.organisationId(), after.organisationId());
    }

    private static Long actorId() {
        return CurrentUser.get().map(LinchpinUser::id).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

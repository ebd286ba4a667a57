package io.linchpin.server.projects;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.identity.UserSummary;
import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.platform.NotFoundException;
import io.linchpin.server.projects.ProjectStore.MemberRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Who works on a project, in which role. Managers add and remove members and viewers; owners also
 * manage managers and owners. The project's owner stays an owner until ownership is handed over.
 * People of an external organisation get no project role: they will see only what is put to them.
 */
@Service
@Validated
public class MemberService {

    private final ProjectStore store;
    private final ProjectAccess access;
    private final UserAccounts users;
    private final ProjectAudit audit;

    MemberService(ProjectStore store, ProjectAccess access, UserAccounts users, ProjectAudit audit) {
        this.store = store;
        this.access = access;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<MemberView> members(long projectId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        List<MemberRow> rows = store.members(projectId);
        Map<Long, UserRef> people = UserRefs.of(users, rows.stream().map(MemberRow::userId).toList());
        return rows.stream().map(r -> view(r, people.get(r.userId()))).toList();
    }

    @Transactional
    public MemberView add(long projectId, LinchpinUser user, @Valid MemberDraft draft) {
        ProjectRole mine = access.require(projectId, user, ProjectRole.MANAGER);
        mayGrant(mine, draft.role());
        UserSummary person = person(draft);
        if (UserRefs.external(users, person.id())) {
            throw new InvalidInputException("userId", person.username() + " belongs to an external organisation: "
                    + "external people cannot be owners, managers, members or viewers of a project; they see only "
                    + "what is put to them");
        }
        if (store.member(projectId, person.id()).isPresent()) {
            throw new InvalidInputException("userId", person.username() + " is a member of this project already");
        }
        store.insertMember(projectId, person.id(), draft.role(), Instant.now());
        MemberView added = view(store.member(projectId, person.id()).orElseThrow(), UserRef.of(person));
        audit.record(projectId, "ProjectMember", person.id(), "CREATED", null, added);
        return added;
    }

    @Transactional
    public MemberView changeRole(long projectId, long userId, LinchpinUser user, long expectedVersion,
            @NotNull ProjectRole role) {
        ProjectRole mine = access.require(projectId, user, ProjectRole.MANAGER);
        MemberRow current = store.member(projectId, userId).orElseThrow(() -> new NotFoundException("Member", userId));
        UserRef person = users.find(userId).map(UserRef::of).orElseThrow();
        if (current.version() != expectedVersion) {
            throw stale(current, person, expectedVersion);
        }
        mayGrant(mine, current.role());
        mayGrant(mine, role);
        if (role != ProjectRole.OWNER && isProjectOwner(projectId, userId)) {
            throw new InvalidInputException("role", person.username() + " owns the project: hand the project to "
                    + "another owner before changing their role");
        }
        if (!store.updateMember(projectId, userId, role, expectedVersion)) {
            throw stale(store.member(projectId, userId).orElseThrow(), person, expectedVersion);
        }
        MemberView before = view(current, person);
        MemberView after = view(store.member(projectId, userId).orElseThrow(), person);
        audit.record(projectId, "ProjectMember", userId, "UPDATED", before, after);
        return after;
    }

    @Transactional
    public void remove(long projectId, long userId, LinchpinUser user) {
        ProjectRole mine = access.require(projectId, user, ProjectRole.MANAGER);
        MemberRow current = store.member(projectId, userId).orElseThrow(() -> new NotFoundException("Member", userId));
        mayGrant(mine, current.role());
        UserRef person = users.find(userId).map(UserRef::of).orElseThrow();
        if (isProjectOwner(projectId, userId)) {
            throw new InvalidInputException("userId", person.username() + " owns the project: hand the project to "
                    + "another owner before removing them");
        }
        store.deleteMember(projectId, userId);
        audit.record(projectId, "ProjectMember", userId, "DELETED", view(current, person), null);
    }

    private boolean isProjectOwner(long projectId, long userId) {
        return store.find(projectId).map(p -> p.ownerId() == userId).orElse(false);
    }

    /** Managers grant and take away the member and viewer roles; owners any role. */
    private static void mayGrant(ProjectRole mine, ProjectRole role) {
        if (role.atLeast(ProjectRole.MANAGER) && mine != ProjectRole.OWNER) {
            throw new AccessDeniedException("Only an owner of the project may grant or take away the "
                    + role.label() + " role.");
        }
    }

    private UserSummary person(MemberDraft draft) {
        if (draft.userId() != null) {
            return users.find(draft.userId())
                    .orElseThrow(() -> new InvalidInputException("userId", "no user " + draft.userId()));
        }
        if (draft.username() != null && !draft.username().isBlank()) {
            return users.findByUsername(draft.username().strip())
                    .orElseThrow(() -> new InvalidInputException("username", "no user " + draft.username()));
        }
        throw new InvalidInputException("userId", "name the person by userId or username");
    }

    private static ConflictException stale(MemberRow current, UserRef person, long expectedVersion) {
        return new ConflictException("The membership was changed by someone else: it is at version "
                + current.version() + ", your change was based on version " + expectedVersion + ".",
                view(current, person));
    }

    private static MemberView view(MemberRow row, UserRef person) {
        return new MemberView(row.projectId(), person, row.role(), row.addedAt(), row.version());
    }
}

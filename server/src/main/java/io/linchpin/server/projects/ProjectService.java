package io.linchpin.server.projects;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
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
import io.linchpin.server.projects.ProjectStore.ProjectRow;
import jakarta.validation.Valid;

/** The portfolio: creating, reading, changing and deleting projects. */
@Service
@Validated
public class ProjectService {

    private static final Map<String, String> SORTS = Map.of("code", "p.code", "name", "LOWER(p.name)",
            "status", "p.status", "plannedStart", "p.planned_start", "committedFinish", "p.committed_finish",
            "updatedAt", "p.updated_at");

    private final ProjectStore store;
    private final WorkflowStore workflows;
    private final ProjectAccess access;
    private final UserAccounts users;
    private final ProjectAudit audit;
    private final ApplicationEventPublisher events;

    ProjectService(ProjectStore store, WorkflowStore workflows, ProjectAccess access, UserAccounts users,
            ProjectAudit audit, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.workflows = workflows;
        this.access = access;
        this.users = users;
        this.audit = audit;
    }

    /** The projects the person may see (all of them for an administrator). */
    @Transactional(readOnly = true)
    public PageOf<ProjectView> portfolio(LinchpinUser user, ProjectQuery query) {
        StringBuilder filter = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!user.admin()) {
            filter.append(" AND p.id IN (SELECT project_id FROM project_members WHERE user_id = :user)");
            params.put("user", user.id());
        }
        if (query.status() != null) {
            filter.append(" AND p.status = :status");
            params.put("status", query.status().name());
        }
        if (query.text() != null && !query.text().isBlank()) {
            filter.append(" AND (LOWER(p.code) LIKE :text ESCAPE '\\' OR LOWER(p.name) LIKE :text ESCAPE '\\')");
            params.put("text", Sql.contains(query.text().strip()));
        }
        String order = Sorting.orderBy(query.sort(), SORTS, "code", "p.id");
        long total = store.count(filter.toString(), params);
        List<ProjectRow> rows = store.page(filter.toString(), params, order, query.size(), (long) query.page() * query.size());
        Map<Long, ProjectRole> roles = store.rolesOf(user.id(), rows.stream().map(ProjectRow::id).toList());
        Map<Long, UserRef> owners = UserRefs.of(users, rows.stream().map(ProjectRow::ownerId).toList());
        List<ProjectView> views = rows.stream()
                .map(r -> view(r, owners.get(r.ownerId()), user.admin() ? ProjectRole.OWNER : roles.get(r.id())))
                .toList();
        return PageOf.of(views, query.page(), query.size(), total);
    }

    @Transactional(readOnly = true)
    public ProjectView get(long projectId, LinchpinUser user) {
        ProjectRole role = access.require(projectId, user, ProjectRole.VIEWER);
        return view(store.find(projectId).orElseThrow(), role);
    }

    /** Creates a project with the default workflow; its owner (the creator unless named) becomes a member. */
    @Transactional
    public ProjectView create(LinchpinUser user, @Valid ProjectDraft draft) {
        if (UserRefs.external(users, user.id())) {
            throw new AccessDeniedException("People of an external organisation cannot create projects.");
        }
        Problems problems = new Problems();
        long ownerId = draft.ownerId() == null ? user.id() : draft.ownerId();
        if (draft.ownerId() != null) {
            checkOwner(ownerId, problems);
        }
        String zone = ProjectRules.timeZone(draft.timeZone(), problems);
        String currency = ProjectRules.currency(draft.currency(), problems);
        ProjectRules.dates(draft.plannedStart(), draft.committedFinish(), problems);
        if (store.codeTaken(draft.code(), null)) {
            problems.add("code", "the code " + draft.code() + " is taken by another project");
        }
        problems.throwIfAny("The project cannot be created");
        Instant now = Instant.now();
        ProjectRow row = new ProjectRow(0, draft.code(), draft.name(), draft.description(), ownerId, zone, currency,
                draft.status() == null ? ProjectStatus.ACTIVE : draft.status(), draft.plannedStart(),
                draft.committedFinish(), now, now, 0);
        long id;
        try {
            id = store.insert(row);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("code", "the code " + draft.code() + " is taken by another project");
        }
        store.insertMember(id, ownerId, ProjectRole.OWNER, now);
        if (ownerId != user.id() && !user.admin()) {
            store.insertMember(id, user.id(), ProjectRole.OWNER, now);
        }
        workflows.createDefault(id);
        events.publishEvent(TasksChanged.structure(id, "project created"));
        ProjectView created = view(store.find(id).orElseThrow(), null);
        audit.record(id, "Project", id, "CREATED", null, created);
        return created.withRole(access.require(id, user, ProjectRole.VIEWER));
    }

    /** Changes a project; managers may, except that handing it to another owner needs the owner role. */
    @Transactional
    public ProjectView update(long projectId, LinchpinUser user, long expectedVersion, @Valid ProjectChanges changes) {
        ProjectRole role = access.require(projectId, user,
                changes.has("ownerId") ? ProjectRole.OWNER : ProjectRole.MANAGER);
        ProjectRow current = store.find(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
        if (current.version() != expectedVersion) {
            throw stale(current, role, expectedVersion);
        }
        Problems problems = new Problems();
        String code = current.code();
        if (changes.has("code")) {
            code = required(changes.getCode(), "code", problems, current.code());
            if (!code.equals(current.code()) && store.codeTaken(code, projectId)) {
                problems.add("code", "the code " + code + " is taken by another project");
            }
        }
        String name = changes.has("name") ? required(changes.getName(), "name", problems, current.name()) : current.name();
        String zone = current.timeZone();
        if (changes.has("timeZone")) {
            zone = ProjectRules.timeZone(required(changes.getTimeZone(), "timeZone", problems, zone), problems);
        }
        String currency = current.currency();
        if (changes.has("currency")) {
            currency = ProjectRules.currency(required(changes.getCurrency(), "currency", problems, currency), problems);
        }
        ProjectStatus status = current.status();
        if (changes.has("status")) {
            status = changes.getStatus() == null ? cleared("status", problems, status) : changes.getStatus();
        }
        long ownerId = current.ownerId();
        if (changes.has("ownerId")) {
            ownerId = changes.getOwnerId() == null ? cleared("ownerId", problems, ownerId) : changes.getOwnerId();
            if (ownerId != current.ownerId()) {
                checkOwner(ownerId, problems);
            }
        }
        ProjectRow changed = new ProjectRow(projectId, code, name,
                changes.has("description") ? changes.getDescription() : current.description(), ownerId, zone, currency,
                status, changes.has("plannedStart") ? changes.getPlannedStart() : current.plannedStart(),
                changes.has("committedFinish") ? changes.getCommittedFinish() : current.committedFinish(),
                current.createdAt(), Instant.now(), current.version());
        ProjectRules.dates(changed.plannedStart(), changed.committedFinish(), problems);
        problems.throwIfAny("The project cannot be changed");
        try {
            if (!store.update(changed)) {
                throw stale(store.find(projectId).orElseThrow(), role, expectedVersion);
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("code", "the code " + code + " is taken by another project");
        }
        if (ownerId != current.ownerId()) {
            makeOwner(projectId, ownerId);
        }
        if (!Objects.equals(changed.plannedStart(), current.plannedStart())) {
            events.publishEvent(TasksChanged.structure(projectId, "planned start moved to " + changed.plannedStart()));
        }
        ProjectView before = view(current, null);
        ProjectView after = view(store.find(projectId).orElseThrow(), null);
        audit.record(projectId, "Project", projectId, "UPDATED", before, after);
        return after.withRole(role);
    }

    /** Deletes a project and all its work (its history stays in the audit log). Owners only. */
    @Transactional
    public void delete(long projectId, LinchpinUser user, Long expectedVersion) {
        ProjectRole role = access.requireExclusive(projectId, user, ProjectRole.OWNER);
        ProjectRow current = store.find(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw stale(current, role, expectedVersion);
        }
        store.delete(projectId);
        audit.record(projectId, "Project", projectId, "DELETED", view(current, null), null);
    }

    private void makeOwner(long projectId, long ownerId) {
        var member = store.member(projectId, ownerId);
        if (member.isEmpty()) {
            store.insertMember(projectId, ownerId, ProjectRole.OWNER, Instant.now());
        } else if (member.get().role() != ProjectRole.OWNER) {
            store.updateMember(projectId, ownerId, ProjectRole.OWNER, member.get().version());
        }
    }

    private void checkOwner(long ownerId, Problems problems) {
        UserSummary owner = users.find(ownerId).orElse(null);
        if (owner == null) {
            problems.add("ownerId", "no user " + ownerId);
        } else if (UserRefs.external(users, ownerId)) {
            problems.add("ownerId", owner.username() + " belongs to an external organisation and cannot own a project");
        }
    }

    private static <T> T required(T value, String field, Problems problems, T unchanged) {
        return value == null ? cleared(field, problems, unchanged) : value;
    }

    private static <T> T cleared(String field, Problems problems, T unchanged) {
        problems.add(field, "is required and cannot be cleared");
        return unchanged;
    }

    private ConflictException stale(ProjectRow current, ProjectRole role, long expectedVersion) {
        return new ConflictException("The project was changed by someone else: it is at version " + current.version()
                + ", your change was based on version " + expectedVersion + ".", view(current, role));
    }

    private ProjectView view(ProjectRow row, ProjectRole role) {
        return view(row, users.find(row.ownerId()).map(UserRef::of).orElse(null), role);
    }

    private static ProjectView view(ProjectRow r, UserRef owner, ProjectRole role) {
        return new ProjectView(r.id(), r.code(), r.name(), r.description(), owner, r.timeZone(), r.currency(),
                r.status(), r.plannedStart(), r.committedFinish(), role, r.createdAt(), r.updatedAt(), r.version());
    }
}

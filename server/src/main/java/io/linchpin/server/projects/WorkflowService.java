package io.linchpin.server.projects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.platform.NotFoundException;
import io.linchpin.server.projects.TaskStore.TaskRow;
import io.linchpin.server.projects.WorkflowStore.HistoryRow;
import jakarta.validation.Valid;

/**
 * Each project's workflow — its statuses and the allowed moves between them, each with the lowest
 * role that may make it — and the moves of tasks along it, kept as their history.
 */
@Service
@Validated
public class WorkflowService {

    private final WorkflowStore workflows;
    private final TaskStore tasks;
    private final TaskService taskViews;
    private final ProjectAccess access;
    private final UserAccounts users;
    private final ProjectAudit audit;

    WorkflowService(WorkflowStore workflows, TaskStore tasks, TaskService taskViews,
            ProjectAccess access, UserAccounts users, ProjectAudit audit) {
        this.workflows = workflows;
        this.tasks = tasks;
        this.taskViews = taskViews;
        this.access = access;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public WorkflowView workflow(long projectId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        return view(projectId);
    }

    /**
     * Replaces the project's workflow as a whole (managers). Statuses keep their tasks by ID; a
     * status still holding tasks cannot be left out.
     */
    @Transactional
    public WorkflowView replace(long projectId, LinchpinUser user, long expectedVersion,
            @Valid WorkflowDraft draft) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
        WorkflowView current = view(projectId);
        if (current.version() != expectedVersion) {
            throw new ConflictException("The workflow was changed by someone else: it is at version "
                    + current.version() + ", your change was based on version " + expectedVersion + ".", current);
        }
        Problems problems = new Problems();
        Map<Long, StatusView> existing = current.statuses().stream()
                .collect(Collectors.toMap(StatusView::id, s -> s));
        Map<String, Integer> byName = new HashMap<>();
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < draft.statuses().size(); i++) {
            WorkflowDraft.Status status = draft.statuses().get(i);
            if (status.name().isBlank()) {
                problems.add("statuses[" + i + "].name", "must not be blank");
            } else if (byName.putIfAbsent(key(status.name()), i) != null) {
                problems.add("statuses[" + i + "].name", "another status is called " + status.name());
            }
            if (status.id() != null && !existing.containsKey(status.id())) {
                problems.add("statuses[" + i + "].id", "no status " + status.id() + " in this project's workflow");
            } else if (status.id() != null && !kept.add(status.id())) {
                problems.add("statuses[" + i + "].id", "status " + status.id() + " is listed twice");
            }
        }
        for (StatusView old : current.statuses()) {
            long holding = kept.contains(old.id()) ? 0 : workflows.tasksIn(old.id());
            if (holding > 0) {
                problems.add("statuses", old.name() + " still holds " + holding + " task(s): keep it (by its id) or "
                        + "move its tasks to another status first");
            }
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < draft.transitions().size(); i++) {
            WorkflowDraft.Transition t = draft.transitions().get(i);
            String at = "transitions[" + i + "]";
            if (!byName.containsKey(key(t.from()))) {
                problems.add(at + ".from", "no status " + t.from() + " in this workflow");
            }
            if (!byName.containsKey(key(t.to()))) {
                problems.add(at + ".to", "no status " + t.to() + " in this workflow");
            }
            if (key(t.from()).equals(key(t.to()))) {
                problems.add(at + ".to", "a transition must lead to another status");
            } else if (!pairs.add(key(t.from()) + "\n" + key(t.to()))) {
                problems.add(at, "the transition from " + t.from() + " to " + t.to() + " is listed twice");
            }
        }
        problems.throwIfAny("The workflow cannot be saved");

        workflows.deleteTransitions(projectId);
        for (StatusView old : current.statuses()) {
            if (kept.contains(old.id())) {
                // A temporary name first, so that statuses may swap names without breaking uniqueness.
                workflows.updateStatus(old.id(), "#" + old.id(), old.category(), old.position());
            } else {
                workflows.deleteStatus(old.id());
            }
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < draft.statuses().size(); i++) {
            WorkflowDraft.Status status = draft.statuses().get(i);
            if (status.id() == null) {
                ids.add(workflows.insertStatus(projectId, status.name(), status.category(), i + 1));
            } else {
                workflows.updateStatus(status.id(), status.name(), status.category(), i + 1);
                ids.add(status.id());
            }
        }
        for (WorkflowDraft.Transition t : draft.transitions()) {
            workflows.insertTransition(projectId, ids.get(byName.get(key(t.from()))), ids.get(byName.get(key(t.to()))),
                    t.minimumRole());
        }
        workflows.bumpVersion(projectId);
        WorkflowView changed = view(projectId);
        audit.record(projectId, "Workflow", projectId, "UPDATED", current, changed);
        return changed;
    }

    /** The moves the person may make from the task's current status. */
    @Transactional(readOnly = true)
    public List<TransitionRule> available(long projectId, long taskId, LinchpinUser user) {
        ProjectRole role = access.require(projectId, user, ProjectRole.VIEWER);
        TaskRow task = task(projectId, taskId);
        return workflows.transitions(projectId).stream()
                .filter(t -> t.fromStatusId() == task.status().id() && role.atLeast(t.minimumRole()))
                .toList();
    }

    /**
     * Moves a task to another status along an allowed transition, if the person's role is high
     * enough for it and the task is still at {@code expectedVersion}; the move joins the history.
     */
    @Transactional
    public TaskView transition(long projectId, long taskId, LinchpinUser user, long expectedVersion,
            @Valid TransitionRequest request) {
        ProjectRole role = access.require(projectId, user, ProjectRole.VIEWER);
        TaskRow task = task(projectId, taskId);
        if (task.version() != expectedVersion) {
            throw taskViews.stale(task, expectedVersion);
        }
        List<StatusView> statuses = workflows.statuses(projectId);
        StatusView target = statuses.stream()
                .filter(s -> request.toStatusId() != null ? s.id() == request.toStatusId()
                        : request.to() != null && key(s.name()).equals(key(request.to())))
                .findFirst()
                .orElseThrow(() -> request.toStatusId() == null && request.to() == null
                        ? new InvalidInputException("toStatusId", "name the status to move to (toStatusId or to)")
                        : new InvalidInputException(request.toStatusId() != null ? "toStatusId" : "to", "no status "
                                + Objects.requireNonNullElse(request.to(), String.valueOf(request.toStatusId()))
                                + " in this project's workflow"));
        List<TransitionRule> fromHere = workflows.transitions(projectId).stream()
                .filter(t -> t.fromStatusId() == task.status().id()).toList();
        TransitionRule rule = fromHere.stream().filter(t -> t.toStatusId() == target.id()).findFirst()
                .orElseThrow(() -> new InvalidInputException(request.toStatusId() != null ? "toStatusId" : "to",
                        "the workflow has no move from " + task.status().name() + " to " + target.name()
                                + (fromHere.isEmpty() ? "" : "; from " + task.status().name() + " a task may go to "
                                        + fromHere.stream().map(TransitionRule::to).collect(Collectors.joining(", ")))));
        if (!role.atLeast(rule.minimumRole())) {
            throw new AccessDeniedException("Moving a task from " + rule.from() + " to " + rule.to() + " needs the "
                    + rule.minimumRole().label() + " role; you are a " + role.label() + ".");
        }
        TaskView before = taskViews.view(task);
        if (!tasks.updateStatus(taskId, target.id(), expectedVersion)) {
            throw taskViews.stale(task(projectId, taskId), expectedVersion);
        }
        workflows.recordTransition(taskId, task.status().name(), target.name(), user.id(), Instant.now(),
                request.note());
        TaskView after = taskViews.view(task(projectId, taskId));
        audit.record(projectId, "Task", taskId, "TRANSITIONED", before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public List<TransitionView> history(long projectId, long taskId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        task(projectId, taskId);
        List<HistoryRow> rows = workflows.history(taskId);
        Map<Long, UserRef> people = UserRefs.of(users,
                rows.stream().map(HistoryRow::userId).filter(Objects::nonNull).toList());
        return rows.stream().map(r -> new TransitionView(r.id(), r.taskId(), r.from(), r.to(),
                r.userId() == null ? null : people.get(r.userId()), r.at(), r.note())).toList();
    }

    private WorkflowView view(long projectId) {
        return new WorkflowView(projectId, workflows.statuses(projectId), workflows.transitions(projectId),
                workflows.version(projectId));
    }

    private TaskRow task(long projectId, long taskId) {
        return tasks.find(projectId, taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}

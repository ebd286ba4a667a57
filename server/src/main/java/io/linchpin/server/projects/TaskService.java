package io.linchpin.server.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.OrganisationDirectory;
import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.platform.NotFoundException;
import io.linchpin.server.projects.ProjectStore.MemberRow;
import io.linchpin.server.projects.TaskStore.Computed;
import io.linchpin.server.projects.TaskStore.Planning;
import io.linchpin.server.projects.TaskStore.TaskRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

/**
 * The WBS and its tasks. Members create, change and move tasks; managers delete them and create
 * many at once. Every change of the outline takes the project's write lock, renumbers the outline
 * in one pass and writes only the rows whose place changed.
 */
@Service
@Validated
public class TaskService {

    /** Most tasks one bulk request may create. */
    public static final int MAX_BULK = 1000;

    private static final Map<String, String> SORTS = Map.of("wbs", "t.wbs_key", "name", "LOWER(t.name)",
            "status", "s.position", "priority", "t.priority", "duration", "t.duration_minutes",
            "committedFinish", "t.committed_finish", "updatedAt", "t.updated_at", "start", "t.start_at",
            "finish", "t.finish_at", "totalFloat", "t.total_float_minutes");

    private final TaskStore tasks;
    private final ProjectStore projects;
    private final WorkflowStore workflows;
    private final ProjectAccess access;
    private final UserAccounts users;
    private final OrganisationDirectory organisations;
    private final ProjectAudit audit;
    private final ApplicationEventPublisher events;

    TaskService(TaskStore tasks, ProjectStore projects, WorkflowStore workflows, ProjectAccess access,
            UserAccounts users, OrganisationDirectory organisations, ProjectAudit audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.tasks = tasks;
        this.projects = projects;
        this.workflows = workflows;
        this.access = access;
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PageOf<TaskView> list(long projectId, LinchpinUser user, TaskQuery query) {
        access.require(projectId, user, ProjectRole.VIEWER);
        StringBuilder filter = new StringBuilder("t.project_id = :project");
        Map<String, Object> params = new HashMap<>();
        params.put("project", projectId);
        if (query.statusId() != null) {
            filter.append(" AND t.status_id = :status");
            params.put("status", query.statusId());
        }
        if (query.assigneeId() != null) {
            filter.append(" AND EXISTS (SELECT 1 FROM task_assignees a WHERE a.task_id = t.id AND a.user_id = :assignee)");
            params.put("assignee", query.assigneeId());
        }
        if (query.departmentId() != null) {
            filter.append(" AND t.department_id = :department");
            params.put("department", query.departmentId());
        }
        if (query.kind() != null) {
            filter.append(" AND t.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            filter.append(" AND EXISTS (SELECT 1 FROM task_tags g WHERE g.task_id = t.id AND LOWER(g.tag) = :tag)");
            params.put("tag", query.tag().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (query.text() != null && !query.text().isBlank()) {
            filter.append(" AND (LOWER(t.name) LIKE :text ESCAPE '\\' OR LOWER(t.description) LIKE :text ESCAPE '\\')");
            params.put("text", Sql.contains(query.text().strip()));
        }
        if (query.schedule() != null) {
            LocalDateTime reference = tasks.scheduleReference(projectId);
            switch (query.schedule()) {
                case CRITICAL -> filter.append(" AND t.critical = TRUE");
                case LATE -> filter.append(" AND t.actual_finish IS NULL AND t.kind <> 'SUMMARY'"
                        + " AND (t.finish_at < :reference OR (t.actual_start IS NULL AND t.start_at < :reference))");
                case DUE14 -> {
                    filter.append(" AND t.actual_finish IS NULL AND t.kind <> 'SUMMARY'"
                            + " AND t.finish_at >= :reference AND t.finish_at < :horizon");
                    params.put("horizon", reference.plusDays(14));
                }
            }
            params.put("reference", reference);
        }
        String order = Sorting.orderBy(query.sort(), SORTS, "wbs", "t.wbs_key");
        long total = tasks.count(filter.toString(), params);
        List<TaskRow> rows = tasks.page(filter.toString(), params, order, query.size(), (long) query.page() * query.size());
        return PageOf.of(views(rows), query.page(), query.size(), total);
    }

    @Transactional(readOnly = true)
    public TaskView get(long projectId, long taskId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        return view(row(projectId, taskId));
    }

    /** The task at an outline number such as "1.2.3", as people name tasks on the page. */
    @Transactional(readOnly = true)
    public Optional<TaskView> findByOutlineNumber(long projectId, LinchpinUser user, String outlineNumber) {
        access.require(projectId, user, ProjectRole.VIEWER);
        return WbsOutline.wbsKey(outlineNumber).flatMap(key -> tasks.findByWbsKey(projectId, key)).map(this::view);
    }

    /** How many tasks are in each status of the workflow, by status ID. */
    @Transactional(readOnly = true)
    public Map<Long, Long> countsByStatus(long projectId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        return tasks.countsByStatus(projectId);
    }

    /**
     * Names tasks for another capability that has already checked access: the tasks of the project
     * among {@code ids}; IDs of other projects' tasks are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, TaskRef> references(long projectId, Collection<Long> ids) {
        return tasks.findAll(projectId, new LinkedHashSet<>(ids)).stream()
                .map(r -> new TaskRef(r.id(), WbsOutline.outlineNumber(r.wbsKey()), r.name(), r.kind()))
                .collect(Collectors.toMap(TaskRef::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Adds a task under {@code parentId} (the top level when null) at {@code position} (last when null). */
    @Transactional
    public TaskView create(long projectId, LinchpinUser user, @Valid TaskDraft draft) {
        access.requireExclusive(projectId, user, ProjectRole.MEMBER);
        Checks checks = new Checks(projectId);
        checks.draft("", draft);
        if (draft.parentIndex() != null) {
            checks.problems.add("parentIndex", "is for bulk create only: give parentId");
        }
        WbsOutline outline = WbsOutline.of(tasks.outline(projectId));
        checks.parent("parentId", outline, draft.parentId(), 1);
        int siblings = checks.parentKnown ? outline.childCount(draft.parentId()) : 0;
        if (draft.position() != null && draft.position() > siblings + 1) {
            checks.problems.add("position", "must be between 1 and " + (siblings + 1));
        }
        checks.problems.throwIfAny("The task cannot be created");
        long id = insert(projectId, List.of(draft)).get(0);
        outline.add(id, draft.parentId(), draft.position() == null ? siblings : draft.position() - 1, kindOf(draft));
        tasks.place(projectId, outline.renumber());
        events.publishEvent(TasksChanged.structure(projectId, "new task " + draft.name()));
        TaskView created = view(row(projectId, id));
        audit.record(projectId, "Task", id, "CREATED", null, created);
        return created;
    }

    /**
     * Creates up to {@value #MAX_BULK} tasks at once, all or nothing. Each is added at the end of its
     * parent, in request order; a task may sit under an earlier one of the same request
     * ({@code parentIndex}). Every problem is reported with the index of its task.
     */
    @Transactional
    public List<TaskView> createAll(long projectId, LinchpinUser user, List<@Valid TaskDraft> drafts) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
        if (drafts.size() > MAX_BULK) {
            throw new InvalidInputException("tasks", "at most " + MAX_BULK + " tasks per request; got " + drafts.size());
        }
        Checks checks = new Checks(projectId);
        WbsOutline outline = WbsOutline.of(tasks.outline(projectId));
        int[] depth = new int[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            TaskDraft draft = drafts.get(i);
            String at = "tasks[" + i + "].";
            checks.draft(at, draft);
            if (draft.position() != null) {
                checks.problems.add(at + "position", "is for single create only: tasks of a bulk request are added "
                        + "in order at the end of their parent");
            }
            if (draft.parentIndex() != null && draft.parentId() != null) {
                checks.problems.add(at + "parentIndex", "give parentId or parentIndex, not both");
            } else if (draft.parentIndex() != null) {
                int parent = draft.parentIndex();
                if (parent >= i) {
                    checks.problems.add(at + "parentIndex", "must name an earlier task of this request (0 to "
                            + (i - 1) + "); got " + parent);
                } else if (drafts.get(parent).kind() == TaskKind.MILESTONE) {
                    checks.problems.add(at + "parentIndex", "tasks[" + parent + "] is a milestone and cannot hold sub-tasks");
                } else {
                    depth[i] = depth[parent] + 1;
                    if (depth[i] > WbsOutline.MAX_DEPTH) {
                        checks.problems.add(at + "parentIndex", "the WBS is at most " + WbsOutline.MAX_DEPTH + " levels deep");
                    }
                }
            } else {
                checks.parent(at + "parentId", outline, draft.parentId(), 1);
                depth[i] = checks.parentKnown ? outline.depthOf(draft.parentId()) + 1 : 1;
            }
        }
        checks.problems.throwIfAny("The tasks cannot be created");
        List<Long> ids = insert(projectId, drafts);
        for (int i = 0; i < drafts.size(); i++) {
            TaskDraft draft = drafts.get(i);
            Long parent = draft.parentIndex() != null ? ids.get(draft.parentIndex()) : draft.parentId();
            outline.add(ids.get(i), parent, outline.childCount(parent), kindOf(draft));
        }
        tasks.place(projectId, outline.renumber());
        events.publishEvent(TasksChanged.structure(projectId, drafts.size() + " new tasks"));
        Map<Long, TaskView> created = views(tasks.findAll(projectId, ids)).stream()
                .collect(Collectors.toMap(TaskView::id, Function.identity()));
        List<TaskView> inOrder = ids.stream().map(created::get).toList();
        inOrder.forEach(task -> audit.record(projectId, "Task", task.id(), "CREATED", null, task));
        return inOrder;
    }

    /** Changes a task's fields if it is still at {@code expectedVersion}; otherwise 409 with the current task. */
    @Transactional
    public TaskView update(long projectId, long taskId, LinchpinUser user, long expectedVersion,
            @Valid TaskChanges changes) {
        // The project's write lock first: the reschedule that follows takes it too, and taking it
        // before the task's row keeps two writers from waiting on each other.
        access.requireExclusive(projectId, user, ProjectRole.MEMBER);
        TaskRow current = row(projectId, taskId);
        if (current.version() != expectedVersion) {
            throw stale(current, expectedVersion);
        }
        Checks checks = new Checks(projectId);
        Problems problems = checks.problems;
        String name = current.name();
        if (changes.has("name")) {
            if (changes.getName() == null) {
                problems.add("name", "is required and cannot be cleared");
            } else {
                name = changes.getName();
            }
        }
        TaskKind kind = current.kind();
        if (changes.has("kind") && changes.getKind() != current.kind()) {
            if (current.kind() == TaskKind.SUMMARY) {
                problems.add("kind", "this task has sub-tasks, so it is a summary");
            } else if (changes.getKind() == null || changes.getKind() == TaskKind.SUMMARY) {
                problems.add("kind", "choose TASK or MILESTONE: a task becomes a summary by getting sub-tasks");
            } else {
                kind = changes.getKind();
            }
        }
        long duration = current.durationMinutes();
        if (changes.has("durationMinutes")) {
            if (changes.getDurationMinutes() == null) {
                problems.add("durationMinutes", "is required and cannot be cleared");
            } else if (kind == TaskKind.SUMMARY) {
                problems.add("durationMinutes", "a summary's duration comes from its sub-tasks");
            } else {
                duration = changes.getDurationMinutes();
            }
        } else if (kind == TaskKind.MILESTONE) {
            duration = 0;
        }
        Long department = current.departmentId();
        if (changes.has("departmentId")) {
            department = changes.getDepartmentId();
            checks.department("departmentId", department);
        }
        int priority = current.priority();
        if (changes.has("priority")) {
            if (changes.getPriority() == null) {
                problems.add("priority", "is required and cannot be cleared");
            } else {
                priority = changes.getPriority();
            }
        }
        LocalDate finish = changes.has("committedFinish") ? changes.getCommittedFinish() : current.committedFinish();
        checks.kindRules("", kind, duration, finish);
        Planning planning = planning(current, kind, changes, problems);
        List<Long> assignees = changes.has("assigneeIds") ? checks.assignees("assigneeIds", changes.getAssigneeIds()) : null;
        List<String> tags = changes.has("tags") ? distinctTags(changes.getTags()) : null;
        problems.throwIfAny("The task cannot be changed");

        TaskView before = view(current);
        TaskRow changed = new TaskRow(taskId, projectId, current.parentId(), current.position(), current.wbsKey(), name,
                kind, duration, current.status(), department, priority,
                changes.has("description") ? changes.getDescription() : current.description(), finish,
                current.createdAt(), Instant.now(), expectedVersion, planning, current.computed());
        if (!tasks.update(changed)) {
            throw stale(row(projectId, taskId), expectedVersion);
        }
        List<String> scheduleFields = SCHEDULE_FIELDS.stream().filter(changes::has).toList();
        if (!scheduleFields.isEmpty()) {
            events.publishEvent(new TasksChanged(projectId, Set.of(taskId), false,
                    Set.copyOf(scheduleFields), String.join(", ", scheduleFields) + " of " + label(current)));
        }
        if (assignees != null) {
            tasks.setAssignees(Map.of(taskId, assignees));
        }
        if (tags != null) {
            tasks.setTags(Map.of(taskId, tags));
        }
        TaskView after = view(row(projectId, taskId));
        audit.record(projectId, "Task", taskId, "UPDATED", before, after);
        return after;
    }

    /** The fields of a task the schedule depends on: a change to one reschedules the project. */
    private static final List<String> SCHEDULE_FIELDS = List.of("kind", "durationMinutes", "committedFinish",
            "calendarId", "constraintType", "constraintDate", "actualStart", "actualFinish", "percentComplete",
            "remainingMinutes", "physicalPercentComplete", "startMilestone");

    /**
     * The task's schedule inputs after the change. A constraint other than ASAP and ALAP needs a
     * date; an actual finish needs an actual start no later than it, and makes the task 100%
     * complete; progress needs an actual start; a summary's progress comes from its sub-tasks.
     */
    private static Planning planning(TaskRow current, TaskKind kind, TaskChanges changes, Problems problems) {
        Planning was = current.planning();
        Long calendar = changes.has("calendarId") ? changes.getCalendarId() : was.calendarId();
        ConstraintType type = was.constraintType();
        if (changes.has("constraintType")) {
            type = changes.getConstraintType() == null ? ConstraintType.ASAP : changes.getConstraintType();
        }
        LocalDateTime constraintDate = changes.has("constraintDate") ? changes.getConstraintDate()
                : type.hasDate() ? was.constraintDate() : null;
        if (type.hasDate() && constraintDate == null) {
            problems.add("constraintDate", "is required for a " + type + " constraint");
        } else if (!type.hasDate() && constraintDate != null) {
            problems.add("constraintDate", "an " + type + " constraint has no date");
        }
        LocalDateTime actualStart = changes.has("actualStart") ? changes.getActualStart() : was.actualStart();
        LocalDateTime actualFinish = changes.has("actualFinish") ? changes.getActualFinish() : was.actualFinish();
        int percent = was.percentComplete();
        if (changes.has("percentComplete")) {
            if (changes.getPercentComplete() == null) {
                problems.add("percentComplete", "is required and cannot be cleared: send 0");
            } else {
                percent = changes.getPercentComplete();
            }
        } else if (changes.has("actualFinish") && actualFinish != null) {
            percent = 100;
        }
        Long remaining = changes.has("remainingMinutes") ? changes.getRemainingMinutes() : was.remainingMinutes();
        if (actualFinish != null && actualStart == null) {
            problems.add("actualFinish", "needs an actual start");
        } else if (actualFinish != null && actualFinish.isBefore(actualStart)) {
            problems.add("actualFinish", "is before the actual start " + actualStart);
        }
        if (actualFinish != null && percent != 100) {
            problems.add("percentComplete", "a task with an actual finish is 100% complete; got " + percent);
        }
        if (actualStart == null && percent > 0) {
            problems.add("percentComplete", "progress needs an actual start");
        }
        if (actualStart == null && remaining != null) {
            problems.add("remainingMinutes", "a remaining duration needs an actual start");
        }
        boolean progress = actualStart != null || percent > 0 || remaining != null;
        if (kind == TaskKind.SUMMARY && progress) {
            problems.add("actualStart", "a summary's progress comes from its sub-tasks");
        }
        Double physical = changes.has("physicalPercentComplete") ? changes.getPhysicalPercentComplete()
                : was.physicalPercentComplete();
        if (kind == TaskKind.SUMMARY && physical != null && changes.has("physicalPercentComplete")) {
            problems.add("physicalPercentComplete", "a summary's progress comes from its sub-tasks");
        }
        boolean startMilestone = was.startMilestone();
        if (changes.has("startMilestone")) {
            if (changes.getStartMilestone() == null) {
                problems.add("startMilestone", "is required and cannot be cleared: send false");
            } else if (changes.getStartMilestone() && kind != TaskKind.MILESTONE) {
                problems.add("startMilestone", "only a milestone marks the start of the work after it");
            } else {
                startMilestone = changes.getStartMilestone();
            }
        }
        // A milestone that becomes a task stops being a start milestone.
        startMilestone &= kind == TaskKind.MILESTONE;
        return new Planning(calendar, type, constraintDate, actualStart, actualFinish, percent, remaining, physical,
                startMilestone);
    }

    /** Deletes a task with all its sub-tasks. */
    @Transactional
    public void delete(long projectId, long taskId, LinchpinUser user, Long expectedVersion) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
        TaskRow current = row(projectId, taskId);
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw stale(current, expectedVersion);
        }
        WbsOutline outline = WbsOutline.of(tasks.outline(projectId));
        List<TaskView> removed = views(tasks.findAll(projectId, outline.remove(taskId)));
        tasks.delete(taskId);
        tasks.place(projectId, outline.renumber());
        events.publishEvent(TasksChanged.structure(projectId, "deleted " + label(current)));
        removed.forEach(task -> audit.record(projectId, "Task", task.id(), "DELETED", task, null));
    }

    /**
     * Moves a task, with its sub-tasks, under {@code parentId} (the top level when null) at
     * {@code position} among its new siblings (last when null).
     */
    @Transactional
    public TaskView move(long projectId, long taskId, LinchpinUser user, Long parentId, @Min(1) Integer position,
            Long expectedVersion) {
        access.requireExclusive(projectId, user, ProjectRole.MEMBER);
        TaskRow current = row(projectId, taskId);
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw stale(current, expectedVersion);
        }
        WbsOutline outline = WbsOutline.of(tasks.outline(projectId));
        Checks checks = new Checks(projectId);
        if (parentId != null && outline.contains(parentId) && outline.isWithin(parentId, taskId)) {
            checks.problems.add("parentId", "a task cannot move under itself or one of its own sub-tasks");
        } else {
            checks.parent("parentId", outline, parentId, outline.heightOf(taskId));
        }
        checks.problems.throwIfAny("The task cannot be moved");
        int siblings = outline.childCount(parentId) - (Objects.equals(outline.parentOf(taskId), parentId) ? 1 : 0);
        if (position != null && (position < 1 || position > siblings + 1)) {
            throw new InvalidInputException("position", "must be between 1 and " + (siblings + 1));
        }
        outline.move(taskId, parentId, position == null ? siblings : position - 1);
        return placed(projectId, current, outline, "MOVED");
    }

    /** Puts a task under the sibling just above it, as that sibling's last sub-task. */
    @Transactional
    public TaskView indent(long projectId, long taskId, LinchpinUser user) {
        access.requireExclusive(projectId, user, ProjectRole.MEMBER);
        TaskRow current = row(projectId, taskId);
        WbsOutline outline = WbsOutline.of(tasks.outline(projectId));
        int index = outline.indexOf(taskId);
        if (index == 0) {
            throw new InvalidInputException("taskId", "the first task under its parent has no task above it to go under");
        }
        long above = outline.childrenOf(outline.parentOf(taskId)).get(index - 1);
        Checks checks = new Checks(projectId);
        checks.parent("parentId", outline, above, outline.heightOf(taskId));
        checks.problems.throwIfAny("The task cannot be indented");
        outline.move(taskId, above, outline.childCount(above));
        return placed(projectId, current, outline, "INDENTED");
    }

    /**
     * Moves a task up one level, as MS Project does: it keeps its row, becomes the next sibling of
     * its parent, and the tasks that followed it under that parent become its sub-tasks.
     */
    @Transactional
    public TaskView outdent(long projectId, long taskId, LinchpinUser user) {
        access.requireExclusive(projectId, user, ProjectRole.MEMBER);
        TaskRow current = row(projectId, taskId);
        WbsOutline outline = WbsOutline.of(tasks.outline(projectId));
        Long parent = outline.parentOf(taskId);
        if (parent == null) {
            throw new InvalidInputException("taskId", "a top-level task cannot be outdented");
        }
        List<Long> siblings = outline.childrenOf(parent);
        int following = siblings.size() - siblings.indexOf(taskId) - 1;
        if (following > 0 && outline.kindOf(taskId) == TaskKind.MILESTONE) {
            throw new InvalidInputException("taskId", "outdenting this milestone would put the " + following
                    + " task(s) below it under it, and a milestone cannot hold sub-tasks: move them first");
        }
        if (outline.childCount(outline.parentOf(parent)) >= WbsOutline.MAX_SIBLINGS) {
            throw new InvalidInputException("taskId", "a level of the WBS holds at most " + WbsOutline.MAX_SIBLINGS + " tasks");
        }
        outline.outdent(taskId);
        return placed(projectId, current, outline, "OUTDENTED");
    }

    private TaskView placed(long projectId, TaskRow before, WbsOutline outline, String action) {
        TaskView was = view(before);
        tasks.place(projectId, outline.renumber());
        tasks.touch(before.id());
        events.publishEvent(TasksChanged.structure(projectId, action.toLowerCase(java.util.Locale.ROOT) + " " + label(before)));
        TaskView now = view(row(projectId, before.id()));
        audit.record(projectId, "Task", before.id(), action, was, now);
        return now;
    }

    private static String label(TaskRow row) {
        return WbsOutline.outlineNumber(row.wbsKey()) + " " + row.name();
    }

    private List<Long> insert(long projectId, List<TaskDraft> drafts) {
        StatusView initial = workflows.statuses(projectId).get(0);
        Instant now = Instant.now();
        List<TaskRow> rows = drafts.stream().map(d -> new TaskRow(0, projectId, null, 0, "", d.name(), kindOf(d),
                d.durationMinutes() == null ? 0 : d.durationMinutes(), initial, d.departmentId(),
                d.priority() == null ? 500 : d.priority(), d.description(), d.committedFinish(), now, now, 0, Planning.NONE,
                null)).toList();
        List<Long> ids = tasks.insertAll(rows);
        Map<Long, List<Long>> assignees = new LinkedHashMap<>();
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            TaskDraft draft = drafts.get(i);
            if (draft.assigneeIds() != null && !draft.assigneeIds().isEmpty()) {
                assignees.put(ids.get(i), List.copyOf(new LinkedHashSet<>(draft.assigneeIds())));
            }
            if (draft.tags() != null && !draft.tags().isEmpty()) {
                tags.put(ids.get(i), distinctTags(draft.tags()));
            }
        }
        tasks.setAssignees(assignees);
        tasks.setTags(tags);
        return ids;
    }

    /** The tags as typed, without repeats. */
    private static List<String> distinctTags(List<String> tags) {
        return tags == null ? List.of() : List.copyOf(new LinkedHashSet<>(tags));
    }

    private static TaskKind kindOf(TaskDraft draft) {
        return draft.kind() == null ? TaskKind.TASK : draft.kind();
    }

    private TaskRow row(long projectId, long taskId) {
        return tasks.find(projectId, taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    ConflictException stale(TaskRow current, long expectedVersion) {
        return new ConflictException("The task was changed by someone else: it is at version " + current.version()
                + ", your change was based on version " + expectedVersion + ".", view(current));
    }

    TaskView view(TaskRow row) {
        return views(List.of(row)).get(0);
    }

    /** Views of many tasks with their assignees, tags and departments read in a few queries, not one per task. */
    List<TaskView> views(List<TaskRow> rows) {
        List<Long> ids = rows.stream().map(TaskRow::id).toList();
        Map<Long, List<Long>> assignees = tasks.assignees(ids);
        Map<Long, List<String>> tags = tasks.tags(ids);
        Map<Long, UserRef> people = UserRefs.of(users,
                assignees.values().stream().flatMap(List::stream).distinct().toList());
        Map<Long, DepartmentRef> departments = new HashMap<>();
        rows.stream().map(TaskRow::departmentId).filter(Objects::nonNull).distinct()
                .forEach(id -> organisations.department(id)
                        .ifPresent(d -> departments.put(id, new DepartmentRef(d.id(), d.name()))));
        List<TaskView> views = new ArrayList<>(rows.size());
        for (TaskRow r : rows) {
            views.add(new TaskView(r.id(), r.projectId(), r.parentId(), WbsOutline.outlineNumber(r.wbsKey()),
                    WbsOutline.outlineLevel(r.wbsKey()), r.position(), r.name(), r.kind(), r.durationMinutes(),
                    r.kind() == TaskKind.SUMMARY ? null : WorkingDuration.format(r.durationMinutes()), r.status(),
                    assignees.getOrDefault(r.id(), List.of()).stream().map(people::get).filter(Objects::nonNull).toList(),
                    r.departmentId() == null ? null : departments.get(r.departmentId()), r.priority(),
                    tags.getOrDefault(r.id(), List.of()), r.description(), r.committedFinish(), r.createdAt(),
                    r.updatedAt(), r.version(), r.planning().calendarId(), r.planning().constraintType(),
                    r.planning().constraintDate(), r.planning().actualStart(), r.planning().actualFinish(),
                    r.planning().percentComplete(), r.planning().remainingMinutes(),
                    r.planning().physicalPercentComplete(), r.planning().startMilestone(), scheduled(r.computed())));
        }
        return views;
    }

    private static TaskView.ScheduledDates scheduled(Computed c) {
        if (c == null || c.earlyStart() == null) {
            return null;
        }
        Long total = c.totalFloatMinutes();
        String totalText = total == null ? null : (total < 0 ? "-" : "") + WorkingDuration.format(Math.abs(total));
        return new TaskView.ScheduledDates(c.start(), c.finish(), c.earlyStart(), c.earlyFinish(), c.lateStart(),
                c.lateFinish(), total, totalText, c.freeFloatMinutes(), c.critical(), c.drivenBy());
    }

    /** The checks a task's fields must pass against the project: its members, the departments, the outline. */
    private final class Checks {

        final Problems problems = new Problems();
        final long projectId;
        boolean parentKnown;
        private Map<Long, ProjectRole> roles;
        private final Map<Long, Boolean> departments = new HashMap<>();

        Checks(long projectId) {
            this.projectId = projectId;
        }

        void draft(String at, TaskDraft draft) {
            TaskKind kind = kindOf(draft);
            if (kind == TaskKind.SUMMARY) {
                problems.add(at + "kind", "choose TASK or MILESTONE: a task becomes a summary by getting sub-tasks");
            }
            kindRules(at, kind, draft.durationMinutes() == null ? 0 : draft.durationMinutes(), draft.committedFinish());
            department(at + "departmentId", draft.departmentId());
            assignees(at + "assigneeIds", draft.assigneeIds());
        }

        void kindRules(String at, TaskKind kind, long duration, LocalDate committedFinish) {
            if (kind == TaskKind.MILESTONE && duration != 0) {
                problems.add(at + "durationMinutes", "a milestone has no duration");
            }
            if (kind != TaskKind.MILESTONE && committedFinish != null) {
                problems.add(at + "committedFinish", "only milestones carry a committed date");
            }
        }

        /** Checks that {@code parentId} (null: the top level) can take a sub-tree {@code height} levels deep. */
        void parent(String field, WbsOutline outline, Long parentId, int height) {
            parentKnown = parentId == null || outline.contains(parentId);
            if (!parentKnown) {
                problems.add(field, "no task " + parentId + " in this project");
                return;
            }
            if (parentId != null && outline.kindOf(parentId) == TaskKind.MILESTONE) {
                problems.add(field, "task " + parentId + " is a milestone and cannot hold sub-tasks");
            }
            if (outline.depthOf(parentId) + height > WbsOutline.MAX_DEPTH) {
                problems.add(field, "the WBS is at most " + WbsOutline.MAX_DEPTH + " levels deep");
            }
            if (outline.childCount(parentId) >= WbsOutline.MAX_SIBLINGS) {
                problems.add(field, "a level of the WBS holds at most " + WbsOutline.MAX_SIBLINGS + " tasks");
            }
        }

        void department(String field, Long departmentId) {
            if (departmentId != null
                    && !departments.computeIfAbsent(departmentId, id -> organisations.department(id).isPresent())) {
                problems.add(field, "no department " + departmentId);
            }
        }

        /** The assignees without repeats; each must be a member, manager or owner of the project. */
        List<Long> assignees(String field, List<Long> ids) {
            if (ids == null) {
                return List.of();
            }
            if (roles == null) {
                roles = projects.members(projectId).stream()
                        .collect(Collectors.toMap(MemberRow::userId, MemberRow::role));
            }
            for (int i = 0; i < ids.size(); i++) {
                ProjectRole role = roles.get(ids.get(i));
                if (role == null) {
                    problems.add(field + "[" + i + "]", "user " + ids.get(i) + " is not a member of this project");
                } else if (!role.atLeast(ProjectRole.MEMBER)) {
                    problems.add(field + "[" + i + "]", "user " + ids.get(i) + " is a viewer of this project: "
                            + "assign members, managers or owners");
                }
            }
            return List.copyOf(new LinkedHashSet<>(ids));
        }
    }
}

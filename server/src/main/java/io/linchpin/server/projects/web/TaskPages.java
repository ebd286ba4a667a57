package io.linchpin.server.projects.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.OrganisationDirectory;
import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.projects.CommentService;
import io.linchpin.server.projects.MemberService;
import io.linchpin.server.projects.MemberView;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.ProjectView;
import io.linchpin.server.projects.TaskChanges;
import io.linchpin.server.projects.TaskDraft;
import io.linchpin.server.projects.TaskKind;
import io.linchpin.server.projects.TaskQuery;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.TaskView;
import io.linchpin.server.projects.TransitionRequest;
import io.linchpin.server.projects.WorkflowService;
import io.linchpin.server.projects.WorkingDuration;
import jakarta.validation.ConstraintViolationException;

/**
 * The WBS table — filters, inline editing of a cell (Enter saves, Escape cancels), indent, outdent,
 * move up and down, add and delete — and a task's own page with its status moves and comments.
 * Edits answer with the fragment that changed, for htmx to swap in place.
 */
@Controller
class TaskPages {

    private static final int PAGE_SIZE = 200;
    private static final List<String> EDITABLE = List.of("name", "duration", "kind", "priority", "department");

    private final TaskService tasks;
    private final WorkflowService workflows;
    private final CommentService comments;
    private final MemberService members;
    private final OrganisationDirectory organisations;
    private final ProjectPages projects;

    TaskPages(TaskService tasks, WorkflowService workflows, CommentService comments, MemberService members,
            OrganisationDirectory organisations, ProjectPages projects) {
        this.tasks = tasks;
        this.workflows = workflows;
        this.comments = comments;
        this.members = members;
        this.organisations = organisations;
        this.projects = projects;
    }

    /** The filters of the WBS table, sent along with every change so the table comes back as filtered. */
    record Filter(String q, Long status, Long assignee, Long department, TaskKind kind, String tag,
            TaskQuery.ScheduleFilter schedule, Integer page) {

        TaskQuery query() {
            return new TaskQuery(status, assignee, department, kind, tag, q, schedule, null,
                    page == null ? 0 : Math.max(page, 0), PAGE_SIZE);
        }
    }

    @GetMapping("/projects/{projectId}/tasks")
    String wbs(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @ModelAttribute("filter") Filter filter, Model model) {
        projects.project(user, projectId, model);
        model.addAttribute("tab", "tasks");
        model.addAttribute("statuses", workflows.workflow(projectId, user).statuses());
        addRows(user, projectId, filter, model);
        return "projects/tasks";
    }

    @GetMapping("/projects/{projectId}/tasks/rows")
    String rows(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @ModelAttribute("filter") Filter filter, Model model) {
        projects.project(user, projectId, model);
        addRows(user, projectId, filter, model);
        return "projects/tasks :: rows";
    }

    @GetMapping("/projects/{projectId}/tasks/{taskId}/row")
    String row(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, @PathVariable long taskId,
            @RequestParam(required = false) String edit, Model model) {
        projects.project(user, projectId, model);
        TaskView task = tasks.get(projectId, taskId, user);
        addChoices(user, projectId, model);
        model.addAttribute("t", task);
        if (edit != null) {
            model.addAttribute("editing", editable(edit));
            model.addAttribute("value", cellValue(task, edit));
        } else {
            model.addAttribute("focus", Map.of("task", taskId, "cell", "name"));
        }
        return "projects/wbs-row :: row";
    }

    /**
     * Saves one cell. A refused value comes back in the open editor with the reason; a conflict comes
     * back with the task as saved now and the reader's value still in the editor, to save again or drop.
     */
    @PostMapping("/projects/{projectId}/tasks/{taskId}/row")
    String saveCell(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, @PathVariable long taskId,
            @RequestParam String field, @RequestParam(defaultValue = "") String value, @RequestParam long version,
            Model model, jakarta.servlet.http.HttpServletResponse response) {
        projects.project(user, projectId, model);
        addChoices(user, projectId, model);
        String cell = editable(field);
        try {
            TaskView saved = tasks.update(projectId, taskId, user, version, cellChange(cell, value));
            model.addAttribute("t", saved);
            model.addAttribute("focus", Map.of("task", taskId, "cell", cell));
            if (cell.equals("duration") || cell.equals("kind")) {
                // Other rows' dates moved with this one: the table reloads them.
                response.setHeader("HX-Trigger", "schedule-changed");
            }
        } catch (ConflictException e) {
            model.addAttribute("t", e.current());
            model.addAttribute("editing", cell);
            model.addAttribute("value", value);
            model.addAttribute("conflict", "Someone else changed this task meanwhile; it now reads “"
                    + cellValue((TaskView) e.current(), cell) + "”. Save to replace it with your value, or press Escape.");
        } catch (InvalidInputException | ConstraintViolationException e) {
            model.addAttribute("t", tasks.get(projectId, taskId, user));
            model.addAttribute("editing", cell);
            model.addAttribute("value", value);
            model.addAttribute("error", String.join("; ", FieldErrors.of(e).values()));
        }
        return "projects/wbs-row :: row";
    }

    /** Adds a task at the end of the WBS, or under the task whose outline number is given. */
    @PostMapping("/projects/{projectId}/tasks")
    Object add(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, @RequestParam String name,
            @RequestParam(defaultValue = "TASK") TaskKind kind, @RequestParam(defaultValue = "") String under,
            @ModelAttribute("filter") Filter filter, Model model) {
        try {
            Long parentId = null;
            if (!under.isBlank()) {
                parentId = tasks.findByOutlineNumber(projectId, user, under).map(TaskView::id)
                        .orElseThrow(() -> new InvalidInputException("under", "no task " + under.strip() + " in this WBS"));
            }
            TaskView added = tasks.create(projectId, user, new TaskDraft(name, kind, null, parentId, null, null, null,
                    null, null, null, null, null));
            model.addAttribute("focus", Map.of("task", added.id(), "cell", "name"));
        } catch (InvalidInputException | ConstraintViolationException e) {
            return message(String.join("; ", FieldErrors.of(e).values()));
        }
        return rows(user, projectId, filter, model);
    }

    /** Indents, outdents, moves up or down, or deletes a task, and answers with the table as it is now. */
    @PostMapping("/projects/{projectId}/tasks/{taskId}/{action:indent|outdent|up|down|delete}")
    Object restructure(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @PathVariable String action, @ModelAttribute("filter") Filter filter,
            Model model) {
        try {
            switch (action) {
                case "indent" -> tasks.indent(projectId, taskId, user);
                case "outdent" -> tasks.outdent(projectId, taskId, user);
                case "up", "down" -> moveAlong(user, projectId, taskId, "up".equals(action) ? -1 : 1);
                default -> tasks.delete(projectId, taskId, user, null);
            }
        } catch (InvalidInputException e) {
            return message(String.join("; ", FieldErrors.of(e).values()));
        }
        if (!"delete".equals(action)) {
            model.addAttribute("focus", Map.of("task", taskId, "cell", action));
        }
        return rows(user, projectId, filter, model);
    }

    /** Swaps a task with the sibling above (-1) or below (+1) it. */
    private void moveAlong(LinchpinUser user, long projectId, long taskId, int step) {
        TaskView task = tasks.get(projectId, taskId, user);
        String edge = step < 0 ? "first" : "last";
        if (task.position() + step < 1) {
            throw new InvalidInputException("position", "this task is " + edge + " under its parent already");
        }
        try {
            tasks.move(projectId, taskId, user, task.parentId(), task.position() + step, null);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("position", "this task is " + edge + " under its parent already");
        }
    }

    @GetMapping("/projects/{projectId}/tasks/{taskId}")
    String task(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, @PathVariable long taskId,
            Model model) {
        projects.project(user, projectId, model);
        model.addAttribute("tab", "tasks");
        TaskView task = tasks.get(projectId, taskId, user);
        addChoices(user, projectId, model);
        addFieldsForm(model, task);
        addStatus(user, projectId, task, model);
        model.addAttribute("comments", comments.comments(projectId, taskId, user));
        return "projects/task";
    }

    @PostMapping("/projects/{projectId}/tasks/{taskId}")
    String saveFields(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @RequestParam long version, @RequestParam Map<String, String> form,
            @RequestParam(name = "assigneeIds", required = false) List<Long> assigneeIds, Model model) {
        projects.project(user, projectId, model);
        addChoices(user, projectId, model);
        try {
            TaskChanges changes = new TaskChanges();
            changes.setName(form.get("name"));
            changes.setPriority(integer("priority", form.get("priority")));
            changes.setDepartmentId(id("departmentId", form.get("departmentId")));
            changes.setDescription(PortfolioPages.blankToNull(form.get("description")));
            changes.setTags(tags(form.getOrDefault("tags", "")));
            changes.setAssigneeIds(assigneeIds == null ? List.of() : assigneeIds);
            if (form.containsKey("kind")) {
                changes.setKind(kind(form.get("kind")));
                changes.setDurationMinutes(duration(form.getOrDefault("duration", "0")));
                changes.setCommittedFinish(PortfolioPages.date(form.get("committedFinish")));
            }
            TaskView saved = tasks.update(projectId, taskId, user, version, changes);
            addFieldsForm(model, saved);
            model.addAttribute("saved", true);
            model.addAttribute("refreshVersion", true);
        } catch (ConflictException e) {
            TaskView current = (TaskView) e.current();
            model.addAttribute("t", current);
            model.addAttribute("form", withVersion(form, current.version(), assigneeIds));
            model.addAttribute("conflict", e.getMessage() + " Your changes are not saved: they are still in the form; "
                    + "save again to replace what is there now.");
        } catch (InvalidInputException | ConstraintViolationException e) {
            model.addAttribute("t", tasks.get(projectId, taskId, user));
            model.addAttribute("form", withVersion(form, version, assigneeIds));
            model.addAttribute("errors", FieldErrors.of(e));
        }
        return "projects/task :: fields";
    }

    @PostMapping("/projects/{projectId}/tasks/{taskId}/transitions")
    String transition(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @RequestParam long toStatusId, @RequestParam(defaultValue = "") String note,
            @RequestParam long version, Model model) {
        projects.project(user, projectId, model);
        TaskView task;
        try {
            task = workflows.transition(projectId, taskId, user, version,
                    new TransitionRequest(toStatusId, null, PortfolioPages.blankToNull(note), null));
        } catch (ConflictException | InvalidInputException | ConstraintViolationException e) {
            task = tasks.get(projectId, taskId, user);
            model.addAttribute("problem", e instanceof ConflictException ? "Someone else changed this task meanwhile: "
                    + "check its status and try again." : String.join("; ", FieldErrors.of((RuntimeException) e).values()));
        }
        addStatus(user, projectId, task, model);
        model.addAttribute("refreshVersion", true);
        return "projects/task :: status";
    }

    @PostMapping("/projects/{projectId}/tasks/{taskId}/comments")
    String comment(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @RequestParam(defaultValue = "") String body, Model model) {
        projects.project(user, projectId, model);
        try {
            comments.add(projectId, taskId, user, body);
        } catch (ConstraintViolationException e) {
            model.addAttribute("problem", "A comment needs some text, at most 10,000 characters.");
            model.addAttribute("body", body);
        }
        return commentsFragment(user, projectId, taskId, model);
    }

    @PostMapping("/projects/{projectId}/tasks/{taskId}/comments/{commentId}/delete")
    String deleteComment(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @PathVariable long commentId, Model model) {
        projects.project(user, projectId, model);
        comments.delete(projectId, taskId, commentId, user);
        return commentsFragment(user, projectId, taskId, model);
    }

    private String commentsFragment(LinchpinUser user, long projectId, long taskId, Model model) {
        model.addAttribute("t", tasks.get(projectId, taskId, user));
        model.addAttribute("comments", comments.comments(projectId, taskId, user));
        return "projects/task :: comments";
    }

    private void addRows(LinchpinUser user, long projectId, Filter filter, Model model) {
        addChoices(user, projectId, model);
        model.addAttribute("page", tasks.list(projectId, user, filter.query()));
        model.addAttribute("filter", filter);
    }

    /** The departments and the people a task can be given, for the selects of the table and the form. */
    private void addChoices(LinchpinUser user, long projectId, Model model) {
        model.addAttribute("departments", organisations.departments(organisations.homeOrganisationId()));
        List<MemberView> team = members.members(projectId, user).stream()
                .filter(m -> m.role().atLeast(ProjectRole.MEMBER)).toList();
        model.addAttribute("assignable", team);
        model.addAttribute("kinds", List.of(TaskKind.TASK, TaskKind.MILESTONE));
    }

    private void addStatus(LinchpinUser user, long projectId, TaskView task, Model model) {
        model.addAttribute("t", task);
        model.addAttribute("moves", workflows.available(projectId, task.id(), user));
        model.addAttribute("history", workflows.history(projectId, task.id(), user));
    }

    private static void addFieldsForm(Model model, TaskView task) {
        model.addAttribute("t", task);
        Map<String, Object> form = new java.util.HashMap<>();
        form.put("name", task.name());
        form.put("kind", task.kind().name());
        form.put("duration", task.duration() == null ? "" : task.duration());
        form.put("priority", String.valueOf(task.priority()));
        form.put("departmentId", task.department() == null ? "" : String.valueOf(task.department().id()));
        form.put("assigneeIds", task.assignees().stream().map(a -> a.id()).toList());
        form.put("tags", String.join(", ", task.tags()));
        form.put("description", task.description() == null ? "" : task.description());
        form.put("committedFinish", task.committedFinish() == null ? "" : task.committedFinish().toString());
        form.put("version", String.valueOf(task.version()));
        model.addAttribute("form", form);
    }

    private static Map<String, Object> withVersion(Map<String, String> form, long version, List<Long> assigneeIds) {
        Map<String, Object> copy = new java.util.HashMap<>(form);
        copy.put("version", String.valueOf(version));
        copy.put("assigneeIds", assigneeIds == null ? List.of() : assigneeIds);
        return copy;
    }

    private static TaskChanges cellChange(String cell, String value) {
        TaskChanges changes = new TaskChanges();
        switch (cell) {
            case "name" -> changes.setName(value);
            case "duration" -> changes.setDurationMinutes(duration(value));
            case "kind" -> changes.setKind(kind(value));
            case "priority" -> changes.setPriority(integer("priority", value));
            default -> changes.setDepartmentId(id("department", value));
        }
        return changes;
    }

    private static String cellValue(TaskView task, String cell) {
        return switch (cell) {
            case "name" -> task.name();
            case "duration" -> Optional.ofNullable(task.duration()).orElse("");
            case "kind" -> task.kind().name();
            case "priority" -> String.valueOf(task.priority());
            default -> task.department() == null ? "" : String.valueOf(task.department().id());
        };
    }

    private static String editable(String field) {
        if (!EDITABLE.contains(field)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No editable cell " + field);
        }
        return field;
    }

    private static long duration(String text) {
        try {
            return WorkingDuration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("duration", e.getMessage());
        }
    }

    private static TaskKind kind(String name) {
        return Arrays.stream(TaskKind.values()).filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "choose task or milestone"));
    }

    private static Long id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "choose one of the options listed");
        }
    }

    private static Integer integer(String field, String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInputException(field, "enter a whole number");
        }
    }

    private static List<String> tags(String text) {
        List<String> tags = new ArrayList<>();
        for (String tag : text.split(",")) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return tags;
    }

    /** A problem to show above the table, in place of the change the reader asked for. */
    private static ResponseEntity<String> message(String problem) {
        return ResponseEntity.ok().header("HX-Retarget", "#wbs-message").header("HX-Reswap", "innerHTML")
                .body("<div class=\"alert alert-warning py-1 my-1\" role=\"alert\">"
                        + org.springframework.web.util.HtmlUtils.htmlEscape(problem) + "</div>");
    }
}

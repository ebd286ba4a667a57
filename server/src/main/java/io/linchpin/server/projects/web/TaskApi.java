package io.linchpin.server.projects.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.projects.PageOf;
import io.linchpin.server.projects.TaskChanges;
import io.linchpin.server.projects.TaskDraft;
import io.linchpin.server.projects.TaskKind;
import io.linchpin.server.projects.TaskQuery;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.TaskView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/tasks")
@Tag(name = "Tasks", description = "The WBS of a project: tasks, milestones and summaries, with outline numbers")
class TaskApi {

    private final TaskService tasks;

    TaskApi(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Up to {@value TaskService#MAX_BULK} new tasks, created all or nothing. */
    record BulkRequest(@NotNull @Size(max = TaskService.MAX_BULK) List<@Valid @NotNull TaskDraft> tasks) {
    }

    record BulkResult(List<TaskView> tasks) {
    }

    /** Where to move a task: under {@code parentId} (the top level when absent), at {@code position} (last when absent). */
    record MoveRequest(Long parentId, @Min(1) Integer position,
            @Schema(description = "Optional: refuse the move if the task changed since this version") Long version) {
    }

    @GetMapping
    @Operation(summary = "List a project's tasks, in WBS order by default",
            description = "Filters combine. Sort by wbs, name, status, priority, duration, committedFinish or "
                    + "updatedAt; append ,desc to reverse.")
    PageOf<TaskView> list(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @Parameter(description = "Status ID") @RequestParam(required = false) Long status,
            @Parameter(description = "Assignee's user ID") @RequestParam(required = false) Long assignee,
            @Parameter(description = "Department ID") @RequestParam(required = false) Long department,
            @RequestParam(required = false) TaskKind kind,
            @RequestParam(required = false) @Size(max = 64) String tag,
            @Parameter(description = "Text in the name or description") @RequestParam(required = false) @Size(max = 200) String q,
            @Parameter(description = "critical, late, due14 (unfinished, due within 14 days of the status date), "
                    + "department:ID or assignee:ID. Late: not finished, and at the end of the status date (now when "
                    + "there is none) its scheduled finish is past, or its scheduled start is past and it has not "
                    + "started.") @RequestParam(required = false) String filter,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        TaskQuery.ScheduleFilter schedule = null;
        if (filter != null && !filter.isBlank()) {
            String[] parts = filter.strip().split(":", 2);
            try {
                switch (parts[0]) {
                    case "critical", "late", "due14" -> schedule = TaskQuery.ScheduleFilter.valueOf(
                            parts[0].toUpperCase(java.util.Locale.ROOT));
                    case "department" -> department = Long.valueOf(parts[1].strip());
                    case "assignee" -> assignee = Long.valueOf(parts[1].strip());
                    default -> throw new IllegalArgumentException();
                }
            } catch (RuntimeException e) {
                throw new InvalidInputException("filter", "expected critical, late, due14, department:ID or assignee:ID; got "
                        + filter);
            }
        }
        return tasks.list(projectId, user, new TaskQuery(status, assignee, department, kind, tag, q, schedule, sort, page,
                size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a task (members)")
    ResponseEntity<TaskView> create(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @Valid @RequestBody TaskDraft draft) {
        TaskView created = tasks.create(projectId, user, draft);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/tasks/" + created.id()))
                .eTag(Versions.etag(created.version())).body(created);
    }

    @PostMapping("/bulk")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create up to 1,000 tasks at once, all or nothing (managers)",
            description = "Tasks are added in order at the end of their parent; parentIndex puts a task under an "
                    + "earlier one of the same request. Every problem names its task by index (tasks[3].name).")
    ResponseEntity<BulkResult> createAll(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @Valid @RequestBody BulkRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new BulkResult(tasks.createAll(projectId, user, request.tasks())));
    }

    @GetMapping("/{taskId}")
    @Operation(summary = "Read a task")
    ResponseEntity<TaskView> get(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId) {
        return withEtag(tasks.get(projectId, taskId, user));
    }

    @PatchMapping("/{taskId}")
    @Operation(summary = "Change a task's fields (members)",
            description = "Only the fields sent change; null clears. Send the version you changed (If-Match or "
                    + "version); a stale version gets 409 with the current task.")
    ResponseEntity<TaskView> update(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TaskChanges changes) {
        return withEtag(tasks.update(projectId, taskId, user, Versions.required(ifMatch, changes.getVersion()), changes));
    }

    @DeleteMapping("/{taskId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a task and its sub-tasks (managers)")
    ResponseEntity<Void> delete(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        tasks.delete(projectId, taskId, user, Versions.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/move")
    @Operation(summary = "Move a task with its sub-tasks elsewhere in the WBS (members)")
    ResponseEntity<TaskView> move(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MoveRequest move) {
        return withEtag(tasks.move(projectId, taskId, user, move.parentId(), move.position(),
                Versions.optional(ifMatch, move.version())));
    }

    @PostMapping("/{taskId}/indent")
    @Operation(summary = "Put a task under the task above it (members)")
    ResponseEntity<TaskView> indent(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId) {
        return withEtag(tasks.indent(projectId, taskId, user));
    }

    @PostMapping("/{taskId}/outdent")
    @Operation(summary = "Move a task up one level (members)",
            description = "As in MS Project, rows keep their order: the tasks that followed it under its parent "
                    + "become its sub-tasks.")
    ResponseEntity<TaskView> outdent(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId) {
        return withEtag(tasks.outdent(projectId, taskId, user));
    }

    private static ResponseEntity<TaskView> withEtag(TaskView task) {
        return ResponseEntity.ok().eTag(Versions.etag(task.version())).body(task);
    }
}

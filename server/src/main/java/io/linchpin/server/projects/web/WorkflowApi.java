package io.linchpin.server.projects.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.projects.TaskView;
import io.linchpin.server.projects.TransitionRequest;
import io.linchpin.server.projects.TransitionView;
import io.linchpin.server.projects.WorkflowDraft;
import io.linchpin.server.projects.WorkflowService;
import io.linchpin.server.projects.WorkflowView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "Workflow", description = "A project's statuses, the allowed moves between them, and tasks' moves")
class WorkflowApi {

    private final WorkflowService workflows;

    WorkflowApi(WorkflowService workflows) {
        this.workflows = workflows;
    }

    @GetMapping("/workflow")
    @Operation(summary = "Read the project's workflow")
    ResponseEntity<WorkflowView> workflow(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        WorkflowView workflow = workflows.workflow(projectId, user);
        return ResponseEntity.ok().eTag(Versions.etag(workflow.version())).body(workflow);
    }

    @PutMapping("/workflow")
    @Operation(summary = "Replace the project's workflow (managers)",
            description = "Statuses keep their tasks by id; a status that still holds tasks cannot be left out.")
    ResponseEntity<WorkflowView> replace(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody WorkflowDraft draft) {
        WorkflowView workflow = workflows.replace(projectId, user, Versions.required(ifMatch, draft.version()), draft);
        return ResponseEntity.ok().eTag(Versions.etag(workflow.version())).body(workflow);
    }

    @GetMapping("/tasks/{taskId}/transitions")
    @Operation(summary = "The history of a task's status: who moved it, when, from where to where")
    List<TransitionView> history(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId) {
        return workflows.history(projectId, taskId, user);
    }

    @PostMapping("/tasks/{taskId}/transitions")
    @Operation(summary = "Move a task to another status",
            description = "Only along a transition of the workflow, by someone with at least its minimum role.")
    ResponseEntity<TaskView> transition(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TransitionRequest request) {
        TaskView task = workflows.transition(projectId, taskId, user, Versions.required(ifMatch, request.version()),
                request);
        return ResponseEntity.ok().eTag(Versions.etag(task.version())).body(task);
    }
}

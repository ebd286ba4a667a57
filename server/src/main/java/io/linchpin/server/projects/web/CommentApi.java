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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.projects.CommentDraft;
import io.linchpin.server.projects.CommentService;
import io.linchpin.server.projects.CommentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/tasks/{taskId}/comments")
@Tag(name = "Comments", description = "Comments on tasks")
class CommentApi {

    private final CommentService comments;

    CommentApi(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping
    @Operation(summary = "List a task's comments, oldest first")
    List<CommentView> list(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId) {
        return comments.comments(projectId, taskId, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on a task (members)")
    ResponseEntity<CommentView> add(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @Valid @RequestBody CommentDraft draft) {
        CommentView added = comments.add(projectId, taskId, user, draft.body());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/tasks/" + taskId + "/comments/"
                + added.id())).eTag(Versions.etag(added.version())).body(added);
    }

    @PatchMapping("/{commentId}")
    @Operation(summary = "Edit a comment (its author)")
    ResponseEntity<CommentView> edit(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @PathVariable long commentId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommentDraft draft) {
        CommentView edited = comments.edit(projectId, taskId, commentId, user, Versions.required(ifMatch, draft.version()),
                draft.body());
        return ResponseEntity.ok().eTag(Versions.etag(edited.version())).body(edited);
    }

    @DeleteMapping("/{commentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a comment (its author or a manager)")
    ResponseEntity<Void> delete(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId, @PathVariable long commentId) {
        comments.delete(projectId, taskId, commentId, user);
        return ResponseEntity.noContent().build();
    }
}

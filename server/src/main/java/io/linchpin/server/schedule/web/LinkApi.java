package io.linchpin.server.schedule.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.schedule.DependencyService;
import io.linchpin.server.schedule.LinkDraft;
import io.linchpin.server.schedule.LinkView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/links")
@Tag(name = "Dependencies", description = "Links between a project's tasks (FS, SS, FF, SF, with lags)")
class LinkApi {

    private final DependencyService dependencies;

    LinkApi(DependencyService dependencies) {
        this.dependencies = dependencies;
    }

    @GetMapping
    @Operation(summary = "List the project's dependencies")
    List<LinkView> list(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        return dependencies.links(projectId, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link two tasks (members)", description = "A link that would close a cycle is refused "
            + "(422) with the tasks on the cycle named.")
    ResponseEntity<LinkView> create(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @Valid @RequestBody LinkDraft draft) {
        LinkView created = dependencies.create(projectId, user, draft);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/links/" + created.id()))
                .body(created);
    }

    /** Up to {@value DependencyService#MAX_BULK} new links, created all or nothing. */
    record BulkRequest(@NotNull @Size(max = DependencyService.MAX_BULK) List<@Valid @NotNull LinkDraft> links) {
    }

    record BulkResult(List<LinkView> links) {
    }

    @PostMapping("/bulk")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link up to 10,000 pairs of tasks at once, all or nothing (managers)",
            description = "One reschedule for all of them. Every problem names its link by index "
                    + "(links[3].successorId); links that would form a loop are refused with the tasks on it named.")
    ResponseEntity<BulkResult> createAll(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @Valid @RequestBody BulkRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new BulkResult(dependencies.createAll(projectId, user, request.links())));
    }

    @DeleteMapping("/{linkId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a dependency (members)")
    ResponseEntity<Void> delete(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long linkId) {
        dependencies.delete(projectId, linkId, user);
        return ResponseEntity.noContent().build();
    }
}

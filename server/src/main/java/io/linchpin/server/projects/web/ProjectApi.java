package io.linchpin.server.projects.web;

import java.net.URI;

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
import io.linchpin.server.projects.PageOf;
import io.linchpin.server.projects.ProjectChanges;
import io.linchpin.server.projects.ProjectDraft;
import io.linchpin.server.projects.ProjectQuery;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectStatus;
import io.linchpin.server.projects.ProjectView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "The portfolio: projects the caller is a member of (all, for administrators)")
class ProjectApi {

    private final ProjectService projects;

    ProjectApi(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    @Operation(summary = "List the projects the caller may see", description = "Sort by code (default), name, status, "
            + "plannedStart, committedFinish or updatedAt; append ,desc to reverse.")
    PageOf<ProjectView> list(@AuthenticationPrincipal LinchpinUser user,
            @RequestParam(required = false) ProjectStatus status,
            @Parameter(description = "Text in the code or name") @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return projects.portfolio(user, new ProjectQuery(status, q, sort, page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a project", description = "The caller (or ownerId) becomes its owner; it starts with "
            + "the default workflow. People of an external organisation cannot create projects.")
    ResponseEntity<ProjectView> create(@AuthenticationPrincipal LinchpinUser user,
            @Valid @RequestBody ProjectDraft draft) {
        ProjectView created = projects.create(user, draft);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id()))
                .eTag(Versions.etag(created.version())).body(created);
    }

    @GetMapping("/{projectId}")
    @Operation(summary = "Read a project")
    ResponseEntity<ProjectView> get(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        ProjectView project = projects.get(projectId, user);
        return ResponseEntity.ok().eTag(Versions.etag(project.version())).body(project);
    }

    @PatchMapping("/{projectId}")
    @Operation(summary = "Change a project (managers; the owner needs the owner role)",
            description = "Only the fields sent change; null clears. Send the version you changed (If-Match or "
                    + "version); a stale version gets 409 with the current project.")
    ResponseEntity<ProjectView> update(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProjectChanges changes) {
        ProjectView project = projects.update(projectId, user, Versions.required(ifMatch, changes.getVersion()), changes);
        return ResponseEntity.ok().eTag(Versions.etag(project.version())).body(project);
    }

    @DeleteMapping("/{projectId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a project and all its work (owners)")
    ResponseEntity<Void> delete(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        projects.delete(projectId, user, Versions.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}

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
import io.linchpin.server.projects.MemberDraft;
import io.linchpin.server.projects.MemberService;
import io.linchpin.server.projects.MemberView;
import io.linchpin.server.projects.ProjectRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/members")
@Tag(name = "Members", description = "Who works on a project, as owner, manager, member or viewer")
class MemberApi {

    private final MemberService members;

    MemberApi(MemberService members) {
        this.members = members;
    }

    /** A new role for a member, against the membership's version. */
    record RoleChange(@NotNull ProjectRole role, Long version) {
    }

    @GetMapping
    @Operation(summary = "List the members of a project")
    List<MemberView> list(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        return members.members(projectId, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member (managers add members and viewers; owners any role)",
            description = "People of an external organisation cannot get a project role.")
    ResponseEntity<MemberView> add(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @Valid @RequestBody MemberDraft draft) {
        MemberView added = members.add(projectId, user, draft);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/members/" + added.user().id()))
                .eTag(Versions.etag(added.version())).body(added);
    }

    @PatchMapping("/{userId}")
    @Operation(summary = "Change a member's role")
    ResponseEntity<MemberView> changeRole(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long userId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RoleChange change) {
        MemberView changed = members.changeRole(projectId, userId, user, Versions.required(ifMatch, change.version()),
                change.role());
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(changed);
    }

    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member")
    ResponseEntity<Void> remove(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long userId) {
        members.remove(projectId, userId, user);
        return ResponseEntity.noContent().build();
    }
}

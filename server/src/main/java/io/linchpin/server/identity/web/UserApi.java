package io.linchpin.server.identity.web;

import java.net.URI;
import java.time.Instant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.linchpin.server.identity.Invitation;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.NewUser;
import io.linchpin.server.identity.PasswordLink;
import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.identity.UserAdministration;
import io.linchpin.server.identity.UserChanges;
import io.linchpin.server.identity.UserSummary;
import io.linchpin.server.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Reads for internal people; writes for administrators (see SecurityConfig). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "People who sign in. Reading needs an internal account; changes need an administrator.")
class UserApi {

    private final UserAccounts accounts;
    private final UserAdministration administration;

    UserApi(UserAccounts accounts, UserAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "People, by username; q filters on username and name")
    PagedModel<UserSummary> list(@RequestParam(required = false) String q, Pageable pageable) {
        return new PagedModel<>(accounts.search(q, pageable));
    }

    @GetMapping("/me")
    @Operation(summary = "Your own account (for everyone, external people included)")
    UserSummary me(@AuthenticationPrincipal LinchpinUser me) {
        return accounts.find(me.id()).orElseThrow(() -> new NotFoundException("User", me.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person")
    UserSummary one(@PathVariable long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    @PostMapping
    @Operation(summary = "Invite a person: creates the account and a one-time link to choose a password")
    ResponseEntity<InvitationResponse> invite(@Valid @RequestBody InviteRequest request) {
        Invitation invitation = administration.invite(new NewUser(request.username(), request.displayName(),
                request.email(), request.organisationId(), request.departmentId(), Boolean.TRUE.equals(request.admin())));
        return ResponseEntity.created(URI.create("/api/v1/users/" + invitation.user().id()))
                .body(new InvitationResponse(invitation.user(), absolute(invitation.link()), invitation.link().expiresAt()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a person's account (all editable fields, based on the version you read)")
    UserSummary update(@PathVariable long id, @Valid @RequestBody UpdateRequest request) {
        return administration.update(id, new UserChanges(request.displayName(), request.email(),
                request.organisationId(), request.departmentId(), request.admin(), request.enabled(), request.version()));
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Reset a password: the old one stops working; returns a one-time link to choose a new one")
    ResponseEntity<PasswordLinkResponse> resetPassword(@PathVariable long id) {
        PasswordLink link = administration.resetPassword(id);
        return ResponseEntity.status(201).body(new PasswordLinkResponse(absolute(link), link.expiresAt()));
    }

    static String absolute(PasswordLink link) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).toUriString();
    }

    record InviteRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 320) String email,
            Long organisationId,
            Long departmentId,
            Boolean admin) {
    }

    record UpdateRequest(
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 320) String email,
            @NotNull Long organisationId,
            Long departmentId,
            @NotNull Boolean admin,
            @NotNull Boolean enabled,
            @NotNull Long version) {
    }

    record InvitationResponse(UserSummary user, String invitationUrl, Instant expiresAt) {
    }

    record PasswordLinkResponse(String url, Instant expiresAt) {
    }
}

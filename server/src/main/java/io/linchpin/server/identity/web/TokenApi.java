package io.linchpin.server.identity.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.linchpin.server.identity.ApiTokenAuthentication;
import io.linchpin.server.identity.ApiTokenSummary;
import io.linchpin.server.identity.IssuedToken;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.PersonalTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "Your personal API tokens, for Authorization: Bearer")
class TokenApi {

    private final PersonalTokens tokens;

    TokenApi(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "Your tokens, newest first (never their secrets)")
    List<ApiTokenSummary> list(@AuthenticationPrincipal LinchpinUser me) {
        return tokens.of(me.id());
    }

    @PostMapping
    @Operation(summary = "Issue a token; the response is the only time its secret is shown",
            description = "Only from a signed-in session: a token cannot issue further tokens.")
    ResponseEntity<NewTokenResponse> issue(@AuthenticationPrincipal LinchpinUser me, Authentication authentication,
            @Valid @RequestBody NewTokenRequest request) {
        if (authentication instanceof ApiTokenAuthentication) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Issue API tokens from a signed-in session, not with another token.");
        }
        IssuedToken issued = tokens.issue(me, request.name(),
                request.expiresInDays() == null ? null : Duration.ofDays(request.expiresInDays()));
        ApiTokenSummary token = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id())).body(new NewTokenResponse(token.id(),
                token.name(), token.prefix(), issued.secret(), token.createdAt(), token.expiresAt()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your tokens; it stops working at once")
    void revoke(@AuthenticationPrincipal LinchpinUser me, @PathVariable long id) {
        tokens.revoke(me.id(), id);
    }

    record NewTokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(366) Integer expiresInDays) {
    }

    record NewTokenResponse(long id, String name, String prefix, String token, Instant createdAt, Instant expiresAt) {
    }
}

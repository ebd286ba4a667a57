package io.linchpin.server.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person of the current request, if one is signed in (none while the server starts up). */
final class CurrentUser {

    private CurrentUser() {
    }

    static Optional<LinchpinUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof LinchpinUser user
                ? Optional.of(user) : Optional.empty();
    }
}

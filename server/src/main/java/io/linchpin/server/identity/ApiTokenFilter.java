package io.linchpin.server.identity;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. The result lives
 * for the request only: a token never opens a session. Requests without it pass on untouched
 * (they may carry a session instead).
 */
final class ApiTokenFilter extends AuthenticationFilter {

    private static final String BEARER = "Bearer ";

    ApiTokenFilter(PersonalTokens tokens, AuthenticationFailureHandler failureHandler) {
        super((AuthenticationManager) authentication -> authenticate(tokens, authentication), new BearerConverter());
        setSuccessHandler((request, response, authentication) -> {
        });
        setFailureHandler(failureHandler);
    }

    static boolean hasBearer(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    private static Authentication authenticate(PersonalTokens tokens, Authentication presented) {
        if (!(presented instanceof ApiTokenAuthentication token) || !(token.getCredentials() instanceof String secret)) {
            throw new AuthenticationServiceException("Not an API token");
        }
        return tokens.authenticate(secret);
    }

    private static final class BearerConverter implements AuthenticationConverter {

        @Override
        public Authentication convert(HttpServletRequest request) throws AuthenticationException {
            if (!hasBearer(request)) {
                return null;
            }
            return ApiTokenAuthentication.presented(request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip());
        }
    }
}

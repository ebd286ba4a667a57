package io.linchpin.server.identity;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token ({@code Authorization: Bearer}) rather than by
 * a signed-in session. Before authentication it carries the presented secret; after, the person.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient String secret;
    private final LinchpinUser user;
    private final long tokenId;

    private ApiTokenAuthentication(String secret, LinchpinUser user, long tokenId) {
        super(user == null ? List.of() : user.getAuthorities());
        this.secret = secret;
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(user != null);
    }

    static ApiTokenAuthentication presented(String secret) {
        return new ApiTokenAuthentication(secret, null, 0);
    }

    static ApiTokenAuthentication of(LinchpinUser user, long tokenId) {
        return new ApiTokenAuthentication(null, user, tokenId);
    }

    /** The id of the token that authenticated this request. */
    public long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return secret;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }
}

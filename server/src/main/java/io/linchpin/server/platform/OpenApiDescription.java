package io.linchpin.server.platform;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * What {@code /v3/api-docs} and Swagger UI say about the API as a whole: how to authenticate
 * (a personal API token, or the session cookie of a signed-in browser).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Linchpin API", version = "v1",
                description = "Errors are RFC 9457 problem details (application/problem+json); input errors list "
                        + "the failing fields in `errors`. Writes based on a stale `version` get 409 with the current state."),
        security = {@SecurityRequirement(name = OpenApiDescription.BEARER), @SecurityRequirement(name = OpenApiDescription.SESSION)})
@SecurityScheme(name = OpenApiDescription.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "Linchpin personal API token (lp_...)",
        description = "Issue one on the API tokens page or with POST /api/v1/tokens from a signed-in session.")
@SecurityScheme(name = OpenApiDescription.SESSION, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        paramName = "SESSION",
        description = "The session of a signed-in browser; writes then also need the X-CSRF-TOKEN header.")
class OpenApiDescription {

    static final String BEARER = "bearer";
    static final String SESSION = "session";
}

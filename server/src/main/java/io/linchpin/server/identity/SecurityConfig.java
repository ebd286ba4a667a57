package io.linchpin.server.identity;

import java.io.IOException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Two filter chains: the API ({@code /api/**}) takes a personal API token or a session, answers
 * 401 and 403 as problem details and never redirects; the UI signs in with a form (throttled, see
 * {@link ThrottledSignIn}) and a session stored in the database, with CSRF tokens.
 *
 * <p>Who may do what at this level: administrators alone change users, organisations and
 * departments and read the whole audit log; internal people read the directory; external people
 * only their own account and tokens. Per-project rights are the projects capability's.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({SignInSettings.class, TokenSettings.class, InvitationSettings.class})
class SecurityConfig {

    static final String[] PUBLIC_PATHS = {"/login", "/set-password/**", "/webjars/**", "/css/**", "/js/**",
            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            // Calendar feeds: the secret in the URL is the key (transfer's FeedController).
            "/feeds/**"};

    private static final String[] DIRECTORY = {"/api/v1/users", "/api/v1/users/**", "/api/v1/organisations",
            "/api/v1/organisations/**", "/api/v1/departments", "/api/v1/departments/**"};

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

    /** Adaptive hashing (bcrypt by default), with the algorithm id stored so it can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, PersonalTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/admin/**", "/api/v1/audit", "/api/v1/audit/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/users/me").authenticated()
                        .requestMatchers(HttpMethod.GET, DIRECTORY).hasRole("INTERNAL")
                        .requestMatchers(DIRECTORY).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, (request, response, e) -> problem(request, response,
                        HttpStatus.UNAUTHORIZED, e.getMessage())), UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::hasBearer))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problem(request, response,
                                HttpStatus.UNAUTHORIZED, "Sign in or send a valid API token (Authorization: Bearer ...)."))
                        .accessDeniedHandler((request, response, e) -> problem(request, response,
                                HttpStatus.FORBIDDEN, "Your role does not allow this.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailures()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        // Password links carry their secret in the path: never send it on as a referrer.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * A wrong password goes back to the form with a generic message; a paused sign-in keeps its
     * reason in the session so that the form can say how long to wait.
     */
    private static final class SignInFailures extends SimpleUrlAuthenticationFailureHandler {

        SignInFailures() {
            super("/login?error");
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException, ServletException {
            if (exception instanceof SignInThrottledException) {
                saveException(request, exception);
                getRedirectStrategy().sendRedirect(request, response, "/login?paused");
            } else {
                super.onAuthenticationFailure(request, response, exception);
            }
        }
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + jsonEscape(detail) + "\",\"instance\":\""
                + jsonEscape(request.getRequestURI()) + "\"}");
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package io.linchpin.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import io.linchpin.server.LinchpinApplication;
import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TestUsers;

/**
 * Two instances of the server on one database, as behind a load balancer: a person signed in on
 * one is signed in on the other, and signing out on one signs out of both.
 */
@LinchpinIntegrationTest
class SessionSharingTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService userDetails;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSessionLivesInTheDatabaseAndServesEveryInstance() throws Exception {
        UserSummary person = new TestUsers(accounts, userDetails).internal("roaming");
        String first = "http://127.0.0.1:" + port;

        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(first + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String anonymous = cookie(form);
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(first + "/login"))
                .header("Cookie", "SESSION=" + anonymous)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(person.username()) + "&password="
                        + encode(TestUsers.PASSWORD) + "&_csrf=" + encode(csrf(form.body()))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(location(signIn)).isEqualTo("/");
        String session = cookie(signIn);
        assertThat(session).as("a new session id at sign-in").isNotEqualTo(anonymous);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :name")
                .param("name", person.username()).query(Long.class).single()).isEqualTo(1);

        try (ConfigurableApplicationContext second = secondInstance()) {
            String other = "http://127.0.0.1:" + ((WebServerApplicationContext) second).getWebServer().getPort();
            HttpResponse<String> home = get(other + "/", session);
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains(person.displayName());

            HttpResponse<String> signOut = http.send(HttpRequest.newBuilder(URI.create(other + "/logout"))
                    .header("Cookie", "SESSION=" + session)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf(home.body()))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(location(signOut)).isEqualTo("/login?logout");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :name")
                .param("name", person.username()).query(Long.class).single()).isZero();
        HttpResponse<String> afterSignOut = get(first + "/", session);
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(location(afterSignOut)).isEqualTo("/login");
    }

    /** Another server on the same database, like a second node behind the load balancer. */
    private ConfigurableApplicationContext secondInstance() {
        // Command-line arguments, not default properties: application.yml's port 8080 would win over
        // those, and the test would fail whenever something on the machine listens on 8080.
        return new SpringApplicationBuilder(LinchpinApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--linchpin.data-dir=" + environment.getProperty("linchpin.data-dir"));
    }

    private HttpResponse<String> get(String url, String session) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "SESSION=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Where a redirect leads, as path and query (Tomcat may make it absolute). */
    private static String location(HttpResponse<?> response) {
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("Not a redirect: " + response.statusCode())));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("No SESSION cookie in " + response.headers()));
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

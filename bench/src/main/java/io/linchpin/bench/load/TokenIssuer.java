package io.linchpin.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets a short-lived personal API token the way a person would: signs in through the form,
 * then issues a token from that session (a token cannot issue tokens).
 */
public final class TokenIssuer {

    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"(lp_[^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI server;

    public TokenIssuer(URI server) {
        LoadRun.requireLoopback(server);
        this.server = server;
    }

    public String issue(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(server.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(server.resolve("/login"))
                .header("Cookie", "SESSION=" + find(SESSION, String.join(";", form.headers().allValues("Set-Cookie")), "session cookie"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
                        + "&_csrf=" + encode(find(FORM_CSRF, form.body(), "sign-in form"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = signIn.headers().firstValue("Location").orElse("");
        if (location.contains("/login")) {
            throw new IllegalArgumentException("Sign-in as " + username + " failed (" + location + ")");
        }
        String session = find(SESSION, String.join(";", signIn.headers().allValues("Set-Cookie")), "session cookie");
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(server.resolve("/tokens"))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(server.resolve("/api/v1/tokens"))
                .header("Cookie", "SESSION=" + session)
                .header("X-CSRF-TOKEN", find(META_CSRF, home.body(), "tokens page"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load test\",\"expiresInDays\":1}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("Issuing a token failed: " + issued.statusCode() + " " + issued.body());
        }
        return find(TOKEN, issued.body(), "token response");
    }

    private static String find(Pattern pattern, String text, String where) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Nothing like " + pattern + " in the " + where);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

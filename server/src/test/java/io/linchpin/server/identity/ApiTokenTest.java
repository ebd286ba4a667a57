package io.linchpin.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LinchpinIntegrationTest
class ApiTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserDetailsService userDetails;

    TestUsers users;
    UserSummary owner;

    @BeforeEach
    void setUp() {
        users = new TestUsers(accounts, userDetails);
        owner = users.internal("token-owner");
    }

    @Test
    void issuedTokenIsShownOnceStoredHashedAndActsAsItsOwner() throws Exception {
        JsonNode issued = issue(owner, "{\"name\":\"CI export\",\"expiresInDays\":30}");
        String secret = issued.get("token").asString();

        assertThat(secret).startsWith("lp_").hasSize(43);
        assertThat(secret).startsWith(issued.get("prefix").asString());
        List<String> stored = jdbc.sql("SELECT secret_hash FROM api_tokens WHERE id = :id")
                .param("id", issued.get("id").asLong()).query(String.class).list();
        assertThat(stored).hasSize(1).first().asString().hasSize(64).doesNotContain(secret.substring(3));

        mvc.perform(get("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(owner.username()));
        mvc.perform(get("/api/v1/tokens").with(users.as(owner)))
                .andExpect(jsonPath("$[0].name").value("CI export"))
                .andExpect(jsonPath("$[0].lastUsedAt").exists())
                .andExpect(jsonPath("$[0].token").doesNotExist());
    }

    @Test
    void aTokenRequestOpensNoSessionAndNeedsNoCsrfToken() throws Exception {
        String secret = issue(owner, "{\"name\":\"script\"}").get("token").asString();
        MvcResult result = mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getCookie("SESSION")).isNull();

        long id = jdbc.sql("SELECT id FROM api_tokens WHERE user_id = :u").param("u", owner.id()).query(Long.class).single();
        mvc.perform(delete("/api/v1/tokens/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isNoContent());
    }

    @Test
    void wrongMalformedRevokedAndExpiredTokensGet401WithTheReason() throws Exception {
        JsonNode issued = issue(owner, "{\"name\":\"soon gone\"}");
        String secret = issued.get("token").asString();
        String wrong = secret.substring(0, secret.length() - 4) + (secret.endsWith("AAAA") ? "BBBB" : "AAAA");

        expect401(wrong, "Unknown API token.");
        expect401("not-a-linchpin-token", "This is not a Linchpin API token (they start with lp_).");

        mvc.perform(delete("/api/v1/tokens/" + issued.get("id").asLong()).with(users.as(owner)).with(csrf()))
                .andExpect(status().isNoContent());
        expect401(secret, "This API token was revoked on");

        String expiring = issue(owner, "{\"name\":\"expiring\"}").get("token").asString();
        jdbc.sql("UPDATE api_tokens SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE WHERE name = 'expiring' AND user_id = :u")
                .param("u", owner.id()).update();
        expect401(expiring, "This API token expired on");
    }

    @Test
    void aDisabledOwnersTokensStopAtOnce() throws Exception {
        String secret = issue(owner, "{\"name\":\"owner leaves\"}").get("token").asString();
        mvc.perform(get("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + owner.id() + "/enabled").param("value", "false").with(users.asAdmin()).with(csrf()))
                .andExpect(status().isOk());

        expect401(secret, "The account this API token belongs to is disabled.");
    }

    @Test
    void someoneElsesTokenCannotBeSeenOrRevoked() throws Exception {
        JsonNode issued = issue(owner, "{\"name\":\"mine\"}");
        UserSummary other = users.internal("other");

        mvc.perform(delete("/api/v1/tokens/" + issued.get("id").asLong()).with(users.as(other)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/tokens").with(users.as(other))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.get("token").asString()))
                .andExpect(jsonPath("$.username").value(owner.username()));
    }

    @Test
    void aTokenCannotIssueAnotherToken() throws Exception {
        String secret = issue(owner, "{\"name\":\"limited\"}").get("token").asString();
        mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"escalate\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Issue API tokens from a signed-in session, not with another token."));
    }

    @Test
    void aSessionWriteWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/api/v1/tokens").with(users.as(owner)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"no csrf\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE user_id = :u").param("u", owner.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsRefusedWithTheFailingFields() throws Exception {
        mvc.perform(post("/api/v1/tokens").with(users.as(owner)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"expiresInDays\":1000}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresInDays"));
        mvc.perform(post("/api/v1/tokens").with(users.as(owner)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + "n".repeat(101) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/tokens").with(users.as(owner)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Malformed request body")));
        mvc.perform(post("/api/v1/tokens").with(users.as(owner)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"expiresInDays\":\"soon\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void issuingAndRevokingAreAudited() throws Exception {
        JsonNode issued = issue(owner, "{\"name\":\"audited\"}");
        long id = issued.get("id").asLong();
        mvc.perform(delete("/api/v1/tokens/" + id).with(users.as(owner)).with(csrf())).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/audit").param("entityType", "ApiToken").param("entityId", String.valueOf(id))
                        .with(users.asAdmin()))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].action").value("REVOKED"))
                .andExpect(jsonPath("$.content[0].actorName").value(owner.username()))
                .andExpect(jsonPath("$.content[0].before.revokedAt").doesNotExist())
                .andExpect(jsonPath("$.content[0].after.revokedAt").exists())
                .andExpect(jsonPath("$.content[1].action").value("ISSUED"))
                .andExpect(jsonPath("$.content[1].after.prefix").value(issued.get("prefix").asString()));
    }

    @Test
    void theTokensPageShowsTheSecretOnceAndRendersNamesEscaped() throws Exception {
        String page = mvc.perform(post("/tokens").with(users.as(owner)).with(csrf()).header("HX-Request", "true")
                        .param("name", "<script>alert(1)</script>").param("days", "7"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"new-token\"").contains("value=\"lp_")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(jdbc.sql("SELECT name FROM api_tokens WHERE user_id = :u").param("u", owner.id()).query(String.class)
                .single()).isEqualTo("<script>alert(1)</script>");

        String later = mvc.perform(get("/tokens").with(users.as(owner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(later).doesNotContain("id=\"new-token\"").contains("active");
    }

    private JsonNode issue(UserSummary user, String body) throws Exception {
        String response = mvc.perform(post("/api/v1/tokens").with(users.as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    private void expect401(String secret, String reason) throws Exception {
        mvc.perform(get("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(reason)));
    }
}

package io.linchpin.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TestUsers;
import jakarta.servlet.http.Cookie;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LinchpinIntegrationTest
class UserAdministrationTest {

    private static final String NEW_PASSWORD = "a-brand-new-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    UserDetailsService userDetails;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(accounts, userDetails);
    }

    @Test
    void anInvitedPersonChoosesTheirPasswordOnceThenSignsIn() throws Exception {
        String username = TestUsers.unique("invitee");
        JsonNode invited = invite("{\"username\":\"" + username + "\",\"displayName\":\"Ivy Invitee\",\"email\":\"ivy@example.org\"}");
        assertThat(invited.at("/user/passwordSet").asBoolean()).isFalse();
        String url = invited.get("invitationUrl").asString();
        assertThat(url).startsWith("http://localhost/set-password/");
        String path = url.substring("http://localhost".length());

        mvc.perform(signIn(username, "anything")).andExpect(redirectedUrl("/login?error"));
        assertThat(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Welcome to Linchpin").contains(username);

        mvc.perform(post(path).param("password", NEW_PASSWORD).param("confirmation", "something else").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The two passwords differ")));
        mvc.perform(post(path).param("password", "short").param("confirmation", "short").with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(path).param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?passwordSet"));

        mvc.perform(signIn(username, NEW_PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(post(path).param("password", "yet-another-password").param("confirmation", "yet-another-password")
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(signIn(username, NEW_PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aPasswordResetStopsTheOldPasswordAndEndsSessions() throws Exception {
        UserSummary person = users.internal("forgetful");
        Cookie session = mvc.perform(signIn(person.username(), TestUsers.PASSWORD)).andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        String response = mvc.perform(post("/api/v1/users/" + person.id() + "/password-reset").with(users.asAdmin()).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String path = json.readTree(response).get("url").asString().substring("http://localhost".length());

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(signIn(person.username(), TestUsers.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("Choose a new password");
        mvc.perform(post(path).param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?passwordSet"));
        mvc.perform(signIn(person.username(), NEW_PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void disablingEndsTheSessionsAndRefusesSignIn() throws Exception {
        UserSummary person = users.internal("leaver");
        Cookie session = mvc.perform(signIn(person.username(), TestUsers.PASSWORD)).andReturn().getResponse().getCookie("SESSION");

        String row = mvc.perform(post("/admin/users/" + person.id() + "/enabled").param("value", "false")
                        .with(users.asAdmin()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row).contains("disabled").contains(">Enable<");

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :n").param("n", person.username())
                .query(Long.class).single()).isZero();
        mvc.perform(signIn(person.username(), TestUsers.PASSWORD)).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/users/" + person.id() + "/enabled").param("value", "true").with(users.asAdmin()).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(signIn(person.username(), TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void changesAreAuditedWithBeforeAndAfter() throws Exception {
        UserSummary person = users.internal("renamed");
        mvc.perform(put("/api/v1/users/" + person.id()).with(users.asAdmin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(update(person, "Renata Renamed", person.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Renata Renamed"))
                .andExpect(jsonPath("$.version").value(person.version() + 1));

        mvc.perform(get("/api/v1/audit").param("entityType", "User").param("entityId", String.valueOf(person.id()))
                        .with(users.asAdmin()))
                .andExpect(jsonPath("$.content[0].action").value("UPDATED"))
                .andExpect(jsonPath("$.content[0].actorName").value("admin"))
                .andExpect(jsonPath("$.content[0].before.displayName").value(person.displayName()))
                .andExpect(jsonPath("$.content[0].after.displayName").value("Renata Renamed"))
                .andExpect(jsonPath("$.content[0].after.passwordHash").doesNotExist())
                .andExpect(jsonPath("$.content[1].action").value("CREATED"))
                .andExpect(jsonPath("$.content[1].before").doesNotExist());
        String page = mvc.perform(get("/admin/audit").param("entityType", "User").with(users.asAdmin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Renata Renamed").contains("UPDATED");
    }

    @Test
    void aStaleVersionGetsTheCurrentAccountNotAnOverwrite() throws Exception {
        UserSummary person = users.internal("contested");
        mvc.perform(put("/api/v1/users/" + person.id()).with(users.asAdmin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(update(person, "First Writer", person.version()))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/" + person.id()).with(users.asAdmin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(update(person, "Second Writer", person.version())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.displayName").value("First Writer"));
        assertThat(accounts.find(person.id()).orElseThrow().displayName()).isEqualTo("First Writer");
    }

    @Test
    void scriptIsStoredAsTypedAndRenderedEscaped() throws Exception {
        String username = TestUsers.unique("xss");
        JsonNode invited = invite("{\"username\":\"" + username + "\",\"displayName\":\"<script>alert('x')</script>\"}");
        assertThat(invited.at("/user/displayName").asString()).isEqualTo("<script>alert('x')</script>");

        String page = mvc.perform(get("/admin/users").param("q", username).with(users.asAdmin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert(");
    }

    @Test
    void badInputIsRefusedWithTheFailingFieldsAndChangesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
        postUser("{\"username\":").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(startsWith("Malformed request body")));
        postUser("{\"username\":\"typed\",\"displayName\":\"T\",\"organisationId\":\"first\"}").andExpect(status().isBadRequest());
        postUser("{\"displayName\":\"No Username\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        postUser("{\"username\":\"long\",\"displayName\":\"" + "x".repeat(201) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("displayName"));
        postUser("{\"username\":\"bad email\",\"displayName\":\"B\",\"email\":\"not-an-address\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("email")));
        postUser("{\"username\":\"has space\",\"displayName\":\"S\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        postUser("{\"username\":\"admin\",\"displayName\":\"Twin\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("The username admin is taken"));
        postUser("{\"username\":\"lost\",\"displayName\":\"L\",\"organisationId\":999999}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        mvc.perform(get("/api/v1/users/not-a-number").with(users.asAdmin())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/users/999999").with(users.asAdmin())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aDepartmentMustBelongToThePersonsOrganisationAndExternalPeopleAreNeverAdministrators() throws Exception {
        OrganisationSummary vendor = directory.createOrganisation(TestUsers.unique("Vendor"), OrganisationKind.EXTERNAL);
        DepartmentSummary internalDepartment = directory.createDepartment(directory.homeOrganisationId(), TestUsers.unique("Ops"));
        postUser("{\"username\":\"" + TestUsers.unique("misplaced") + "\",\"displayName\":\"M\",\"organisationId\":"
                + vendor.id() + ",\"departmentId\":" + internalDepartment.id() + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("departmentId"));
        postUser("{\"username\":\"" + TestUsers.unique("vendor-admin") + "\",\"displayName\":\"V\",\"organisationId\":"
                + vendor.id() + ",\"admin\":true}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("admin"));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        UserSummary admin = users.admin("careful-admin");
        mvc.perform(post("/admin/users/" + admin.id() + "/enabled").param("value", "false").with(users.as(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("You cannot disable your own account")));
        mvc.perform(post("/admin/users/" + admin.id() + "/admin").param("value", "false").with(users.as(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(accounts.find(admin.id()).orElseThrow()).extracting(UserSummary::enabled, UserSummary::admin)
                .containsExactly(true, true);

        mvc.perform(post("/admin/users/" + admin.id() + "/admin").param("value", "false").with(users.asAdmin()).with(csrf()))
                .andExpect(status().isOk());
        assertThat(accounts.find(admin.id()).orElseThrow().admin()).isFalse();
    }

    private JsonNode invite(String body) throws Exception {
        return json.readTree(postUser(body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private ResultActions postUser(String body) throws Exception {
        return mvc.perform(post("/api/v1/users").with(users.asAdmin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String update(UserSummary person, String displayName, long version) {
        return "{\"displayName\":\"" + displayName + "\",\"organisationId\":" + person.organisationId()
                + ",\"admin\":false,\"enabled\":true,\"version\":" + version + "}";
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }
}

package io.linchpin.server.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TestUsers;

/**
 * Who may reach what of identity and operations: anonymous callers get 401 on the API and the
 * sign-in page in the UI; people without the right get 403; external people see no directory.
 */
@LinchpinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    PasswordLinks links;

    @Autowired
    UserDetailsService userDetails;

    TestUsers users;
    UserSummary staff;
    UserSummary vendor;

    @BeforeEach
    void setUp() {
        if (users == null) {
            users = new TestUsers(accounts, userDetails);
            staff = users.internal("staff");
            vendor = ExternalParties.person(directory, administration, links, "vendor");
        }
    }

    static Stream<Arguments> adminOnlyApi() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/v1/audit", null),
                Arguments.of(HttpMethod.POST, "/api/v1/users", "{\"username\":\"x-new\",\"displayName\":\"X\"}"),
                Arguments.of(HttpMethod.PUT, "/api/v1/users/1", "{\"displayName\":\"X\",\"organisationId\":1,\"admin\":true,\"enabled\":true,\"version\":0}"),
                Arguments.of(HttpMethod.POST, "/api/v1/users/1/password-reset", null),
                Arguments.of(HttpMethod.POST, "/api/v1/organisations", "{\"name\":\"Acme\",\"kind\":\"EXTERNAL\"}"),
                Arguments.of(HttpMethod.PUT, "/api/v1/organisations/1", "{\"name\":\"Renamed\",\"version\":0}"),
                Arguments.of(HttpMethod.POST, "/api/v1/departments", "{\"organisationId\":1,\"name\":\"Ops\"}"),
                Arguments.of(HttpMethod.PUT, "/api/v1/departments/1", "{\"name\":\"Ops\",\"version\":0}"),
                Arguments.of(HttpMethod.POST, "/api/v1/admin/backups", null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminOnlyApi")
    void adminOnlyEndpointsAnswer401Anonymous403OthersAndNothingChanges(HttpMethod method, String path, String body)
            throws Exception {
        mvc.perform(call(method, path, body)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(call(method, path, body).with(users.as(staff))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(call(method, path, body).with(users.as(vendor))).andExpect(status().isForbidden());
    }

    static Stream<String> directoryReads() {
        return Stream.of("/api/v1/users", "/api/v1/users/1", "/api/v1/organisations", "/api/v1/organisations/1",
                "/api/v1/departments");
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("directoryReads")
    void theDirectoryIsForInternalPeopleOnly(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get(path).with(users.as(vendor))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(users.as(staff))).andExpect(status().isOk());
    }

    static Stream<String> adminPages() {
        return Stream.of("/admin/users", "/admin/organisations", "/admin/audit");
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("adminPages")
    void adminPagesRedirectAnonymousToSignInAndRefuseOthers(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(path).with(users.as(staff))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(users.as(vendor))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(users.asAdmin())).andExpect(status().isOk());
    }

    @Test
    void adminPageActionsAreRefusedToOthers() throws Exception {
        mvc.perform(post("/admin/users/" + staff.id() + "/admin").param("value", "true").with(users.as(staff)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users/" + staff.id()).with(users.as(staff))).andExpect(jsonPath("$.admin").value(false));
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/users").param("username", "no-csrf").param("displayName", "No").with(users.asAdmin()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(users.as(staff))).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder call(HttpMethod method, String path, String body) {
        MockHttpServletRequestBuilder request = request(method, path).with(csrf());
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}

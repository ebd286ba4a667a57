package io.linchpin.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TestUsers;

/**
 * A person of an outside party signs in like anyone, but is marked external: no directory, no
 * audit log, no administration. (That they see no project until something is put to them is
 * enforced, and tested, by the capabilities that hold projects, orders and consultations.)
 */
@LinchpinIntegrationTest
class ExternalPartyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    UserAdministration administration;

    @Autowired
    PasswordLinks links;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void anExternalPersonIsMarkedAndSeesNoDirectory() throws Exception {
        UserSummary vendor = ExternalParties.person(directory, administration, links, "supplier");
        assertThat(vendor.external()).isTrue();

        mvc.perform(post("/login").param("username", vendor.username()).param("password", TestUsers.PASSWORD).with(csrf()))
                .andExpect(authenticated().withAuthenticationPrincipal(userDetails.loadUserByUsername(vendor.username())));
        LinchpinUser principal = (LinchpinUser) userDetails.loadUserByUsername(vendor.username());
        assertThat(principal.external()).isTrue();
        assertThat(principal.admin()).isFalse();
        assertThat(principal.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_USER", "ROLE_EXTERNAL");

        TestUsers users = new TestUsers(accounts, userDetails);
        mvc.perform(get("/api/v1/users/me").with(users.as(vendor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.external").value(true));
        for (String path : new String[] {"/api/v1/users", "/api/v1/users/" + vendor.id(), "/api/v1/organisations",
                "/api/v1/departments", "/api/v1/audit"}) {
            mvc.perform(get(path).with(users.as(vendor))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/users").with(users.as(vendor))).andExpect(status().isForbidden());
    }

    @Test
    void internalPeopleAreNotExternal() {
        UserSummary staff = new TestUsers(accounts, userDetails).internal("insider");
        LinchpinUser principal = (LinchpinUser) userDetails.loadUserByUsername(staff.username());
        assertThat(principal.external()).isFalse();
        assertThat(principal.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_INTERNAL")
                .doesNotContain("ROLE_EXTERNAL");
    }
}

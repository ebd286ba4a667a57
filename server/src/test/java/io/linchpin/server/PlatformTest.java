package io.linchpin.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@LinchpinIntegrationTest
class PlatformTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void healthIsUpWithLivenessAndReadiness() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void prometheusExposesServerMetrics() throws Exception {
        String metrics = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void migrationsRanFromAnEmptyDatabase() {
        Integer failed = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE").query(Integer.class).single();
        Integer applied = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE").query(Integer.class).single();
        assertThat(failed).isZero();
        assertThat(applied).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anonymousApiCallGetsProblem401NotARedirect() throws Exception {
        mvc.perform(get("/api/v1/anything").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.instance").value("/api/v1/anything"));
    }

    @Test
    void anonymousPageRedirectsToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }

    @Test
    void firstStartCreatedAdminWithConfiguredPassword() throws Exception {
        mvc.perform(formLogin().user("admin").password(TestDatabase.ADMIN_PASSWORD)).andExpect(authenticated().withUsername("admin"));
        mvc.perform(formLogin().user("admin").password("wrong")).andExpect(unauthenticated());
    }
}

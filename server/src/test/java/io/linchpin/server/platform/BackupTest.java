package io.linchpin.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TestDatabase;
import io.linchpin.server.TestUsers;
import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.identity.UserSummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LinchpinIntegrationTest
class BackupTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void anH2BackupRestoresIntoAnEmptyDatabaseAsItWas() throws Exception {
        Assumptions.assumeFalse(TestDatabase.postgres(), "H2 only: PostgreSQL is backed up with pg_dump");
        TestUsers users = new TestUsers(accounts, userDetails);
        UserSummary before = users.internal("backed-up");

        JsonNode backup = json.readTree(mvc.perform(post("/api/v1/admin/backups").with(users.asAdmin()).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        UserSummary after = users.internal("too-late");
        Path file = Path.of(backup.get("file").asString());
        assertThat(file).exists().hasFileName(file.getFileName().toString());
        assertThat(file.getFileName().toString()).matches("linchpin-\\d{8}-\\d{6}-\\d{3}\\.sql\\.gz");
        assertThat(backup.get("bytes").asLong()).isEqualTo(Files.size(file)).isPositive();

        String restored = "jdbc:h2:mem:restored-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(restored, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + file + "' COMPRESSION GZIP");
            assertThat(count(statement, "SELECT COUNT(*) FROM users WHERE username = '" + before.username() + "'")).isEqualTo(1);
            assertThat(count(statement, "SELECT COUNT(*) FROM users WHERE username = '" + after.username() + "'")).isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'User' AND entity_id = " + before.id()))
                    .isEqualTo(1);
            // The restored schema is exactly what this build's migrations make: the server would start on it.
            Flyway.configure().dataSource(restored, "sa", "").locations("classpath:db/migration").load().validate();
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void onPostgresqlTheBackupCommandPointsToPgDump() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgres());
        mvc.perform(post("/api/v1/admin/backups").with(new TestUsers(accounts, userDetails).asAdmin()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("pg_dump")));
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

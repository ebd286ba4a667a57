package io.linchpin.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.linchpin.server.LinchpinApplication;

/** The two start-ups an operator meets first end with one clear message, not a stack trace to decode. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @Test
    void anUnreachableDatabaseStopsStartUpWithWhatToCheck(CapturedOutput output) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> start("--linchpin.database.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/linchpin",
                "--linchpin.database.user=linchpin", "--linchpin.database.password=secret"))
                .isInstanceOf(RuntimeException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Linchpin cannot reach its database: Connection to 127.0.0.1:" + closedPort + " refused")
                .contains("Check that the database server is running and that LINCHPIN_DATABASE_URL");
    }

    @Test
    void aSchemaNewerThanTheCodeIsRefusedAndLeftAlone(CapturedOutput output) throws Exception {
        String url = "jdbc:h2:mem:future-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) SELECT MAX(installed_rank) + 1, "
                    + "'999', 'from a newer linchpin', 'SQL', 'V999__from_a_newer_linchpin.sql', 0, 'sa', "
                    + "CURRENT_TIMESTAMP, 1, TRUE FROM flyway_schema_history");
            long history = historyRows(statement);

            assertThatThrownBy(() -> start("--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                    "--spring.datasource.password="))
                    .isInstanceOf(RuntimeException.class);

            assertThat(output.getOut() + output.getErr())
                    .contains("The database schema is newer than this Linchpin: it holds migrations 999 (from a newer linchpin)")
                    .contains("Run the Linchpin version that migrated this database (or newer), or restore a backup");
            assertThat(historyRows(statement)).as("nothing migrated, nothing removed").isEqualTo(history);
            statement.execute("SHUTDOWN");
        }
    }

    private static long historyRows(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void start(String... args) throws IOException {
        new SpringApplicationBuilder(LinchpinApplication.class).run(concat(args, "--server.port=0",
                "--linchpin.data-dir=" + Files.createTempDirectory("linchpin-startup")));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}

package io.linchpin.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives each test application context a fresh, empty database: an in-memory H2 database, or a
 * new database on one embedded PostgreSQL server (real PostgreSQL binaries) started once per JVM.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("linchpin.test.database", "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url;
        String user;
        String password = "";
        if (postgres()) {
            String name = "linchpin_test_" + DATABASES.incrementAndGet();
            EmbeddedPostgres server = server();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test database " + name, e);
            }
            url = server.getJdbcUrl("postgres", name);
            user = "postgres";
        } else {
            url = "jdbc:h2:mem:linchpin-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
        }
        TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                "spring.datasource.password=" + password, "linchpin.admin-password=" + ADMIN_PASSWORD,
                "linchpin.data-dir=" + dataDir())
                .applyTo(context);
    }

    /** A fresh directory for what the server writes beside its database (backups). */
    private static Path dataDir() {
        try {
            return Files.createTempDirectory("linchpin-test-data");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary data directory", e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is going away; the server's files are in a temporary directory.
                }
            }));
        }
        return postgres;
    }
}

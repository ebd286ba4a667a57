package io.linchpin.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Online backup of the embedded H2 database: {@code SCRIPT TO} writes the whole database (schema,
 * data, Flyway's history) as gzipped SQL, from one consistent snapshot, which H2's {@code RUNSCRIPT} (or its RunScript tool)
 * loads into an empty database, also under a newer H2. PostgreSQL is backed up with its own tools
 * ({@code pg_dump}), as the README says.
 */
@Service
public class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Path directory;

    DatabaseBackup(DataSource dataSource, Environment environment) {
        this.dataSource = dataSource;
        String configured = environment.getProperty("linchpin.backup-dir", "");
        this.directory = (configured.isBlank()
                ? Path.of(environment.getProperty("linchpin.data-dir", "./data")).resolve("backups")
                : Path.of(configured)).toAbsolutePath().normalize();
    }

    /** A finished backup file. */
    public record BackupFile(Path file, long bytes, Instant createdAt) {
    }

    /** Writes a backup of the running database into the backup directory. */
    public BackupFile backUp() {
        if (!runsOnH2()) {
            throw new ConflictException("This server runs on PostgreSQL: back it up with pg_dump (see the README, "
                    + "section Backup). The backup command is for the embedded H2 database.", null);
        }
        Instant now = Instant.now();
        Path file = directory.resolve("linchpin-" + STAMP.format(now) + ".sql.gz");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup directory " + directory
                    + " (LINCHPIN_BACKUP_DIR): " + e.getMessage(), e);
        }
        script(file);
        try {
            long bytes = Files.size(file);
            log.info("Backed up the database to {} ({} bytes)", file, bytes);
            return new BackupFile(file, bytes, now);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup " + file + " was not written: " + e.getMessage(), e);
        }
    }

    /**
     * {@code SCRIPT} inside one serializable transaction: H2 then reads every table from the same
     * snapshot, so the backup is consistent while people keep working.
     */
    private void script(Path file) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION GZIP");
                connection.commit();
            } finally {
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The backup to " + file + " failed: " + e.getMessage(), e);
        }
    }

    private boolean runsOnH2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is: " + e.getMessage(), e);
        }
    }
}

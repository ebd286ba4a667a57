package io.linchpin.server.platform;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the schema at start-up, but refuses a database that a newer Linchpin has migrated:
 * running old code on a newer schema could silently lose what users saved.
 */
@Configuration(proxyBeanMethods = false)
class SchemaGuard {

    @Bean
    FlywayMigrationStrategy guardedMigration() {
        return flyway -> {
            MigrationInfo[] future = Arrays.stream(flyway.info().all())
                    .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                    .toArray(MigrationInfo[]::new);
            if (future.length > 0) {
                throw new SchemaNewerThanCodeException(Arrays.stream(future)
                        .map(m -> m.getVersion() + " (" + m.getDescription() + ")")
                        .collect(Collectors.joining(", ")), latestKnown(flyway.info().all()));
            }
            flyway.migrate();
        };
    }

    private static String latestKnown(MigrationInfo[] all) {
        return Arrays.stream(all)
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().toString())
                .reduce((a, b) -> b)
                .orElse("none");
    }

    /** The database holds migrations this build does not know. */
    static class SchemaNewerThanCodeException extends IllegalStateException {

        final String futureMigrations;
        final String latestKnown;

        SchemaNewerThanCodeException(String futureMigrations, String latestKnown) {
            super("The database schema is newer than this Linchpin: it holds migrations " + futureMigrations
                    + " but this build knows migrations up to " + latestKnown + ".");
            this.futureMigrations = futureMigrations;
            this.latestKnown = latestKnown;
        }
    }
}

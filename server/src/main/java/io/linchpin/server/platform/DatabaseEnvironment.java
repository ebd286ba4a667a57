package io.linchpin.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database before anything connects: PostgreSQL when {@code linchpin.database.url}
 * ({@code LINCHPIN_DATABASE_URL}) is set, otherwise the embedded H2 database in file mode under
 * {@code linchpin.data-dir}. Added last, so an explicit {@code spring.datasource.*} still wins.
 */
class DatabaseEnvironment implements EnvironmentPostProcessor {

    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        String url = environment.getProperty("linchpin.database.url", "");
        if (url.isBlank()) {
            Path dataDir = Path.of(environment.getProperty("linchpin.data-dir", "./data")).toAbsolutePath().normalize();
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + dataDir
                        + " (LINCHPIN_DATA_DIR): " + e.getMessage(), e);
            }
            properties.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("linchpin") + H2_OPTIONS);
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        } else {
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", environment.getProperty("linchpin.database.user", ""));
            properties.put("spring.datasource.password", environment.getProperty("linchpin.database.password", ""));
        }
        environment.getPropertySources().addLast(new MapPropertySource("linchpinDatabase", properties));
    }
}

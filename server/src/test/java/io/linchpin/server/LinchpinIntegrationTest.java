package io.linchpin.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the running server against a real database: H2 by default, PostgreSQL when the
 * system property {@code linchpin.test.database=postgres} is set (the second Surefire execution
 * runs every test tagged {@code db} that way). Keep the configuration identical across tests so
 * that Spring caches one context per database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("db")
public @interface LinchpinIntegrationTest {
}

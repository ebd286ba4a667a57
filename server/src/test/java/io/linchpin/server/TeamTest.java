package io.linchpin.server;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the tests that work on a project of their own ({@link TestTeam}, new for each test) and
 * call the API as its people ({@link TestApi}). Subclasses are {@link LinchpinIntegrationTest}s.
 */
public abstract class TeamTest {

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JsonMapper json;

    protected TestApi api;
    protected TestTeam team;

    @BeforeEach
    void createTheTeam() {
        api = new TestApi(mvc, json);
        team = new TestTeam(context);
    }
}

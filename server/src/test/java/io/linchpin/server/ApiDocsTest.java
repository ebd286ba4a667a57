package io.linchpin.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /v3/api-docs describes every endpoint of the authorization matrix, with its success and problem answers. */
@LinchpinIntegrationTest
class ApiDocsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void everyEndpointIsDescribedWithItsStatusesAndProblems() throws Exception {
        JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        for (AuthorizationMatrixTest.Endpoint endpoint : AuthorizationMatrixTest.endpoints()) {
            String path = endpoint.path().replaceAll("\\{(task|child)}", "{taskId}").replace("{project}", "{projectId}")
                    .replace("{comment}", "{commentId}").replace("{viewer}", "{userId}").replace("{link}", "{linkId}")
                    .replace("{calendar}", "{calendarId}").replace("{baseline}", "{number}").replaceAll("\\?.*", "");
            JsonNode operation = docs.path("paths").path(path).path(endpoint.method().name().toLowerCase(Locale.ROOT));
            assertThat(operation.isMissingNode()).as("%s is documented", endpoint).isFalse();
            JsonNode responses = operation.get("responses");
            assertThat(responses.has(String.valueOf(endpoint.success()))).as("%s answers %d", endpoint, endpoint.success())
                    .isTrue();
            assertThat(responses.has("401")).as(endpoint.toString()).isTrue();
            if (endpoint.minimum() != null) {
                assertThat(responses.has("403") && responses.has("404")).as(endpoint.toString()).isTrue();
            }
        }
        JsonNode patchTask = docs.path("paths").path("/api/v1/projects/{projectId}/tasks/{taskId}").path("patch");
        assertThat(patchTask.path("responses").has("409")).isTrue();
        assertThat(patchTask.path("responses").path("422").path("content").has("application/problem+json")).isTrue();
        assertThat(docs.path("components").path("schemas").path("TaskChanges").path("properties").has("durationMinutes"))
                .isTrue();
        assertThat(docs.path("components").path("schemas").path("Problem").path("properties").has("errors")).isTrue();
    }
}

package io.linchpin.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.linchpin.server.identity.LinchpinUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the REST API as a given person (or anonymously, for null) through MockMvc, with a session's
 * CSRF token, and reads JSON answers.
 */
public final class TestApi {

    private final MockMvc mvc;
    private final JsonMapper json;

    public TestApi(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** The answer of one call: its status, headers and body. */
    public record Answer(int status, String body, String etag, String contentType, JsonMapper mapper) {

        public JsonNode json() {
            return mapper.readTree(body);
        }

        public long id() {
            return json().get("id").asLong();
        }

        public long version() {
            return json().get("version").asLong();
        }
    }

    public Answer get(LinchpinUser who, String path) {
        return call(who, HttpMethod.GET, path, null, null);
    }

    public Answer post(LinchpinUser who, String path, Object body) {
        return call(who, HttpMethod.POST, path, body, null);
    }

    public Answer patch(LinchpinUser who, String path, Object body) {
        return call(who, HttpMethod.PATCH, path, body, null);
    }

    public Answer put(LinchpinUser who, String path, Object body) {
        return call(who, HttpMethod.PUT, path, body, null);
    }

    public Answer delete(LinchpinUser who, String path) {
        return call(who, HttpMethod.DELETE, path, null, null);
    }

    /** A call with a body that is sent as is: raw JSON text (malformed on purpose), or an object to serialise. */
    public Answer call(LinchpinUser who, HttpMethod method, String path, Object body, String ifMatch) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).with(csrf());
        if (who != null) {
            request.with(user(who));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String text ? text : json.writeValueAsString(body));
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            return new Answer(result.getResponse().getStatus(), result.getResponse().getContentAsString(),
                    result.getResponse().getHeader("ETag"), result.getResponse().getContentType(), json);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }
}

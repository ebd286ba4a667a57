package io.linchpin.server.projects.web;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Describes in {@code /v3/api-docs} the errors every project endpoint can answer, as the RFC 9457
 * problem details they are: which status means what, and the {@code errors} and {@code current}
 * members that come with them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenApiCustomizer projectProblems() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/v1/projects")) {
                    return;
                }
                boolean inProject = path.contains("{projectId}");
                item.readOperationsMap().forEach((method, operation) -> {
                    ApiResponses responses = operation.getResponses();
                    add(responses, "401", "Not signed in, and no valid API token");
                    if (inProject) {
                        add(responses, "403", "Your role in the project does not allow this (detail says which role it needs)");
                        add(responses, "404", "No such project or resource, or one of a project you are not a member of");
                    } else if (method == HttpMethod.POST) {
                        add(responses, "403", "People of an external organisation cannot create projects");
                    }
                    if (method != HttpMethod.GET && method != HttpMethod.DELETE) {
                        add(responses, "400", "Malformed JSON, a value of the wrong type or an invalid field (errors names each)");
                        add(responses, "422", "Refused input: an unknown reference, a rule of the project (errors names each field)");
                    }
                    if (method == HttpMethod.PATCH || method == HttpMethod.PUT || path.endsWith("/transitions")
                            && method == HttpMethod.POST) {
                        add(responses, "409", "Changed by someone else since the version you sent: current holds it as it is now");
                    }
                });
            });
        };
    }

    private static void add(ApiResponses responses, String status, String description) {
        responses.putIfAbsent(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema field = new ObjectSchema();
        field.setProperties(Map.of("field", new StringSchema().example("tasks[3].name"),
                "message", new StringSchema().example("must not be blank")));
        ObjectSchema problem = new ObjectSchema();
        problem.setDescription("RFC 9457 problem details");
        problem.setProperties(Map.of("type", new StringSchema(), "title", new StringSchema(),
                "status", new IntegerSchema(), "detail", new StringSchema(), "instance", new StringSchema(),
                "errors", new ArraySchema().items(field).description("The failing fields, for 400 and 422"),
                "current", new ObjectSchema().description("For 409: the resource as it is now")));
        return problem;
    }
}

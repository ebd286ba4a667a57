package io.linchpin.server.transfer.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The problem answers of the endpoints outside a project's path (new imports, personal feeds);
 * those under {@code /api/v1/projects} get theirs from the projects module's description.
 */
@Configuration(proxyBeanMethods = false)
class TransferApiDocs {

    @Bean
    OpenApiCustomizer transferProblems() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/v1/imports") && !path.startsWith("/api/v1/feeds")) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses();
                add(responses, "401", "Not signed in, and no valid API token");
                if (path.startsWith("/api/v1/imports")) {
                    add(responses, "403", "People of an external organisation cannot create projects");
                    add(responses, "413", "The file is larger than linchpin.import.max-file-size");
                    add(responses, "422", "The file cannot be read or stored: detail names the file and the problem");
                }
                if (method == HttpMethod.DELETE) {
                    add(responses, "404", "No such feed of yours");
                }
            });
        });
    }

    private static void add(ApiResponses responses, String status, String description) {
        responses.putIfAbsent(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("Problem")))));
    }
}

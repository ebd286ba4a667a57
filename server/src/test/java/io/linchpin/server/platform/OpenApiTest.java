package io.linchpin.server.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.linchpin.server.LinchpinIntegrationTest;

@LinchpinIntegrationTest
class OpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiDescriptionNamesTheEndpointsAndTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Linchpin API"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.session.in").value("cookie"))
                .andExpect(jsonPath("$.security[0].bearer").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens/{id}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}/password-reset'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/departments/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/admin/backups'].post").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}

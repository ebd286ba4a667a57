package io.linchpin.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LinchpinIntegrationTest
class DirectoryApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService userDetails;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(accounts, userDetails);
    }

    @Test
    void organisationsAndDepartmentsAreCreatedRenamedAndListed() throws Exception {
        String name = TestUsers.unique("Acme Cabling");
        JsonNode acme = created(send(post("/api/v1/organisations"), "{\"name\":\"" + name + "\",\"kind\":\"EXTERNAL\"}"));
        assertThat(acme.get("kind").asString()).isEqualTo("EXTERNAL");
        long id = acme.get("id").asLong();

        JsonNode team = created(send(post("/api/v1/departments"), "{\"organisationId\":" + id + ",\"name\":\"Field team\"}"));
        long teamVersion = team.get("version").asLong();
        send(put("/api/v1/departments/" + team.get("id").asLong()), "{\"name\":\"Field crew\",\"version\":" + teamVersion + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Field crew"))
                .andExpect(jsonPath("$.version").value(teamVersion + 1));
        send(put("/api/v1/organisations/" + id), "{\"name\":\"" + name + " Ltd\",\"version\":" + acme.get("version").asLong() + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name + " Ltd"));

        UserSummary reader = users.internal("reader");
        mvc.perform(get("/api/v1/departments").param("organisationId", String.valueOf(id)).with(users.as(reader)))
                .andExpect(jsonPath("$[0].name").value("Field crew"));
        mvc.perform(get("/api/v1/organisations/" + id).with(users.as(reader)))
                .andExpect(jsonPath("$.name").value(name + " Ltd"));
        mvc.perform(get("/api/v1/audit").param("entityType", "Organisation").param("entityId", String.valueOf(id))
                        .with(users.asAdmin()))
                .andExpect(jsonPath("$.content[0].action").value("RENAMED"))
                .andExpect(jsonPath("$.content[0].before.name").value(name))
                .andExpect(jsonPath("$.content[0].after.name").value(name + " Ltd"));
    }

    @Test
    void staleRenamesConflictAndBadInputIsRefused() throws Exception {
        String name = TestUsers.unique("Globex");
        JsonNode globex = created(send(post("/api/v1/organisations"), "{\"name\":\"" + name + "\",\"kind\":\"EXTERNAL\"}"));
        long id = globex.get("id").asLong();
        String seen = ",\"version\":" + globex.get("version").asLong() + "}";
        send(put("/api/v1/organisations/" + id), "{\"name\":\"" + name + " One\"" + seen).andExpect(status().isOk());
        send(put("/api/v1/organisations/" + id), "{\"name\":\"" + name + " Two\"" + seen)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.current.name").value(name + " One"));

        send(post("/api/v1/organisations"), "{\"name\":\"" + name + "x\",\"kind\":\"PARTNER\"}").andExpect(status().isBadRequest());
        send(post("/api/v1/organisations"), "{\"name\":\"\",\"kind\":\"EXTERNAL\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        send(post("/api/v1/organisations"), "{\"name\":\"" + name + " One\",\"kind\":\"EXTERNAL\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("name"));
        send(post("/api/v1/departments"), "{\"organisationId\":999999,\"name\":\"Nowhere\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        send(put("/api/v1/departments/999999"), "{\"name\":\"Nowhere\",\"version\":0}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/departments").param("organisationId", "999999").with(users.asAdmin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOrganisationsPageAddsADepartmentInline() throws Exception {
        String department = TestUsers.unique("<b>Facilities</b>");
        String fragment = mvc.perform(post("/admin/organisations/" + homeOrganisation() + "/departments")
                        .param("name", department).header("HX-Request", "true").with(users.asAdmin()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div id=\"directory\"").contains(department.replace("<", "&lt;").replace(">", "&gt;"));

        mvc.perform(post("/admin/organisations/" + homeOrganisation() + "/departments").param("name", "")
                        .with(users.asAdmin()).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    private long homeOrganisation() throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/users/me").with(users.asAdmin())).andReturn().getResponse()
                .getContentAsString()).get("organisationId").asLong();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(users.asAdmin()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode created(ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }
}

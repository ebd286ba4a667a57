package io.linchpin.server.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import io.linchpin.server.identity.LinchpinUser;
import tools.jackson.databind.JsonNode;

@LinchpinIntegrationTest
class ProjectApiTest extends TeamTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProjectIsRefusedWithEveryProblemNamed() {
        Answer refused = api.post(team.member, "/api/v1/projects", Map.of("code", team.project.code(), "name", "Dup",
                "timeZone", "Mars/Olympus", "currency", "ABC", "plannedStart", "2027-05-01",
                "committedFinish", "2027-04-01"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("code", "timeZone", "currency", "committedFinish");

        Answer missing = api.post(team.member, "/api/v1/projects", Map.of("code", "lower case"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("code", "name", "timeZone", "currency");
    }

    @Test
    void changesApplyOnlyToTheFieldsSentAndNullClearsOptionalOnes() {
        String path = team.projectPath();
        api.patch(team.manager, path, Map.of("description", "To be cleared", "version", 0));
        Answer changed = api.call(team.manager, HttpMethod.PATCH, path,
                "{\"description\": null, \"status\": \"ON_HOLD\", \"version\": 1}", null);
        assertThat(changed.status()).isEqualTo(200);
        JsonNode project = changed.json();
        assertThat(project.get("status").asString()).isEqualTo("ON_HOLD");
        assertThat(project.has("description")).isFalse();
        assertThat(project.get("name").asString()).isEqualTo(team.project.name());
        assertThat(project.get("plannedStart").asString()).isEqualTo("2027-01-04");

        Answer refused = api.call(team.manager, HttpMethod.PATCH, path, "{\"name\": null, \"version\": 2}", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void onlyAnOwnerHandsTheProjectOverAndTheNewOwnerBecomesAnOwnerMember() {
        String path = team.projectPath();
        assertThat(api.patch(team.manager, path, Map.of("ownerId", team.member.id(), "version", 0)).status())
                .isEqualTo(403);
        Answer handedOver = api.patch(team.owner, path, Map.of("ownerId", team.member.id(), "version", 0));
        assertThat(handedOver.status()).isEqualTo(200);
        assertThat(handedOver.json().get("owner").get("id").asLong()).isEqualTo(team.member.id());
        assertThat(role(team.member)).isEqualTo("OWNER");

        Answer demote = api.patch(team.owner, path + "/members/" + team.member.id(),
                Map.of("role", "VIEWER", "version", memberVersion(team.member)));
        assertThat(demote.status()).isEqualTo(422);
        assertThat(demote.body()).contains("owns the project");
        assertThat(api.delete(team.owner, path + "/members/" + team.member.id()).status()).isEqualTo(422);
    }

    @Test
    void managersManageMembersAndViewersButOnlyOwnersManageManagers() {
        String members = team.projectPath() + "/members";
        LinchpinUser newcomer = team.person("newcomer", false);
        assertThat(api.post(team.manager, members, Map.of("userId", newcomer.id(), "role", "MANAGER")).status())
                .isEqualTo(403);
        assertThat(api.post(team.manager, members, Map.of("username", newcomer.getUsername(), "role", "MEMBER")).status())
                .isEqualTo(201);
        assertThat(api.post(team.manager, members, Map.of("userId", newcomer.id(), "role", "MEMBER")).status())
                .isEqualTo(422);
        assertThat(api.patch(team.manager, members + "/" + newcomer.id(), Map.of("role", "MANAGER", "version", 0))
                .status()).isEqualTo(403);
        assertThat(api.patch(team.owner, members + "/" + newcomer.id(), Map.of("role", "MANAGER", "version", 0))
                .status()).isEqualTo(200);
        assertThat(api.delete(team.manager, members + "/" + newcomer.id()).status()).isEqualTo(403);
        assertThat(api.delete(team.owner, members + "/" + newcomer.id()).status()).isEqualTo(204);
        assertThat(api.post(team.manager, members, Map.of("userId", 987654321, "role", "MEMBER")).status())
                .isEqualTo(422);
    }

    @Test
    void peopleOfAnExternalOrganisationGetNoProjectRoleAndCreateNoProject() {
        LinchpinUser vendor = external("vendor");
        Answer added = api.post(team.owner, team.projectPath() + "/members",
                Map.of("userId", vendor.id(), "role", "MEMBER"));
        assertThat(added.status()).isEqualTo(422);
        assertThat(added.json().get("errors").get(0).get("message").asString())
                .contains("belongs to an external organisation")
                .contains("cannot be owners, managers, members or viewers");
        assertThat(api.post(team.owner, team.projectPath() + "/members", Map.of("userId", vendor.id(), "role", "VIEWER"))
                .status()).isEqualTo(422);

        Answer create = api.post(vendor, "/api/v1/projects", Map.of("code", team.code("V"), "name", "Vendor's",
                "timeZone", "UTC", "currency", "EUR"));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().get("detail").asString()).contains("external organisation");
        assertThat(api.patch(team.owner, team.projectPath(), Map.of("ownerId", vendor.id(), "version", 0)).status())
                .isEqualTo(422);
    }

    @Test
    void ownersDeleteAProjectWithAllItsWork() {
        long task = api.post(team.member, team.projectPath() + "/tasks", Map.of("name", "Doomed")).id();
        api.post(team.member, team.projectPath() + "/tasks/" + task + "/comments", Map.of("body", "Bye"));
        assertThat(api.delete(team.manager, team.projectPath()).status()).isEqualTo(403);
        assertThat(api.call(team.owner, HttpMethod.DELETE, team.projectPath(), null, "\"7\"")
                .status()).isEqualTo(409);
        assertThat(api.delete(team.owner, team.projectPath()).status()).isEqualTo(204);
        assertThat(api.get(team.owner, team.projectPath()).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks WHERE project_id = :p").param("p", team.project.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE project_id = :p AND action = 'DELETED'")
                .param("p", team.project.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theAuditLogRecordsWhoChangedWhatBeforeAndAfter() {
        long task = api.post(team.member, team.projectPath() + "/tasks", Map.of("name", "Before")).id();
        api.patch(team.manager, team.projectPath() + "/tasks/" + task, Map.of("name", "After", "version", 0));
        JsonNode latest = api.get(team.viewer, team.projectPath() + "/audit?size=1").json().get("items").get(0);
        assertThat(latest.get("entityType").asString()).isEqualTo("Task");
        assertThat(latest.get("entityId").asLong()).isEqualTo(task);
        assertThat(latest.get("action").asString()).isEqualTo("UPDATED");
        assertThat(latest.get("actor").get("username").asString()).isEqualTo(team.manager.getUsername());
        assertThat(latest.get("before").get("name").asString()).isEqualTo("Before");
        assertThat(latest.get("after").get("name").asString()).isEqualTo("After");
    }

    private String role(LinchpinUser who) {
        for (JsonNode m : api.get(team.owner, team.projectPath() + "/members").json()) {
            if (m.get("user").get("id").asLong() == who.id()) {
                return m.get("role").asString();
            }
        }
        return null;
    }

    private long memberVersion(LinchpinUser who) {
        for (JsonNode m : api.get(team.owner, team.projectPath() + "/members").json()) {
            if (m.get("user").get("id").asLong() == who.id()) {
                return m.get("version").asLong();
            }
        }
        throw new IllegalStateException("not a member");
    }

    /** A person of an outside organisation (a vendor); identity has no API for that yet, so it is set up in SQL. */
    private LinchpinUser external(String role) {
        LinchpinUser person = team.person(role, false);
        jdbc.sql("INSERT INTO organisations (name, kind, created_at) VALUES (:name, 'EXTERNAL', :at)")
                .param("name", "Vendor " + team.tag).param("at", OffsetDateTime.now()).update();
        jdbc.sql("UPDATE users SET organisation_id = (SELECT id FROM organisations WHERE name = :name) WHERE id = :id")
                .param("name", "Vendor " + team.tag).param("id", person.id()).update();
        return person;
    }
}

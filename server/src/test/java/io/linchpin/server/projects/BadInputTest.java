package io.linchpin.server.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

/** Bad input gets a problem that says what is wrong and where, and changes nothing. */
@LinchpinIntegrationTest
class BadInputTest extends TeamTest {

    static final String SCRIPT = "<script>alert('x')</script> & \"quotes\"";

    String tasks;

    @BeforeEach
    void setUp() {
        tasks = team.projectPath() + "/tasks";
    }

    @Test
    void malformedJsonIsA400ProblemAndCreatesNothing() {
        Answer answer = api.call(team.member, HttpMethod.POST, tasks, "{\"name\": \"Unclosed", null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).startsWith("Malformed request body");
        assertThat(count()).isZero();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        assertThat(field(api.call(team.member, HttpMethod.POST, tasks, "{\"name\":\"x\",\"durationMinutes\":\"long\"}", null)))
                .isEqualTo("durationMinutes");
        assertThat(field(api.call(team.member, HttpMethod.POST, tasks, "{\"name\":\"x\",\"kind\":\"EPIC\"}", null)))
                .isEqualTo("kind");
        assertThat(field(api.call(team.member, HttpMethod.POST, tasks, "{\"name\":\"x\",\"assigneeIds\":[\"me\"]}", null)))
                .isEqualTo("assigneeIds[0]");
        assertThat(field(api.call(team.manager, HttpMethod.POST, tasks + "/bulk",
                "{\"tasks\":[{\"name\":\"a\"},{\"name\":\"b\",\"priority\":\"high\"}]}", null))).isEqualTo("tasks[1].priority");
        assertThat(field(api.call(team.member, HttpMethod.POST, tasks, "{\"name\":\"x\",\"committedFinish\":\"next week\"}", null)))
                .isEqualTo("committedFinish");
        assertThat(api.get(team.viewer, tasks + "?page=first").status()).isEqualTo(400);
        assertThat(api.get(team.viewer, "/api/v1/projects/abc").status()).isEqualTo(400);
        assertThat(count()).isZero();
    }

    @Test
    void missingAndOversizedFieldsAreNamed() {
        Answer missing = api.post(team.member, tasks, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(field(missing)).isEqualTo("name");

        Answer oversized = api.post(team.member, tasks, Map.of("name", "n".repeat(501), "description", "d".repeat(20001),
                "tags", List.of("t".repeat(65)), "priority", 1001));
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "description", "tags[0]", "priority");
        assertThat(count()).isZero();

        long task = api.post(team.member, tasks, Map.of("name", "Fine")).id();
        assertThat(field(api.post(team.member, tasks + "/" + task + "/comments", Map.of("body", "c".repeat(10001)))))
                .isEqualTo("body");
        assertThat(field(api.post(team.member, tasks + "/" + task + "/comments", Map.of("body", "  ")))).isEqualTo("body");
    }

    @Test
    void unknownIdsAre404InThePathAnd422InTheBody() {
        assertThat(api.get(team.viewer, "/api/v1/projects/987654321").status()).isEqualTo(404);
        assertThat(api.get(team.viewer, tasks + "/987654321").status()).isEqualTo(404);
        assertThat(api.patch(team.member, tasks + "/987654321", Map.of("name", "x", "version", 0)).status()).isEqualTo(404);
        assertThat(api.get(team.viewer, tasks + "/987654321/comments").status()).isEqualTo(404);

        assertThat(field(api.post(team.member, tasks, Map.of("name", "x", "parentId", 987654321)))).isEqualTo("parentId");
        assertThat(field(api.post(team.member, tasks, Map.of("name", "x", "departmentId", 987654321))))
                .isEqualTo("departmentId");
        assertThat(field(api.post(team.member, tasks, Map.of("name", "x", "assigneeIds", List.of(987654321)))))
                .isEqualTo("assigneeIds[0]");
        long task = api.post(team.member, tasks, Map.of("name", "Real")).id();
        assertThat(field(api.post(team.member, tasks + "/" + task + "/transitions",
                Map.of("toStatusId", 987654321, "version", 0)))).isEqualTo("toStatusId");
        assertThat(field(api.post(team.member, tasks + "/" + task + "/move", Map.of("parentId", 987654321))))
                .isEqualTo("parentId");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void markupInEveryTextFieldIsStoredExactlyAsTyped() {
        Answer project = api.post(team.member, "/api/v1/projects", Map.of("code", team.code("X"), "name", SCRIPT,
                "description", SCRIPT, "timeZone", "UTC", "currency", "EUR"));
        assertThat(project.json().get("name").asString()).isEqualTo(SCRIPT);
        assertThat(project.json().get("description").asString()).isEqualTo(SCRIPT);

        Answer task = api.post(team.member, tasks, Map.of("name", SCRIPT, "description", SCRIPT, "tags", List.of(SCRIPT)));
        JsonNode stored = api.get(team.viewer, tasks + "/" + task.id()).json();
        assertThat(stored.get("name").asString()).isEqualTo(SCRIPT);
        assertThat(stored.get("description").asString()).isEqualTo(SCRIPT);
        assertThat(stored.get("tags").get(0).asString()).isEqualTo(SCRIPT);

        api.post(team.member, tasks + "/" + task.id() + "/comments", Map.of("body", SCRIPT));
        assertThat(api.get(team.viewer, tasks + "/" + task.id() + "/comments").json().get(0).get("body").asString())
                .isEqualTo(SCRIPT);
        api.post(team.member, tasks + "/" + task.id() + "/transitions", Map.of("to", "In progress", "note", SCRIPT,
                "version", 0));
        assertThat(api.get(team.viewer, tasks + "/" + task.id() + "/transitions").json().get(0).get("note").asString())
                .isEqualTo(SCRIPT);
    }

    private long count() {
        return api.get(team.viewer, tasks + "?size=1").json().get("totalItems").asLong();
    }

    private static String field(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(400, 422);
        assertThat(answer.json().get("errors")).as(answer.body()).isNotNull();
        return answer.json().get("errors").get(0).get("field").asString();
    }
}

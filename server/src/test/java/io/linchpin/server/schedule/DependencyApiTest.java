package io.linchpin.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

@LinchpinIntegrationTest
class DependencyApiTest extends TeamTest {

    String links;
    long design;
    long build;
    long test;

    @BeforeEach
    void setUp() {
        links = team.projectPath() + "/links";
        design = task("Design");
        build = task("Build");
        test = task("Test");
    }

    @Test
    void linksCarryTheirTypeAndLagAndAreListedWithTaskNames() {
        Answer created = api.post(team.member, links, Map.of("predecessorId", design, "successorId", build,
                "type", "SS", "lagMinutes", -720));
        assertThat(created.status()).isEqualTo(201);
        JsonNode link = created.json();
        assertThat(link.get("type").asString()).isEqualTo("SS");
        assertThat(link.get("lag").asString()).isEqualTo("-1d 4h");
        assertThat(link.get("predecessor").get("outlineNumber").asString()).isEqualTo("1");
        assertThat(link.get("successor").get("name").asString()).isEqualTo("Build");

        assertThat(api.post(team.member, links, Map.of("predecessorId", build, "successorId", test)).json()
                .get("type").asString()).isEqualTo("FS");
        assertThat(api.get(team.viewer, links).json()).hasSize(2);
    }

    @Test
    void aLinkThatWouldCloseACycleIsRefusedNamingTheTasksOnIt() {
        api.post(team.member, links, Map.of("predecessorId", design, "successorId", build));
        api.post(team.member, links, Map.of("predecessorId", build, "successorId", test));
        Answer cycle = api.post(team.member, links, Map.of("predecessorId", test, "successorId", design));
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.json().get("errors").get(0).get("message").asString())
                .isEqualTo("this link would close a cycle: 3 Test → 1 Design → 2 Build → 3 Test");
        assertThat(api.get(team.viewer, links).json()).hasSize(2);
    }

    @Test
    void badLinksAreRefusedWithTheFieldNamed() {
        assertThat(field(api.post(team.member, links, Map.of("predecessorId", design, "successorId", design))))
                .isEqualTo("successorId");
        assertThat(field(api.post(team.member, links, Map.of("predecessorId", 987654321L, "successorId", design))))
                .isEqualTo("predecessorId");
        long foreign = api.post(team.outsider, "/api/v1/projects/" + team.otherProject.id() + "/tasks",
                Map.of("name", "Elsewhere")).id();
        assertThat(field(api.post(team.member, links, Map.of("predecessorId", design, "successorId", foreign))))
                .isEqualTo("successorId");
        api.post(team.member, links, Map.of("predecessorId", design, "successorId", build));
        assertThat(field(api.post(team.member, links, Map.of("predecessorId", design, "successorId", build))))
                .isEqualTo("successorId");
        Answer badType = api.post(team.member, links, Map.of("predecessorId", design, "successorId", test, "type", "XX"));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(field(badType)).isEqualTo("type");
    }

    @Test
    void deletingATaskTakesItsLinksWithIt() {
        api.post(team.member, links, Map.of("predecessorId", design, "successorId", build));
        long link = api.post(team.member, links, Map.of("predecessorId", build, "successorId", test)).id();
        assertThat(api.delete(team.manager, team.projectPath() + "/tasks/" + design).status()).isEqualTo(204);
        JsonNode left = api.get(team.viewer, links).json();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).get("id").asLong()).isEqualTo(link);
        assertThat(api.delete(team.member, links + "/" + link).status()).isEqualTo(204);
        assertThat(api.delete(team.member, links + "/" + link).status()).isEqualTo(404);
    }

    @Test
    void lagsCountInElapsedTimeOrAsAShareOfThePredecessor() {
        String tasks = team.projectPath() + "/tasks/";
        api.patch(team.member, tasks + design, Map.of("durationMinutes", 5 * 480, "version", 0));
        api.patch(team.member, tasks + build, Map.of("durationMinutes", 480, "version", 0));
        api.patch(team.member, tasks + test, Map.of("durationMinutes", 480, "version", 0));
        Answer half = api.post(team.member, links, Map.of("predecessorId", design, "successorId", build, "type", "SS",
                "lagKind", "PERCENT", "lagPercent", 50));
        assertThat(half.status()).isEqualTo(201);
        assertThat(half.json().get("lag").asString()).isEqualTo("50%");
        // Half of Design's five days after its start: Wednesday noon, so Build starts after lunch.
        assertThat(start(build)).isEqualTo("2027-01-06T13:00:00");

        Answer weekend = api.post(team.member, links, Map.of("predecessorId", design, "successorId", test,
                "lagKind", "ELAPSED", "lagMinutes", 2880));
        assertThat(weekend.json().get("lag").asString()).isEqualTo("2d elapsed");
        // Design finishes Friday 17:00; two days of wall clock end on Sunday 17:00, so Test starts on Monday.
        assertThat(start(test)).isEqualTo("2027-01-11T08:00:00");

        assertThat(field(api.post(team.member, links, Map.of("predecessorId", build, "successorId", test,
                "lagKind", "PERCENT")))).isEqualTo("lagPercent");
        assertThat(field(api.post(team.member, links, Map.of("predecessorId", build, "successorId", test,
                "lagPercent", 20)))).isEqualTo("lagPercent");
    }

    private String start(long task) {
        return api.get(team.viewer, team.projectPath() + "/tasks/" + task).json().get("schedule").get("start").asString();
    }

    @Test
    void manyLinksAreCreatedAtOnceAllOrNothing() {
        Answer created = api.post(team.manager, links + "/bulk", Map.of("links", java.util.List.of(
                Map.of("predecessorId", design, "successorId", build),
                Map.of("predecessorId", build, "successorId", test, "type", "SS", "lagMinutes", 240))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("links")).hasSize(2);
        assertThat(api.get(team.viewer, links).json()).hasSize(2);

        long other = task("Other");
        Answer loop = api.post(team.manager, links + "/bulk", Map.of("links", java.util.List.of(
                Map.of("predecessorId", test, "successorId", other),
                Map.of("predecessorId", other, "successorId", design))));
        assertThat(loop.status()).isEqualTo(422);
        assertThat(loop.json().get("errors").get(0).get("message").asString()).startsWith("the links form a cycle: ")
                .contains("1 Design").contains("4 Other");
        Answer repeated = api.post(team.manager, links + "/bulk", Map.of("links", java.util.List.of(
                Map.of("predecessorId", test, "successorId", other),
                Map.of("predecessorId", design, "successorId", build))));
        assertThat(field(repeated)).isEqualTo("links[1].successorId");
        assertThat(api.get(team.viewer, links).json()).hasSize(2);
    }

    private long task(String name) {
        return api.post(team.member, team.projectPath() + "/tasks", Map.of("name", name)).id();
    }

    private static String field(Answer answer) {
        return answer.json().get("errors").get(0).get("field").asString();
    }
}

package io.linchpin.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

@LinchpinIntegrationTest
class GanttApiTest extends TeamTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWholeProjectInWbsOrderWithComputedDatesLinksAndDeadlines() {
        String tasks = team.projectPath() + "/tasks";
        long build = api.post(team.member, tasks, Map.of("name", "Build")).id();
        long design = api.post(team.member, tasks, Map.of("name", "Design", "parentId", build,
                "durationMinutes", 3 * 480)).id();
        long racks = api.post(team.member, tasks, Map.of("name", "Racks", "parentId", build,
                "durationMinutes", 5 * 480)).id();
        long done = api.post(team.member, tasks, Map.of("name", "Done", "kind", "MILESTONE",
                "committedFinish", "2027-01-12")).id();
        long link = api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", design,
                "successorId", racks, "lagMinutes", 60)).id();
        api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", racks, "successorId", done));
        assertThat(api.patch(team.member, tasks + "/" + racks, Map.of("percentComplete", 40, "actualStart",
                "2027-01-07T09:00:00", "version", 0)).status())
                .isEqualTo(200);

        Answer answer = api.get(team.viewer, team.projectPath() + "/gantt");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode gantt = answer.json();
        assertThat(strings(gantt.get("columns"))).containsExactly("id", "parent", "level", "outline", "name", "kind",
                "duration", "start", "finish", "critical", "percent", "deadline", "totalFloat", "constraint",
                "version");
        assertThat(gantt.get("code").asString()).isEqualTo(team.project.code());
        assertThat(gantt.get("canEdit").asBoolean()).isFalse();
        assertThat(gantt.has("statusDate")).isFalse();
        assertThat(strings(gantt.get("calendar").get("workdays")))
                .containsExactly("true", "true", "true", "true", "true", "false", "false");
        assertThat(gantt.get("calendar").get("minutesPerDay").asInt()).isEqualTo(480);

        JsonNode rows = gantt.get("tasks");
        assertThat(rows).hasSize(4);
        assertThat(List.of(rows.get(0).get(3).asString(), rows.get(1).get(3).asString(), rows.get(2).get(3).asString(),
                rows.get(3).get(3).asString())).containsExactly("1", "1.1", "1.2", "2");
        assertThat(strings(rows.get(0))).containsExactly(String.valueOf(build), "null", "1", "1", "Build", "SUMMARY",
                "0", m("2027-01-04T08:00"), m("2027-01-14T09:00"), "1", "0", "null", "-540", "ASAP", "0");
        assertThat(strings(rows.get(1))).containsExactly(String.valueOf(design), String.valueOf(build), "2", "1.1",
                "Design", "TASK", "1440", m("2027-01-04T08:00"), m("2027-01-06T17:00"), "1", "0", "null", "-540",
                "ASAP", "0");
        // The lag of an hour puts Racks' start an hour into Thursday; its progress was edited (version 1).
        assertThat(strings(rows.get(2))).containsExactly(String.valueOf(racks), String.valueOf(build), "2", "1.2",
                "Racks", "TASK", "2400", m("2027-01-07T09:00"), m("2027-01-14T09:00"), "1", "40", "null", "-540",
                "ASAP", "1");
        // The deadline is sent as the end of its day; the milestone finishes 9 working hours after it,
        // and that negative float runs back along the chain.
        assertThat(strings(rows.get(3))).containsExactly(String.valueOf(done), "null", "1", "2", "Done", "MILESTONE",
                "0", m("2027-01-14T09:00"), m("2027-01-14T09:00"), "1", "0", m("2027-01-13T00:00"), "-540", "ASAP",
                "0");

        assertThat(strings(gantt.get("linkColumns"))).containsExactly("id", "from", "to", "type", "lag", "lagKind",
                "lagPercent");
        assertThat(gantt.get("links")).hasSize(2);
        assertThat(strings(gantt.get("links").get(0))).containsExactly(String.valueOf(link), String.valueOf(design),
                String.valueOf(racks), "FS", "60", "WORKING", "0");

        assertThat(api.get(team.member, team.projectPath() + "/gantt").json().get("canEdit").asBoolean()).isTrue();
    }

    @Test
    void theStatusDateAndATaskEditedSinceShowWithTheirVersion() {
        String tasks = team.projectPath() + "/tasks";
        long task = api.post(team.member, tasks, Map.of("name", "Survey", "durationMinutes", 480)).id();
        api.patch(team.member, tasks + "/" + task, Map.of("name", "Site survey", "version", 0));
        jdbc.sql("UPDATE projects SET status_date = DATE '2027-01-05' WHERE id = :id").param("id", team.project.id())
                .update();

        JsonNode gantt = api.get(team.viewer, team.projectPath() + "/gantt").json();
        assertThat(gantt.get("statusDate").asLong()).isEqualTo(Long.parseLong(m("2027-01-05T00:00")));
        JsonNode row = gantt.get("tasks").get(0);
        assertThat(row.get(4).asString()).isEqualTo("Site survey");
        assertThat(row.get(14).asLong()).isEqualTo(1);
    }

    @Test
    void theActiveBaselineGivesEveryTaskItsBaselineDates() {
        String tasks = team.projectPath() + "/tasks";
        long design = api.post(team.member, tasks, Map.of("name", "Design", "durationMinutes", 2 * 480)).id();
        assertThat(api.post(team.manager, team.projectPath() + "/baselines", Map.of("name", "Agreed")).status())
                .isEqualTo(201);
        api.patch(team.member, tasks + "/" + design, Map.of("durationMinutes", 3 * 480, "version", 0));
        long added = api.post(team.member, tasks, Map.of("name", "Added later", "durationMinutes", 480)).id();

        JsonNode gantt = api.get(team.viewer, team.projectPath() + "/gantt").json();
        assertThat(gantt.get("baseline").get("number").asInt()).isEqualTo(0);
        assertThat(gantt.get("baseline").get("name").asString()).isEqualTo("Agreed");
        List<String> columns = strings(gantt.get("columns"));
        assertThat(columns.subList(15, columns.size())).containsExactly("baselineStart", "baselineFinish");
        JsonNode first = gantt.get("tasks").get(0);
        assertThat(first.get(0).asLong()).isEqualTo(design);
        assertThat(first.get(8).asString()).isEqualTo(m("2027-01-06T17:00"));
        assertThat(first.get(15).asString()).isEqualTo(m("2027-01-04T08:00"));
        assertThat(first.get(16).asString()).isEqualTo(m("2027-01-05T17:00"));
        JsonNode second = gantt.get("tasks").get(1);
        assertThat(second.get(0).asLong()).isEqualTo(added);
        assertThat(second.get(15).isNull()).isTrue();
        assertThat(second.get(16).isNull()).isTrue();
    }

    @Test
    void anotherProjectsGanttIsNotFound() {
        assertThat(api.get(team.outsider, team.projectPath() + "/gantt").status()).isEqualTo(404);
        assertThat(api.get(null, team.projectPath() + "/gantt").status()).isEqualTo(401);
    }

    @Test
    void thePageIsAFrameForTheScriptAndOffersDraggingOnlyToMembers() throws Exception {
        String path = "/projects/" + team.project.id() + "/gantt";
        String viewer = page(team.viewer, path, 200);
        assertThat(viewer).contains("data-source=\"/api/v1/projects/" + team.project.id() + "/gantt\"",
                "src=\"/js/gantt.js\"", "aria-current=\"page\" href=\"" + path + "\">Gantt</a>")
                .doesNotContain("Drag a bar");
        assertThat(page(team.member, path, 200)).contains("Drag a bar to move");
        assertThat(page(team.outsider, path, 404)).doesNotContain(team.project.name());
    }

    private String page(io.linchpin.server.identity.LinchpinUser who, String path, int status) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
        return result.getResponse().getContentAsString();
    }

    private static String m(String wallClock) {
        return String.valueOf(LocalDateTime.parse(wallClock).toEpochSecond(ZoneOffset.UTC) / 60);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.isNull() ? "null" : v.asString()));
        return values;
    }
}

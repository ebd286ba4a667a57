package io.linchpin.server.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import io.linchpin.server.identity.OrganisationDirectory;
import tools.jackson.databind.JsonNode;

@LinchpinIntegrationTest
class TaskApiTest extends TeamTest {

    @Autowired
    OrganisationDirectory organisations;

    String tasks;

    @BeforeEach
    void setUp() {
        tasks = team.projectPath() + "/tasks";
    }

    @Test
    void aNewProjectHasItsOwnerAsOwnerAndTheDefaultWorkflow() {
        Answer created = api.post(team.member, "/api/v1/projects", Map.of("code", team.code("N"), "name", "New",
                "timeZone", "Europe/Berlin", "currency", "usd"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"0\"");
        JsonNode project = created.json();
        assertThat(project.get("owner").get("id").asLong()).isEqualTo(team.member.id());
        assertThat(project.get("currency").asString()).isEqualTo("USD");
        assertThat(project.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(project.get("myRole").asString()).isEqualTo("OWNER");

        JsonNode workflow = api.get(team.member, "/api/v1/projects/" + created.id() + "/workflow").json();
        assertThat(workflow.get("statuses").findValuesAsString("name"))
                .containsExactly("To do", "In progress", "In review", "Done", "Blocked");
        assertThat(api.get(team.member, "/api/v1/projects/" + created.id() + "/members").json()
                .findValuesAsString("role")).containsExactly("OWNER");
    }

    @Test
    void outlineNumbersFollowCreationPositionsAndMoves() {
        long design = create(Map.of("name", "Design"));
        long build = create(Map.of("name", "Build"));
        long survey = create(Map.of("name", "Survey", "parentId", design));
        long drawings = create(Map.of("name", "Drawings", "parentId", design));
        long kickoff = create(Map.of("name", "Kick-off", "kind", "MILESTONE", "position", 1));
        assertThat(outline()).containsExactly("1 Kick-off", "2 Design", "2.1 Survey", "2.2 Drawings", "3 Build");
        assertThat(task(design).get("kind").asString()).isEqualTo("SUMMARY");

        assertThat(api.post(team.member, tasks + "/" + drawings + "/move", Map.of("parentId", build)).status())
                .isEqualTo(200);
        assertThat(outline()).containsExactly("1 Kick-off", "2 Design", "2.1 Survey", "3 Build", "3.1 Drawings");

        assertThat(api.post(team.member, tasks + "/" + survey + "/outdent", Map.of()).status()).isEqualTo(200);
        assertThat(outline()).containsExactly("1 Kick-off", "2 Design", "3 Survey", "4 Build", "4.1 Drawings");
        assertThat(task(design).get("kind").asString()).isEqualTo("TASK");

        assertThat(api.post(team.member, tasks + "/" + survey + "/indent", Map.of()).status()).isEqualTo(200);
        assertThat(outline()).containsExactly("1 Kick-off", "2 Design", "2.1 Survey", "3 Build", "3.1 Drawings");

        assertThat(api.post(team.member, tasks + "/" + build + "/move", Map.of("position", 1)).status()).isEqualTo(200);
        assertThat(outline()).containsExactly("1 Build", "1.1 Drawings", "2 Kick-off", "3 Design", "3.1 Survey");

        Answer underItself = api.post(team.member, tasks + "/" + build + "/move", Map.of("parentId", drawings));
        assertThat(underItself.status()).isEqualTo(422);
        assertThat(underItself.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
        Answer underMilestone = api.post(team.member, tasks + "/" + survey + "/move", Map.of("parentId", kickoff));
        assertThat(underMilestone.status()).isEqualTo(422);
        assertThat(underMilestone.body()).contains("milestone");
        Answer firstCannotIndent = api.post(team.member, tasks + "/" + build + "/indent", Map.of());
        assertThat(firstCannotIndent.status()).isEqualTo(422);
        assertThat(outline()).containsExactly("1 Build", "1.1 Drawings", "2 Kick-off", "3 Design", "3.1 Survey");
    }

    @Test
    void deletingASummaryDeletesItsSubTasksAndRenumbersTheRest() {
        long a = create(Map.of("name", "A"));
        create(Map.of("name", "A1", "parentId", a));
        create(Map.of("name", "A2", "parentId", a));
        create(Map.of("name", "B"));
        assertThat(api.delete(team.manager, tasks + "/" + a).status()).isEqualTo(204);
        assertThat(outline()).containsExactly("1 B");
        JsonNode audit = api.get(team.viewer, team.projectPath() + "/audit?size=3").json().get("items");
        assertThat(audit.findValuesAsString("action")).containsExactly("DELETED", "DELETED", "DELETED");
    }

    @Test
    void bulkCreateBuildsATreeInOneRequest() {
        List<Map<String, Object>> items = List.of(Map.of("name", "Phase 1"),
                Map.of("name", "Task 1.1", "parentIndex", 0, "durationMinutes", 960, "tags", List.of("cabling")),
                Map.of("name", "Task 1.2", "parentIndex", 0, "assigneeIds", List.of(team.member.id())),
                Map.of("name", "Gate", "kind", "MILESTONE", "committedFinish", "2027-03-01"));
        Answer created = api.post(team.manager, tasks + "/bulk", Map.of("tasks", items));
        assertThat(created.status()).isEqualTo(201);
        JsonNode list = created.json().get("tasks");
        assertThat(list.findValuesAsString("outlineNumber")).containsExactly("1", "1.1", "1.2", "2");
        assertThat(list.get(0).get("kind").asString()).isEqualTo("SUMMARY");
        assertThat(list.get(1).get("duration").asString()).isEqualTo("2d");
        assertThat(list.get(1).get("tags").get(0).asString()).isEqualTo("cabling");
        assertThat(list.get(2).get("assignees").get(0).get("id").asLong()).isEqualTo(team.member.id());
        assertThat(list.get(3).get("committedFinish").asString()).isEqualTo("2027-03-01");
    }

    @Test
    void bulkCreateIsAllOrNothingAndNamesEachFailingItemByIndex() {
        create(Map.of("name", "Existing"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(Map.of("name", "Item " + i));
        }
        items.set(2, Map.of("name", "Bad parent", "parentIndex", 4));
        items.set(5, Map.of("name", "Outsider", "assigneeIds", List.of(team.outsider.id())));
        Answer refused = api.post(team.manager, tasks + "/bulk", Map.of("tasks", items));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactly("tasks[2].parentIndex", "tasks[5].assigneeIds[0]");
        assertThat(outline()).containsExactly("1 Existing");

        items.set(2, Map.of("name", ""));
        items.set(5, Map.of("name", "x".repeat(501)));
        Answer invalid = api.post(team.manager, tasks + "/bulk", Map.of("tasks", items));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("tasks[2].name", "tasks[5].name");
        assertThat(outline()).containsExactly("1 Existing");
    }

    @Test
    void bulkCreateTakesAThousandTasksAndRefusesMore() {
        List<Map<String, Object>> thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            thousand.add(i % 100 == 0 ? Map.of("name", "Phase " + i) : Map.of("name", "Task " + i, "parentIndex", i / 100 * 100));
        }
        Answer created = api.post(team.manager, tasks + "/bulk", Map.of("tasks", thousand));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("tasks").get(999).get("outlineNumber").asString()).isEqualTo("10.99");

        List<Map<String, Object>> tooMany = new ArrayList<>(thousand);
        tooMany.add(Map.of("name", "One too many"));
        Answer refused = api.post(team.manager, tasks + "/bulk", Map.of("tasks", tooMany));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("tasks");
        assertThat(api.get(team.viewer, tasks + "?size=1").json().get("totalItems").asLong()).isEqualTo(1000);
    }

    @Test
    void listsFilterSortAndPage() {
        long network = organisations.createDepartment(organisations.homeOrganisationId(), "Network " + team.tag).id();
        long cabling = create(Map.of("name", "Pull fibre", "departmentId", network, "priority", 900,
                "tags", List.of("Fibre", "night"), "assigneeIds", List.of(team.member.id())));
        create(Map.of("name", "Order racks", "priority", 100, "description", "Forty-two units, fibre-ready"));
        create(Map.of("name", "Go-live", "kind", "MILESTONE"));
        JsonNode workflow = api.get(team.member, team.projectPath() + "/workflow").json();
        long inProgress = workflow.get("statuses").get(1).get("id").asLong();
        api.post(team.member, tasks + "/" + cabling + "/transitions", Map.of("toStatusId", inProgress, "version", 0));

        assertThat(names("?department=" + network)).containsExactly("Pull fibre");
        assertThat(names("?assignee=" + team.member.id())).containsExactly("Pull fibre");
        assertThat(names("?tag=fibre")).containsExactly("Pull fibre");
        assertThat(names("?kind=MILESTONE")).containsExactly("Go-live");
        assertThat(names("?status=" + inProgress)).containsExactly("Pull fibre");
        assertThat(names("?q=FIBRE")).containsExactly("Pull fibre", "Order racks");
        assertThat(names("?q=100%25")).isEmpty();
        assertThat(names("?sort=priority,desc")).containsExactly("Pull fibre", "Go-live", "Order racks");
        assertThat(names("?sort=name")).containsExactly("Go-live", "Order racks", "Pull fibre");

        JsonNode page = api.get(team.viewer, tasks + "?size=2&page=1").json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(names(page.get("items"))).containsExactly("Go-live");

        Answer badSort = api.get(team.viewer, tasks + "?sort=password");
        assertThat(badSort.status()).isEqualTo(422);
        assertThat(badSort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        assertThat(api.get(team.viewer, tasks + "?size=5000").status()).isEqualTo(400);
    }

    @Test
    void aWriteNeedsTheVersionItWasBasedOnAndAStaleOneGetsTheCurrentTask() {
        long id = create(Map.of("name", "Rack layout"));
        Answer noVersion = api.patch(team.member, tasks + "/" + id, Map.of("name", "Rack plan"));
        assertThat(noVersion.status()).isEqualTo(422);
        assertThat(noVersion.json().get("errors").get(0).get("field").asString()).isEqualTo("version");

        Answer first = api.call(team.member, HttpMethod.PATCH, tasks + "/" + id, Map.of("name", "Rack plan"), "\"0\"");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"1\"");
        Answer stale = api.patch(team.member, tasks + "/" + id, Map.of("name", "Rack drawing", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("current").get("name").asString()).isEqualTo("Rack plan");
        assertThat(stale.json().get("current").get("version").asLong()).isEqualTo(1);
    }

    @Test
    void milestonesHaveNoDurationAndOnlyTheyCarryACommittedDate() {
        long task = create(Map.of("name", "Install", "durationMinutes", 2400));
        Answer deadlineOnTask = api.patch(team.member, tasks + "/" + task,
                Map.of("committedFinish", "2027-05-01", "version", 0));
        assertThat(deadlineOnTask.status()).isEqualTo(422);
        assertThat(deadlineOnTask.json().get("errors").get(0).get("field").asString()).isEqualTo("committedFinish");

        Answer toMilestone = api.patch(team.member, tasks + "/" + task,
                Map.of("kind", "MILESTONE", "committedFinish", "2027-05-01", "version", 0));
        assertThat(toMilestone.status()).isEqualTo(200);
        assertThat(toMilestone.json().get("durationMinutes").asLong()).isZero();
        assertThat(toMilestone.json().get("committedFinish").asString()).isEqualTo("2027-05-01");

        Answer summary = api.post(team.member, tasks, Map.of("name", "Summary", "kind", "SUMMARY"));
        assertThat(summary.status()).isEqualTo(422);
        Answer longMilestone = api.post(team.member, tasks, Map.of("name", "M", "kind", "MILESTONE", "durationMinutes", 60));
        assertThat(longMilestone.status()).isEqualTo(422);
    }

    private long create(Map<String, Object> body) {
        Answer created = api.post(team.member, tasks, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    private JsonNode task(long id) {
        return api.get(team.viewer, tasks + "/" + id).json();
    }

    private List<String> outline() {
        List<String> rows = new ArrayList<>();
        api.get(team.viewer, tasks + "?size=1000").json().get("items")
                .forEach(t -> rows.add(t.get("outlineNumber").asString() + " " + t.get("name").asString()));
        return rows;
    }

    private List<String> names(String query) {
        return names(api.get(team.viewer, tasks + query).json().get("items"));
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asString()));
        return names;
    }
}

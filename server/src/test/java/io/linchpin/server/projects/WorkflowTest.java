package io.linchpin.server.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import io.linchpin.server.identity.LinchpinUser;
import tools.jackson.databind.JsonNode;

@LinchpinIntegrationTest
class WorkflowTest extends TeamTest {

    long task;

    @BeforeEach
    void setUp() {
        task = api.post(team.member, team.projectPath() + "/tasks", Map.of("name", "Migrate DNS")).id();
    }

    @Test
    void eachTransitionNeedsItsMinimumRoleAndTheHistoryKeepsEveryMove() {
        assertThat(move(team.viewer, "In progress", null).status()).isEqualTo(403);
        assertThat(move(team.member, "In progress", "Starting now").status()).isEqualTo(200);
        assertThat(move(team.member, "In review", null).status()).isEqualTo(200);

        Answer signOff = move(team.member, "Done", null);
        assertThat(signOff.status()).isEqualTo(403);
        assertThat(signOff.json().get("detail").asString())
                .isEqualTo("Moving a task from In review to Done needs the manager role; you are a member.");
        assertThat(move(team.manager, "Done", "Checked").status()).isEqualTo(200);

        Answer skip = move(team.manager, "To do", null);
        assertThat(skip.status()).isEqualTo(422);
        assertThat(skip.json().get("errors").get(0).get("message").asString())
                .isEqualTo("the workflow has no move from Done to To do; from Done a task may go to In progress");
        assertThat(move(team.member, "Nowhere", null).status()).isEqualTo(422);

        JsonNode history = api.get(team.viewer, taskPath() + "/transitions").json();
        List<String> moves = new ArrayList<>();
        history.forEach(h -> moves.add(h.get("from").asString() + " → " + h.get("to").asString() + " by "
                + h.get("by").get("username").asString()));
        assertThat(moves).containsExactly("To do → In progress by " + team.member.getUsername(),
                "In progress → In review by " + team.member.getUsername(),
                "In review → Done by " + team.manager.getUsername());
        assertThat(history.get(0).get("note").asString()).isEqualTo("Starting now");
        assertThat(api.get(team.viewer, taskPath()).json().get("status").get("name").asString()).isEqualTo("Done");
    }

    @Test
    void aTransitionFromAStaleVersionIsRefused() {
        assertThat(api.patch(team.member, taskPath(), Map.of("priority", 800, "version", 0)).status()).isEqualTo(200);
        Answer stale = api.post(team.member, taskPath() + "/transitions", Map.of("to", "In progress", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("current").get("status").get("name").asString()).isEqualTo("To do");
    }

    @Test
    void managersReplaceTheWorkflowKeepingTheStatusesThatHoldTasks() {
        JsonNode workflow = api.get(team.viewer, team.projectPath() + "/workflow").json();
        long toDo = workflow.get("statuses").get(0).get("id").asLong();
        Map<String, Object> draft = Map.of("version", 0,
                "statuses", List.of(Map.of("name", "Backlog", "category", "TO_DO"),
                        Map.of("name", "Shipped", "category", "DONE")),
                "transitions", List.of(Map.of("from", "Backlog", "to", "Shipped", "minimumRole", "VIEWER")));
        Answer dropsTasks = api.put(team.manager, team.projectPath() + "/workflow", draft);
        assertThat(dropsTasks.status()).isEqualTo(422);
        assertThat(dropsTasks.body()).contains("To do still holds 1 task(s)");

        Map<String, Object> keeping = Map.of("version", 0,
                "statuses", List.of(Map.of("id", toDo, "name", "Backlog", "category", "TO_DO"),
                        Map.of("name", "Shipped", "category", "DONE")),
                "transitions", List.of(Map.of("from", "Backlog", "to", "Shipped", "minimumRole", "VIEWER")));
        assertThat(api.put(team.member, team.projectPath() + "/workflow", keeping).status()).isEqualTo(403);
        Answer replaced = api.put(team.manager, team.projectPath() + "/workflow", keeping);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.etag()).isEqualTo("\"1\"");
        assertThat(api.get(team.viewer, taskPath()).json().get("status").get("name").asString()).isEqualTo("Backlog");
        assertThat(api.put(team.manager, team.projectPath() + "/workflow", keeping).status()).isEqualTo(409);

        assertThat(move(team.viewer, "Shipped", null).status()).isEqualTo(200);
    }

    @Test
    void aWorkflowWithRepeatedOrUnknownStatusesIsRefusedWithEveryProblem() {
        Map<String, Object> draft = Map.of("version", 0,
                "statuses", List.of(Map.of("name", "Open", "category", "TO_DO"), Map.of("name", "open", "category", "DONE")),
                "transitions", List.of(Map.of("from", "Open", "to", "Closed", "minimumRole", "MEMBER")));
        Answer refused = api.put(team.manager, team.projectPath() + "/workflow", draft);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .contains("statuses[1].name", "transitions[0].to", "statuses");
    }

    private Answer move(LinchpinUser who, String to, String note) {
        long version = api.get(team.viewer, taskPath()).version();
        return api.post(who, taskPath() + "/transitions", note == null ? Map.of("to", to, "version", version)
                : Map.of("to", to, "note", note, "version", version));
    }

    private String taskPath() {
        return team.projectPath() + "/tasks/" + task;
    }
}

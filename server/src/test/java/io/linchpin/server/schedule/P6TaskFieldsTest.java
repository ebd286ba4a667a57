package io.linchpin.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

/** The task fields P6 schedules need: physical % complete, start milestones, "start on" and "finish on". */
@LinchpinIntegrationTest
class P6TaskFieldsTest extends TeamTest {

    String tasks;

    @BeforeEach
    void paths() {
        tasks = team.projectPath() + "/tasks";
    }

    @Test
    void physicalPercentCompleteIsADecimalThatCanBeClearedAndIsChecked() {
        long task = api.post(team.member, tasks, Map.of("name", "Excavate", "durationMinutes", 480)).id();
        assertThat(api.get(team.viewer, tasks + "/" + task).json().has("physicalPercentComplete")).isFalse();

        Answer set = patch(task, Map.of("physicalPercentComplete", 37.5));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("physicalPercentComplete").asDouble()).isEqualTo(37.5);

        Answer tooMuch = patch(task, Map.of("physicalPercentComplete", 100.5));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(fields(tooMuch)).containsExactly("physicalPercentComplete");
        assertThat(api.get(team.viewer, tasks + "/" + task).json().get("physicalPercentComplete").asDouble()).isEqualTo(37.5);

        long version = api.get(team.viewer, tasks + "/" + task).json().get("version").asLong();
        Answer cleared = api.call(team.member, HttpMethod.PATCH, tasks + "/" + task,
                "{\"physicalPercentComplete\": null, \"version\": " + version + "}", null);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().has("physicalPercentComplete")).isFalse();
    }

    @Test
    void aStartMilestoneSitsAtTheStartOfTheWorkAfterItAndOnlyMilestonesAreOne() {
        long dig = api.post(team.member, tasks, Map.of("name", "Dig", "durationMinutes", 480)).id();
        long ready = api.post(team.member, tasks, Map.of("name", "Ready", "kind", "MILESTONE")).id();
        api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", dig, "successorId", ready));
        assertThat(schedule(ready).get("start").asString()).isEqualTo("2027-01-04T17:00:00");

        Answer notAMilestone = patch(dig, Map.of("startMilestone", true));
        assertThat(notAMilestone.status()).isEqualTo(422);
        assertThat(fields(notAMilestone)).containsExactly("startMilestone");

        Answer start = patch(ready, Map.of("startMilestone", true));
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        assertThat(start.json().get("startMilestone").asBoolean()).isTrue();
        assertThat(schedule(ready).get("start").asString()).isEqualTo("2027-01-05T08:00:00");

        Answer becomesATask = patch(ready, Map.of("kind", "TASK", "durationMinutes", 480));
        assertThat(becomesATask.status()).isEqualTo(200);
        assertThat(becomesATask.json().get("startMilestone").asBoolean()).isFalse();
    }

    @Test
    void startOnAndFinishOnAreConstraintsWithADate() {
        long pour = api.post(team.member, tasks, Map.of("name", "Pour", "durationMinutes", 480)).id();
        Answer noDate = patch(pour, Map.of("constraintType", "START_ON"));
        assertThat(fields(noDate)).containsExactly("constraintDate");

        Answer startOn = patch(pour, Map.of("constraintType", "START_ON", "constraintDate", "2027-01-06T08:00:00"));
        assertThat(startOn.status()).as(startOn.body()).isEqualTo(200);
        assertThat(startOn.json().get("constraintType").asString()).isEqualTo("START_ON");
        assertThat(schedule(pour).get("start").asString()).isEqualTo("2027-01-06T08:00:00");

        Answer finishOn = patch(pour, Map.of("constraintType", "FINISH_ON", "constraintDate", "2027-01-08T17:00:00"));
        assertThat(finishOn.status()).isEqualTo(200);
        assertThat(schedule(pour).get("finish").asString()).isEqualTo("2027-01-08T17:00:00");
    }

    private Answer patch(long task, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", api.get(team.viewer, tasks + "/" + task).json().get("version").asLong());
        return api.patch(team.member, tasks + "/" + task, body);
    }

    private JsonNode schedule(long task) {
        return api.get(team.viewer, tasks + "/" + task).json().get("schedule");
    }

    private static List<String> fields(Answer answer) {
        return answer.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}

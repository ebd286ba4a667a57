package io.linchpin.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

/** Baselines saved, saved over, deleted and made active; variance from them; milestones past their baseline at risk. */
@LinchpinIntegrationTest
class BaselineApiTest extends TeamTest {

    String tasks;
    String baselines;
    long build;
    long ready;

    @BeforeEach
    void plan() {
        tasks = team.projectPath() + "/tasks";
        baselines = team.projectPath() + "/baselines";
        build = api.post(team.member, tasks, Map.of("name", "Build", "durationMinutes", 2 * 480)).id();
        ready = api.post(team.member, tasks, Map.of("name", "Ready", "kind", "MILESTONE")).id();
        api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", build, "successorId", ready));
    }

    @Test
    void aBaselineCopiesTheDatesAndVarianceMeasuresTheSlipInWorkingTime() {
        Answer saved = api.post(team.manager, baselines, Map.of("name", "Agreed plan"));
        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.json().get("number").asInt()).isZero();
        assertThat(saved.json().get("taskCount").asLong()).isEqualTo(2);
        assertThat(saved.json().get("active").asBoolean()).isTrue();
        assertThat(saved.json().get("savedBy").get("username").asString()).isEqualTo(team.manager.getUsername());

        api.patch(team.member, tasks + "/" + build, Map.of("durationMinutes", 4 * 480, "version", 0));
        JsonNode variance = api.get(team.viewer, baselines + "/0/variance").json();
        assertThat(variance).hasSize(2);
        JsonNode b = variance.get(0);
        assertThat(b.get("task").get("name").asString()).isEqualTo("Build");
        assertThat(b.get("baselineFinish").asString()).isEqualTo("2027-01-05T17:00:00");
        assertThat(b.get("finish").asString()).isEqualTo("2027-01-07T17:00:00");
        assertThat(b.get("baselineDurationMinutes").asLong()).isEqualTo(960);
        assertThat(b.get("startVarianceMinutes").asInt()).isZero();
        assertThat(b.get("finishVarianceMinutes").asInt()).isEqualTo(960);
        assertThat(b.get("durationVarianceMinutes").asInt()).isEqualTo(960);
        assertThat(b.get("finishVarianceDays").asDouble()).isEqualTo(2.0);
        JsonNode r = variance.get(1);
        assertThat(r.get("task").get("id").asLong()).isEqualTo(ready);
        assertThat(r.get("finishVarianceMinutes").asInt()).isEqualTo(960);
        assertThat(r.get("durationVarianceMinutes").asInt()).isZero();

        JsonNode ofTask = api.get(team.viewer, tasks + "/" + build + "/baselines").json();
        assertThat(ofTask).hasSize(1);
        assertThat(ofTask.get(0).get("name").asString()).isEqualTo("Agreed plan");
        assertThat(ofTask.get(0).get("finish").asString()).isEqualTo("2027-01-05T17:00:00");
        assertThat(ofTask.get(0).get("durationMinutes").asLong()).isEqualTo(960);
    }

    @Test
    void aMilestoneFinishingAfterItsActiveBaselineIsAtRisk() {
        api.post(team.manager, baselines, Map.of("name", "Agreed plan"));
        assertThat(api.get(team.viewer, team.projectPath() + "/at-risk").json()).isEmpty();
        api.patch(team.member, tasks + "/" + build, Map.of("durationMinutes", 5 * 480, "version", 0));
        JsonNode atRisk = api.get(team.viewer, team.projectPath() + "/at-risk").json();
        assertThat(atRisk).hasSize(1);
        assertThat(atRisk.get(0).get("milestone").get("id").asLong()).isEqualTo(ready);
        assertThat(atRisk.get(0).get("baselineFinish").asString()).isEqualTo("2027-01-05T17:00:00");
        assertThat(atRisk.get(0).get("finish").asString()).isEqualTo("2027-01-08T17:00:00");
        assertThat(atRisk.get(0).get("daysLate").asLong()).isEqualTo(3);

        // Baseline 1 is saved with the later dates; once it is the active one, nothing is late against it.
        api.post(team.manager, baselines, Map.of("number", 1, "name", "Re-planned"));
        Answer activated = api.post(team.manager, baselines + "/1/activate", Map.of());
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.json().get("active").asBoolean()).isTrue();
        assertThat(api.get(team.viewer, team.projectPath() + "/at-risk").json()).isEmpty();
        assertThat(api.get(team.viewer, baselines).json().valueStream().map(x -> x.get("active").asBoolean()).toList())
                .containsExactly(false, true);
    }

    @Test
    void savingOverABaselineNeedsItsVersion() {
        api.post(team.manager, baselines, Map.of("number", 3, "name", "Tender"));
        Answer blind = api.post(team.manager, baselines, Map.of("number", 3, "name", "Contract"));
        assertThat(blind.status()).isEqualTo(409);
        assertThat(blind.json().get("detail").asString()).contains("Baseline 3 (Tender) exists at version 0");
        assertThat(blind.json().get("current").get("name").asString()).isEqualTo("Tender");

        api.patch(team.member, tasks + "/" + build, Map.of("durationMinutes", 3 * 480, "version", 0));
        Answer over = api.post(team.manager, baselines, Map.of("number", 3, "name", "Contract", "version", 0));
        assertThat(over.status()).isEqualTo(200);
        assertThat(over.json().get("version").asLong()).isEqualTo(1);
        assertThat(over.json().get("name").asString()).isEqualTo("Contract");
        assertThat(api.get(team.viewer, tasks + "/" + build + "/baselines").json().get(0).get("finish").asString())
                .isEqualTo("2027-01-06T17:00:00");
        assertThat(api.post(team.manager, baselines, Map.of("number", 3, "name", "Late", "version", 0)).status())
                .isEqualTo(409);
    }

    @Test
    void theTwelfthBaselineIsRefusedAndADeletedNumberIsFreeAgain() {
        for (int n = 0; n < 11; n++) {
            assertThat(api.post(team.manager, baselines, Map.of("name", "B" + n)).json().get("number").asInt()).isEqualTo(n);
        }
        Answer twelfth = api.post(team.manager, baselines, Map.of("name", "One more"));
        assertThat(twelfth.status()).isEqualTo(422);
        assertThat(twelfth.json().get("errors").get(0).get("field").asString()).isEqualTo("number");
        assertThat(twelfth.json().get("errors").get(0).get("message").asString())
                .startsWith("this project has 11 baselines (0 to 10), the most it can keep");
        assertThat(api.get(team.viewer, baselines).json()).hasSize(11);

        assertThat(api.delete(team.manager, baselines + "/4").status()).isEqualTo(204);
        assertThat(api.get(team.viewer, baselines + "/4").status()).isEqualTo(404);
        assertThat(api.post(team.manager, baselines, Map.of("name", "Again")).json().get("number").asInt()).isEqualTo(4);
    }

    @Test
    void badBaselinesAreRefusedNamingTheField() {
        Map<String, Object> body = new HashMap<>(Map.of("number", 11, "name", " "));
        Answer bad = api.post(team.manager, baselines, body);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("number", "name");
        assertThat(api.get(team.viewer, baselines).json()).isEmpty();
        assertThat(api.get(team.viewer, baselines + "/2/variance").status()).isEqualTo(404);
        assertThat(api.post(team.manager, baselines + "/2/activate", Map.of()).status()).isEqualTo(404);
        assertThat(api.post(team.member, baselines, Map.of("name", "Mine")).status()).isEqualTo(403);
    }
}

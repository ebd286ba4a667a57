package io.linchpin.server.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import tools.jackson.databind.JsonNode;

/** "Why this date?", the milestones the latest change moved, and schedule health, through the API. */
@LinchpinIntegrationTest
class InsightApiTest extends TeamTest {

    String tasks;
    long build;
    long test;
    long ready;

    /** Build (5 days from Monday 4 January 2027) → Test (1 day) → Ready (a milestone). */
    @BeforeEach
    void plan() {
        tasks = team.projectPath() + "/tasks";
        build = api.post(team.member, tasks, Map.of("name", "Build", "durationMinutes", 5 * 480)).id();
        test = api.post(team.member, tasks, Map.of("name", "Test", "durationMinutes", 480)).id();
        ready = api.post(team.member, tasks, Map.of("name", "Ready", "kind", "MILESTONE")).id();
        api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", build, "successorId", test));
        api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", test, "successorId", ready));
    }

    @Test
    void whyThisDateFollowsTheDrivingLinksAcrossTheWeekendBackToTheProjectStart() {
        JsonNode why = api.get(team.viewer, tasks + "/" + test + "/why").json();
        assertThat(why.get("earlyStart").asString()).isEqualTo("2027-01-11T08:00:00");
        assertThat(why.get("steps").valueStream().map(s -> s.get("task").get("name").asString()).toList())
                .containsExactly("Test", "Build");
        JsonNode first = why.get("steps").get(0);
        assertThat(first.get("cause").get("kind").asString()).isEqualTo("LINK");
        assertThat(first.get("cause").get("predecessor").get("id").asLong()).isEqualTo(build);
        assertThat(first.get("cause").get("linkType").asString()).isEqualTo("FS");
        assertThat(first.get("cause").get("lagMinutes").asLong()).isZero();
        assertThat(first.get("cause").get("requiredAt").asString()).isEqualTo("2027-01-08T17:00:00");
        assertThat(first.get("gap").get("to").asString()).isEqualTo("2027-01-11T08:00:00");
        assertThat(first.get("gap").get("calendar").get("name").asString()).isEqualTo("Standard");
        assertThat(first.get("gap").get("daysOff").toString()).isEqualTo("[\"2027-01-09\",\"2027-01-10\"]");
        assertThat(first.get("description").asString()).isEqualTo("2 Test starts 2027-01-11 08:00: FS link from 1 Build: "
                + "its finish 2027-01-08 17:00 lets it start no earlier than 2027-01-08 17:00; calendar Standard has no "
                + "working time from 2027-01-08 17:00 to 2027-01-11 08:00 (days off: 2027-01-09, 2027-01-10)");
        JsonNode last = why.get("steps").get(1);
        assertThat(last.get("cause").get("kind").asString()).isEqualTo("PROJECT_START");
        assertThat(last.get("cause").get("date").asString()).isEqualTo("2027-01-04T08:00:00");
        assertThat(last.has("gap")).isFalse();
    }

    @Test
    void aConstraintEndsTheChainAndAnUnknownTaskIsNotFound() {
        api.patch(team.member, tasks + "/" + test, Map.of("constraintType", "SNET", "constraintDate", "2027-01-13T08:00:00",
                "version", 0));
        JsonNode why = api.get(team.viewer, tasks + "/" + test + "/why").json();
        assertThat(why.get("steps")).hasSize(1);
        JsonNode cause = why.get("steps").get(0).get("cause");
        assertThat(cause.get("kind").asString()).isEqualTo("CONSTRAINT");
        assertThat(cause.get("constraintType").asString()).isEqualTo("SNET");
        assertThat(cause.get("date").asString()).isEqualTo("2027-01-13T08:00:00");
        assertThat(why.get("steps").get(0).has("gap")).isFalse();
        assertThat(api.get(team.viewer, tasks + "/999999999/why").status()).isEqualTo(404);
    }

    @Test
    void theLatestChangeNamesTheMilestonesItMovedAndTheirChain() {
        JsonNode linked = api.get(team.viewer, team.projectPath() + "/changes/latest").json();
        assertThat(linked.get("cause").asString()).isEqualTo("link 2 Test → 3 Ready");

        api.patch(team.member, tasks + "/" + build, Map.of("durationMinutes", 6 * 480, "version", 0));
        JsonNode latest = api.get(team.viewer, team.projectPath() + "/changes/latest").json();
        assertThat(latest.get("causeTask").get("id").asLong()).isEqualTo(build);
        assertThat(latest.get("cause").asString()).isEqualTo("durationMinutes of 1 Build");
        assertThat(latest.get("scheduleVersion").asLong()).isGreaterThan(linked.get("scheduleVersion").asLong());
        assertThat(latest.get("milestones")).hasSize(1);
        JsonNode moved = latest.get("milestones").get(0);
        assertThat(moved.get("milestone").get("id").asLong()).isEqualTo(ready);
        assertThat(moved.get("from").asString()).isEqualTo("2027-01-11T17:00:00");
        assertThat(moved.get("to").asString()).isEqualTo("2027-01-12T17:00:00");
        assertThat(moved.get("workingMinutes").asLong()).isEqualTo(480);
        assertThat(moved.get("workingDays").asDouble()).isEqualTo(1.0);
        assertThat(moved.get("slipped").asBoolean()).isTrue();
        assertThat(moved.get("why").get("steps").valueStream().map(s -> s.get("task").get("id").asLong()).toList())
                .containsExactly(ready, test, build);

        // Back to 5 days: the milestone moves earlier, and a change that moves no milestone leaves the record alone.
        JsonNode shorter = api.patch(team.member, tasks + "/" + build, Map.of("durationMinutes", 5 * 480, "version", 1)).json();
        JsonNode back = api.get(team.viewer, team.projectPath() + "/changes/latest").json().get("milestones").get(0);
        assertThat(back.get("workingMinutes").asLong()).isEqualTo(-480);
        assertThat(back.get("slipped").asBoolean()).isFalse();
        api.patch(team.member, tasks + "/" + build, Map.of("priority", 900, "version", shorter.get("version").asLong()));
        assertThat(api.get(team.viewer, team.projectPath() + "/changes/latest").json().get("milestones").get(0)
                .get("to").asString()).isEqualTo("2027-01-11T17:00:00");
    }

    @Test
    void aProjectWhereNothingMovedAMilestoneHasAnEmptyLatestChange() {
        JsonNode latest = api.get(team.outsider, "/api/v1/projects/" + team.otherProject.id() + "/changes/latest").json();
        assertThat(latest.has("scheduleVersion")).isFalse();
        assertThat(latest.get("milestones")).isEmpty();
    }

    @Test
    void healthListsTheFourteenChecksWithTheirOffendingTasks() {
        JsonNode health = api.get(team.viewer, team.projectPath() + "/health").json();
        assertThat(health.get("checks").valueStream().map(c -> c.get("number").asInt()).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(health.has("statusDate")).isFalse();
        assertThat(health.has("baseline")).isFalse();
        JsonNode logic = health.get("checks").get(0);
        assertThat(logic.get("name").asString()).isEqualTo("Logic");
        assertThat(logic.get("threshold").asString()).isEqualTo("≤ 5 %");
        assertThat(logic.get("outcome").asString()).isEqualTo("FAIL");
        assertThat(logic.get("count").asInt()).isEqualTo(1);
        assertThat(logic.get("population").asInt()).isEqualTo(3);
        assertThat(logic.get("tasks").get(0).get("name").asString()).isEqualTo("Build");
        assertThat(health.get("checks").get(3).get("outcome").asString()).isEqualTo("PASS");
        assertThat(health.get("checks").get(11).get("measured").asString())
                .isEqualTo("a delay of 600.0 working days to 1 Build moved the project finish by 600.0");
        assertThat(health.get("checks").get(13).get("outcome").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(List.of(health.get("passed").asInt(), health.get("failed").asInt(), health.get("notApplicable").asInt()))
                .containsExactly(9, 1, 4);
    }

    @Test
    void withAStatusDateAndABaselineTheMissedTasksAndTheBaselineExecutionIndexAreMeasured() {
        api.post(team.manager, team.projectPath() + "/baselines", Map.of("name", "Agreed"));
        JsonNode settings = api.get(team.viewer, team.projectPath() + "/schedule-settings").json();
        api.put(team.manager, team.projectPath() + "/schedule-settings", Map.of("rules", "MSPROJECT",
                "calendarId", settings.get("calendarId").asLong(), "statusDate", "2027-01-08",
                "version", settings.get("version").asLong()));
        JsonNode health = api.get(team.viewer, team.projectPath() + "/health").json();
        // Progress is reported up to the end of the status date.
        assertThat(health.get("statusDate").asString()).isEqualTo("2027-01-09T00:00:00");
        assertThat(health.get("baseline").get("number").asInt()).isZero();
        assertThat(health.get("baseline").get("name").asString()).isEqualTo("Agreed");
        JsonNode missed = health.get("checks").get(10);
        assertThat(missed.get("name").asString()).isEqualTo("Missed tasks");
        assertThat(missed.get("outcome").asString()).isEqualTo("FAIL");
        assertThat(missed.get("tasks").valueStream().map(t -> t.get("id").asLong()).toList()).containsExactly(build);
        JsonNode bei = health.get("checks").get(13);
        assertThat(bei.get("outcome").asString()).isEqualTo("FAIL");
        assertThat(bei.get("value").asDouble()).isZero();
    }
}

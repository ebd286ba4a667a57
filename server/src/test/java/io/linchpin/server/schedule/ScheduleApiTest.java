package io.linchpin.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

/** Calendars, schedule settings and the schedule fields of a task, through the API. */
@LinchpinIntegrationTest
class ScheduleApiTest extends TeamTest {

    String tasks;
    String calendars;

    @BeforeEach
    void paths() {
        tasks = team.projectPath() + "/tasks";
        calendars = team.projectPath() + "/calendars";
    }

    @Test
    void everyProjectHasTheStandardCalendarAndMsProjectRules() {
        JsonNode settings = api.get(team.viewer, team.projectPath() + "/schedule-settings").json();
        assertThat(settings.get("rules").asString()).isEqualTo("MSPROJECT");
        assertThat(settings.get("startDate").asString()).isEqualTo("2027-01-04");
        JsonNode list = api.get(team.viewer, calendars).json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asString()).isEqualTo("Standard");
        assertThat(list.get(0).get("projectCalendar").asBoolean()).isTrue();
        assertThat(list.get(0).get("id").asLong()).isEqualTo(settings.get("calendarId").asLong());
        assertThat(list.get(0).get("week").get("MONDAY").toString()).isEqualTo("[\"08:00-12:00\",\"13:00-17:00\"]");
        assertThat(list.get(0).get("week").get("SUNDAY")).isEmpty();
    }

    @Test
    void aHolidayOnTheProjectCalendarMovesTheTasksAtOnce() {
        long task = api.post(team.member, tasks, Map.of("name", "Build", "durationMinutes", 2 * 480)).id();
        assertThat(finish(task)).isEqualTo("2027-01-05T17:00:00");
        JsonNode standard = api.get(team.viewer, calendars).json().get(0);
        Map<String, Object> body = new HashMap<>(Map.of("name", "Standard",
                "week", Map.of("MONDAY", List.of("08:00-12:00", "13:00-17:00"), "TUESDAY", List.of("08:00-12:00", "13:00-17:00"),
                        "WEDNESDAY", List.of("08:00-12:00", "13:00-17:00")),
                "exceptions", List.of(Map.of("name", "Epiphany", "start", "2027-01-05", "end", "2027-01-05")),
                "version", standard.get("version").asLong()));
        Answer saved = api.put(team.manager, calendars + "/" + standard.get("id").asLong(), body);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("exceptions").get(0).get("name").asString()).isEqualTo("Epiphany");
        assertThat(finish(task)).isEqualTo("2027-01-06T17:00:00");

        assertThat(api.put(team.manager, calendars + "/" + standard.get("id").asLong(), body).status()).isEqualTo(409);
    }

    @Test
    void badCalendarsAreRefusedNamingTheField() {
        Answer bad = api.post(team.manager, calendars, Map.of("name", "Odd",
                "week", Map.of("MONDAY", List.of("08:00-12:00", "8 to 5"), "TUESDAY", List.of("08:00-12:00", "11:00-14:00")),
                "exceptions", List.of(Map.of("name", "Backwards", "start", "2027-02-10", "end", "2027-02-01"))));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(fields(bad)).containsExactlyInAnyOrder("week.MONDAY[1]", "week.TUESDAY", "exceptions[0].end");
        assertThat(message(bad, "week.TUESDAY")).isEqualTo("working intervals 08:00-12:00 and 11:00-14:00 overlap");
        assertThat(message(bad, "exceptions[0].end")).isEqualTo("is before the start 2027-02-10");

        Answer noWork = api.post(team.manager, calendars, Map.of("name", "Idle", "week", Map.of()));
        assertThat(fields(noWork)).containsExactly("week");
        assertThat(api.get(team.viewer, calendars).json()).hasSize(1);
    }

    @Test
    void theProjectCalendarAndCalendarsInUseCannotBeDeleted() {
        long standard = api.get(team.viewer, calendars).json().get(0).get("id").asLong();
        assertThat(fields(api.delete(team.manager, calendars + "/" + standard))).containsExactly("calendarId");
        long nights = api.post(team.manager, calendars, Map.of("name", "Nights",
                "week", Map.of("MONDAY", List.of("22:00-24:00")))).id();
        long task = api.post(team.member, tasks, Map.of("name", "Night shift", "durationMinutes", 240)).id();
        Answer onNights = api.patch(team.member, tasks + "/" + task, Map.of("calendarId", nights, "version", 0));
        assertThat(onNights.status()).isEqualTo(200);
        assertThat(onNights.json().get("schedule").get("start").asString()).isEqualTo("2027-01-04T22:00:00");
        assertThat(onNights.json().get("schedule").get("finish").asString()).isEqualTo("2027-01-12T00:00:00");
        assertThat(message(api.delete(team.manager, calendars + "/" + nights), "calendarId"))
                .isEqualTo("1 task(s) are scheduled on calendar Nights: give them another calendar first");
    }

    @Test
    void settingsChangeTheRulesAndCalendarAndRefuseAnotherProjectsCalendar() {
        long task = api.post(team.member, tasks, Map.of("name", "Unstarted", "durationMinutes", 480)).id();
        JsonNode settings = api.get(team.viewer, team.projectPath() + "/schedule-settings").json();
        long foreign = api.get(team.outsider, "/api/v1/projects/" + team.otherProject.id() + "/calendars").json().get(0)
                .get("id").asLong();
        Answer refused = api.put(team.manager, team.projectPath() + "/schedule-settings", Map.of("rules", "P6",
                "calendarId", foreign, "version", settings.get("version").asLong()));
        assertThat(fields(refused)).containsExactly("calendarId");
        Answer changed = api.put(team.manager, team.projectPath() + "/schedule-settings", Map.of("rules", "P6",
                "calendarId", settings.get("calendarId").asLong(), "statusDate", "2027-01-06",
                "version", settings.get("version").asLong()));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("rules").asString()).isEqualTo("P6");
        assertThat(changed.json().get("statusDate").asString()).isEqualTo("2027-01-06");
        // P6: remaining work starts after the data date, the end of the status date.
        assertThat(api.get(team.viewer, tasks + "/" + task).json().get("schedule").get("start").asString())
                .isEqualTo("2027-01-07T08:00:00");
        assertThat(api.put(team.manager, team.projectPath() + "/schedule-settings", Map.of("rules", "MSPROJECT",
                "calendarId", settings.get("calendarId").asLong(), "version", settings.get("version").asLong())).status())
                .isEqualTo(409);
    }

    @Test
    void taskScheduleFieldsAreCheckedAndTakeEffect() {
        long task = api.post(team.member, tasks, Map.of("name", "Install", "durationMinutes", 480)).id();
        Answer noDate = api.patch(team.member, tasks + "/" + task, Map.of("constraintType", "SNET", "version", 0));
        assertThat(fields(noDate)).containsExactly("constraintDate");
        Answer progress = api.patch(team.member, tasks + "/" + task, Map.of("actualFinish", "2027-01-04T17:00:00",
                "percentComplete", 50, "version", 0));
        assertThat(fields(progress)).containsExactlyInAnyOrder("actualFinish", "percentComplete", "percentComplete");
        long foreign = api.get(team.outsider, "/api/v1/projects/" + team.otherProject.id() + "/calendars").json().get(0)
                .get("id").asLong();
        Answer elsewhere = api.patch(team.member, tasks + "/" + task, Map.of("calendarId", foreign, "version", 0));
        assertThat(fields(elsewhere)).containsExactly("calendarId");
        assertThat(api.get(team.viewer, tasks + "/" + task).json().has("calendarId")).isFalse();
        Answer tooMuch = api.patch(team.member, tasks + "/" + task, Map.of("percentComplete", 101, "version", 0));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(fields(tooMuch)).containsExactly("percentComplete");

        Answer constrained = api.patch(team.member, tasks + "/" + task, Map.of("constraintType", "SNET",
                "constraintDate", "2027-01-13T08:00:00", "version", 0));
        assertThat(constrained.status()).isEqualTo(200);
        assertThat(constrained.json().get("schedule").get("start").asString()).isEqualTo("2027-01-13T08:00:00");
        assertThat(constrained.json().get("schedule").get("drivenBy").asString()).isEqualTo("CONSTRAINT");

        Answer started = api.patch(team.member, tasks + "/" + task, Map.of("constraintType", "ASAP",
                "actualStart", "2027-01-05T08:00:00", "percentComplete", 50, "version", constrained.version()));
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().has("constraintDate")).isFalse();
        assertThat(started.json().get("schedule").get("start").asString()).isEqualTo("2027-01-05T08:00:00");
        assertThat(started.json().get("schedule").get("finish").asString()).isEqualTo("2027-01-05T17:00:00");

        Answer finished = api.patch(team.member, tasks + "/" + task, Map.of("actualFinish", "2027-01-05T15:00:00",
                "version", started.version()));
        assertThat(finished.json().get("percentComplete").asInt()).isEqualTo(100);
        assertThat(finished.json().get("schedule").get("finish").asString()).isEqualTo("2027-01-05T15:00:00");
    }

    @Test
    void aMilestonePastItsCommittedDateIsAtRiskOnTheProjectAndThePortfolio() {
        long build = api.post(team.member, tasks, Map.of("name", "Build", "durationMinutes", 5 * 480)).id();
        long ready = api.post(team.member, tasks, Map.of("name", "Ready", "kind", "MILESTONE",
                "committedFinish", "2027-01-07")).id();
        api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", build, "successorId", ready));
        JsonNode atRisk = api.get(team.viewer, team.projectPath() + "/at-risk").json();
        assertThat(atRisk).hasSize(1);
        assertThat(atRisk.get(0).get("milestone").get("id").asLong()).isEqualTo(ready);
        assertThat(atRisk.get(0).get("finish").asString()).isEqualTo("2027-01-08T17:00:00");
        assertThat(atRisk.get(0).get("daysLate").asLong()).isEqualTo(1);
        assertThat(atRisk.get(0).get("totalFloatMinutes").asLong()).isEqualTo(-480);
        assertThat(ids(api.get(team.member, "/api/v1/at-risk").json())).contains(ready);
        assertThat(ids(api.get(team.outsider, "/api/v1/at-risk").json())).doesNotContain(ready);

        api.patch(team.member, tasks + "/" + build, Map.of("durationMinutes", 4 * 480, "version", 0));
        assertThat(api.get(team.viewer, team.projectPath() + "/at-risk").json()).isEmpty();
    }

    private static List<Long> ids(JsonNode atRisk) {
        return atRisk.valueStream().map(m -> m.get("milestone").get("id").asLong()).toList();
    }

    private String finish(long task) {
        return api.get(team.viewer, tasks + "/" + task).json().get("schedule").get("finish").asString();
    }

    private static List<String> fields(Answer answer) {
        return answer.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static String message(Answer answer, String field) {
        return answer.json().get("errors").valueStream().filter(e -> e.get("field").asString().equals(field))
                .map(e -> e.get("message").asString()).findFirst().orElseThrow();
    }
}

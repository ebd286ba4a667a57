package io.linchpin.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.identity.LinchpinUser;
import tools.jackson.databind.JsonNode;

/** The calendars and schedule settings pages, and the schedule columns of the WBS table. */
@LinchpinIntegrationTest
class SchedulePagesTest extends TeamTest {

    String base;
    long standard;

    @BeforeEach
    void setUp() {
        base = "/projects/" + team.project.id();
        standard = api.get(team.viewer, team.projectPath() + "/calendars").json().get(0).get("id").asLong();
    }

    @Test
    void aManagerAddsAHolidayOnThePageAndTheTasksMove() throws Exception {
        long task = api.post(team.member, team.projectPath() + "/tasks", Map.of("name", "Rack servers",
                "durationMinutes", 960)).id();
        String page = page(team.viewer, base + "/calendars");
        assertThat(page).contains("value=\"Standard\"").contains("value=\"08:00-12:00 13:00-17:00\"")
                .contains("<fieldset disabled").doesNotContain("New calendar");

        MvcResult saved = send(team.manager, post(base + "/calendars/" + standard).param("name", "Standard")
                .param("hoursPerDay", "8").param("version", "0")
                .param("MONDAY", "08:00-12:00 13:00-17:00").param("TUESDAY", "08:00-12:00 13:00-17:00")
                .param("WEDNESDAY", "08:00-12:00 13:00-17:00").param("exceptions", "2027-01-05 2027-01-05 Team day\n"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(200);
        assertThat(saved.getResponse().getContentAsString()).contains("Saved; the project is rescheduled.")
                .contains("2027-01-05 2027-01-05 Team day");
        assertThat(api.get(team.viewer, team.projectPath() + "/tasks/" + task).json().get("schedule").get("finish")
                .asString()).isEqualTo("2027-01-06T17:00:00");

        String wbs = page(team.viewer, base + "/tasks");
        assertThat(wbs).contains("2027-01-04 08:00").contains("2027-01-06 17:00").contains("critical");

        api.patch(team.member, team.projectPath() + "/tasks/" + task, Map.of("durationMinutes", 1440, "version", 0));
        // The activity shows what the person changed, not the dates the schedule computed from it.
        assertThat(page(team.viewer, base + "/activity")).contains("durationMinutes").doesNotContain("earlyStart");
    }

    @Test
    void theOverviewMarksAMilestonePastItsCommittedDateAtRisk() throws Exception {
        long build = api.post(team.member, team.projectPath() + "/tasks", Map.of("name", "Build",
                "durationMinutes", 5 * 480)).id();
        long ready = api.post(team.member, team.projectPath() + "/tasks", Map.of("name", "Ready", "kind", "MILESTONE",
                "committedFinish", "2027-01-07")).id();
        api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", build, "successorId", ready));
        assertThat(page(team.viewer, base)).contains("2027-01-08 17:00").contains("at risk");
        assertThat(page(team.viewer, "/at-risk")).contains("2 Ready").contains(team.project.code());
        assertThat(page(team.outsider, "/at-risk")).doesNotContain(team.project.code());
        assertThat(page(team.viewer, base + "/tasks/" + ready)).contains("Driven by").contains("FS " + build)
                .contains("Late start – finish");
    }

    @Test
    void mistakesComeBackNamedOnTheForm() throws Exception {
        MvcResult refused = send(team.manager, post(base + "/calendars/" + standard).param("name", "Standard")
                .param("hoursPerDay", "8").param("version", "0").param("MONDAY", "08:00-12:00 11:00-13:00")
                .param("exceptions", "2027-02-10 2027-02-01 Backwards\nsoon"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString())
                .contains("Exceptions, line 2: write first day, last day and name");
        MvcResult overlap = send(team.manager, post(base + "/calendars/" + standard).param("name", "Standard")
                .param("hoursPerDay", "8").param("version", "0").param("MONDAY", "08:00-12:00 11:00-13:00")
                .param("exceptions", "2027-02-10 2027-02-01 Backwards"));
        assertThat(overlap.getResponse().getContentAsString())
                .contains("Monday: working intervals 08:00-12:00 and 11:00-13:00 overlap")
                .contains("Exceptions, line 1: is before the start 2027-02-10");
        assertThat(api.get(team.viewer, team.projectPath() + "/calendars").json().get(0).get("version").asLong()).isZero();
    }

    @Test
    void aManagerSetsTheSchedulingOptionsOnTheSettingsPageAndMistakesComeBackNamed() throws Exception {
        long task = api.post(team.member, team.projectPath() + "/tasks", Map.of("name", "Survey", "durationMinutes", 480))
                .id();
        String page = page(team.viewer, base + "/schedule");
        assertThat(page).contains("Scheduling options").contains("<fieldset disabled").contains("Must finish by")
                .doesNotContain("Save settings");

        MvcResult refused = send(team.manager, post(base + "/schedule").param("rules", "P6")
                .param("calendarId", String.valueOf(standard)).param("criticalFloatHours", "a day")
                .param("mustFinishBy", "soon").param("lagCalendar", "LUNAR").param("version", "0"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString())
                .contains("Critical at float up to: a number of hours such as 8 or 0.5")
                .contains("Must finish by: a date and time such as 2027-06-30T17:00")
                .contains("Lags counted on: choose one of the list").contains("value=\"a day\"");
        assertThat(api.get(team.viewer, team.projectPath() + "/schedule-settings").json().get("rules").asString())
                .isEqualTo("MSPROJECT");

        MvcResult saved = send(team.manager, post(base + "/schedule").param("rules", "P6")
                .param("calendarId", String.valueOf(standard)).param("statusDate", "").param("criticalFloatHours", "16")
                .param("honorConstraints", "true").param("lagCalendar", "SUCCESSOR").param("progressMode", "")
                .param("floatBasis", "START").param("mustFinishBy", "2027-01-08T17:00").param("version", "0"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(200);
        assertThat(saved.getResponse().getContentAsString()).contains("Saved; the project is rescheduled.")
                .contains("value=\"16\"");
        JsonNode settings = api.get(team.viewer, team.projectPath() + "/schedule-settings").json();
        assertThat(settings.get("rules").asString()).isEqualTo("P6");
        assertThat(settings.get("criticalFloatMinutes").asInt()).isEqualTo(960);
        assertThat(settings.get("lagCalendar").asString()).isEqualTo("SUCCESSOR");
        assertThat(settings.get("floatBasis").asString()).isEqualTo("START");
        assertThat(settings.has("progressMode")).isFalse();
        // One day of work from Monday, to finish by Friday evening: four days of float, so not critical at two.
        JsonNode survey = api.get(team.viewer, team.projectPath() + "/tasks/" + task).json().get("schedule");
        assertThat(survey.get("lateFinish").asString()).isEqualTo("2027-01-08T17:00:00");
        assertThat(survey.get("totalFloatMinutes").asLong()).isEqualTo(4 * 480);
        assertThat(survey.get("critical").asBoolean()).isFalse();

        MvcResult stale = send(team.manager, post(base + "/schedule").param("rules", "MSPROJECT")
                .param("calendarId", String.valueOf(standard)).param("version", "0"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(422);
        assertThat(stale.getResponse().getContentAsString()).contains("Someone else changed the settings meanwhile");
        assertThat(api.get(team.viewer, team.projectPath() + "/schedule-settings").json().get("rules").asString())
                .isEqualTo("P6");
    }

    private String page(LinchpinUser who, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private MvcResult send(LinchpinUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn();
    }
}

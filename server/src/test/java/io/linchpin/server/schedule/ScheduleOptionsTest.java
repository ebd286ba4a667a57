package io.linchpin.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

/**
 * The scheduling options of a project's settings (critical float, honouring constraints, lag
 * calendar, progress mode, float basis, must finish by): stored, checked, audited, and each one
 * moves the dates it governs.
 */
@LinchpinIntegrationTest
class ScheduleOptionsTest extends TeamTest {

    String settings;
    String tasks;

    @BeforeEach
    void paths() {
        settings = team.projectPath() + "/schedule-settings";
        tasks = team.projectPath() + "/tasks";
    }

    @Test
    void theOptionsRoundTripAreAuditedAndAnAbsentOptionIsItsDefault() {
        JsonNode before = api.get(team.viewer, settings).json();
        assertThat(before.get("criticalFloatMinutes").asInt()).isZero();
        assertThat(before.get("honorConstraints").asBoolean()).isTrue();
        assertThat(before.has("lagCalendar")).isFalse();
        assertThat(before.has("mustFinishBy")).isFalse();

        Map<String, Object> body = new HashMap<>(Map.of("rules", "P6", "calendarId", before.get("calendarId").asLong(),
                "criticalFloatMinutes", 960, "honorConstraints", false, "lagCalendar", "TWENTY_FOUR_HOUR",
                "progressMode", "PROGRESS_OVERRIDE", "floatBasis", "START", "mustFinishBy", "2027-03-31T17:00:00",
                "version", before.get("version").asLong()));
        Answer changed = api.put(team.manager, settings, body);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode read = api.get(team.viewer, settings).json();
        assertThat(read.get("criticalFloatMinutes").asInt()).isEqualTo(960);
        assertThat(read.get("honorConstraints").asBoolean()).isFalse();
        assertThat(read.get("lagCalendar").asString()).isEqualTo("TWENTY_FOUR_HOUR");
        assertThat(read.get("progressMode").asString()).isEqualTo("PROGRESS_OVERRIDE");
        assertThat(read.get("floatBasis").asString()).isEqualTo("START");
        assertThat(read.get("mustFinishBy").asString()).isEqualTo("2027-03-31T17:00:00");
        assertThat(read.get("version").asLong()).isEqualTo(before.get("version").asLong() + 1);

        JsonNode audit = api.get(team.viewer, team.projectPath() + "/audit?size=1").json().get("items").get(0);
        assertThat(audit.get("entityType").asString()).isEqualTo("ScheduleSettings");
        assertThat(audit.get("before").get("floatBasis")).isNull();
        assertThat(audit.get("after").get("floatBasis").asString()).isEqualTo("START");
        assertThat(audit.get("after").get("criticalFloatMinutes").asInt()).isEqualTo(960);

        Answer reset = api.put(team.manager, settings, Map.of("rules", "P6", "calendarId", read.get("calendarId").asLong(),
                "version", read.get("version").asLong()));
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("criticalFloatMinutes").asInt()).isZero();
        assertThat(reset.json().get("honorConstraints").asBoolean()).isTrue();
        assertThat(reset.json().has("lagCalendar")).isFalse();
        assertThat(reset.json().has("progressMode")).isFalse();
        assertThat(reset.json().has("floatBasis")).isFalse();
        assertThat(reset.json().has("mustFinishBy")).isFalse();
    }

    @Test
    void aBadOptionIsA400NamingTheFieldAndChangesNothing() {
        JsonNode before = api.get(team.viewer, settings).json();
        long calendar = before.get("calendarId").asLong();
        long version = before.get("version").asLong();

        Answer badLag = api.put(team.manager, settings, Map.of("rules", "P6", "calendarId", calendar,
                "lagCalendar", "LUNAR", "version", version));
        assertThat(badLag.status()).isEqualTo(400);
        assertThat(badLag.contentType()).startsWith("application/problem+json");
        assertThat(fields(badLag)).containsExactly("lagCalendar");

        Answer tooMuchFloat = api.put(team.manager, settings, Map.of("rules", "P6", "calendarId", calendar,
                "criticalFloatMinutes", 20_000_000, "progressMode", "PROGRESS_OVERRIDE", "version", version));
        assertThat(tooMuchFloat.status()).isEqualTo(400);
        assertThat(fields(tooMuchFloat)).containsExactly("criticalFloatMinutes");

        Answer badDate = api.put(team.manager, settings, Map.of("rules", "P6", "calendarId", calendar,
                "mustFinishBy", "next Friday", "version", version));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(fields(badDate)).containsExactly("mustFinishBy");

        JsonNode after = api.get(team.viewer, settings).json();
        assertThat(after.toString()).isEqualTo(before.toString());
    }

    /**
     * A P6 project with its status date at the end of Tuesday 5 January 2027 (remaining work from
     * Wednesday): each option moves the dates it governs, and only those.
     */
    @Test
    void eachOptionMovesTheDatesOfAP6Project() {
        long sevenDays = api.post(team.manager, team.projectPath() + "/calendars", Map.of("name", "Seven days",
                "week", Map.of("MONDAY", day(), "TUESDAY", day(), "WEDNESDAY", day(), "THURSDAY", day(), "FRIDAY", day(),
                        "SATURDAY", day(), "SUNDAY", day()))).id();
        long a = task(Map.of("name", "Excavate", "durationMinutes", 3 * 480));
        long b = task(Map.of("name", "Survey", "durationMinutes", 480));
        long d = task(Map.of("name", "Shuttering", "durationMinutes", 2 * 480));
        link(a, d, 0);
        patch(d, Map.of("actualStart", "2027-01-04T08:00:00", "remainingMinutes", 480));
        long e = task(Map.of("name", "Cure", "durationMinutes", 480));
        patch(e, Map.of("calendarId", sevenDays, "constraintType", "SNET", "constraintDate", "2027-01-08T08:00:00"));
        long f = task(Map.of("name", "Strip", "durationMinutes", 480));
        link(e, f, 480);
        long s = task(Map.of("name", "Groundworks"));
        long p = task(Map.of("name", "Pile", "durationMinutes", 480, "parentId", s));
        long q = task(Map.of("name", "Drain", "durationMinutes", 480, "parentId", s));
        long r = task(Map.of("name", "Cap", "durationMinutes", 2 * 480));
        link(p, r, 0);

        change(Map.of("statusDate", "2027-01-05"));
        // The project ends Monday 11 at 17:00 (Shuttering waits for Excavate, Strip follows Cure).
        assertThat(schedule(d).get("finish").asString()).isEqualTo("2027-01-11T17:00:00");
        assertThat(schedule(f).get("start").asString()).isEqualTo("2027-01-11T08:00:00");
        assertThat(schedule(b).get("totalFloatMinutes").asLong()).isEqualTo(1440);
        assertThat(schedule(b).get("critical").asBoolean()).isFalse();
        assertThat(schedule(s).get("totalFloatMinutes").asLong()).isEqualTo(1440);
        assertThat(schedule(d).get("lateFinish").asString()).isEqualTo("2027-01-11T17:00:00");
        assertThat(q).isPositive();

        change(Map.of("statusDate", "2027-01-05", "criticalFloatMinutes", 1440));
        assertThat(schedule(b).get("critical").asBoolean()).isTrue();

        // Progress overrides the link: the shuttering's last day follows the status date.
        change(Map.of("statusDate", "2027-01-05", "progressMode", "PROGRESS_OVERRIDE"));
        assertThat(schedule(d).get("finish").asString()).isEqualTo("2027-01-06T17:00:00");

        // Cure's one-day lag counted on the successor's five-day week instead of its own seven days.
        change(Map.of("statusDate", "2027-01-05", "lagCalendar", "SUCCESSOR"));
        assertThat(schedule(f).get("start").asString()).isEqualTo("2027-01-12T08:00:00");

        // The summary's start float (its earliest late start against its start) is smaller than its finish float.
        change(Map.of("statusDate", "2027-01-05", "floatBasis", "START"));
        assertThat(schedule(s).get("totalFloatMinutes").asLong()).isEqualTo(480);

        change(Map.of("statusDate", "2027-01-05", "mustFinishBy", "2027-01-15T17:00:00"));
        assertThat(schedule(d).get("lateFinish").asString()).isEqualTo("2027-01-15T17:00:00");
        assertThat(schedule(b).get("totalFloatMinutes").asLong()).isEqualTo(3360);

        change(Map.of("statusDate", "2027-01-05"));
        assertThat(schedule(d).get("finish").asString()).isEqualTo("2027-01-11T17:00:00");
        assertThat(schedule(f).get("start").asString()).isEqualTo("2027-01-11T08:00:00");
    }

    /** Honouring constraints is MS Project's option (P6 always holds a mandatory date): off, the link wins. */
    @Test
    void withoutHonouringConstraintsAnMsProjectLinkWinsOverAMustStartOn() {
        long a = task(Map.of("name", "Excavate", "durationMinutes", 3 * 480));
        long x = task(Map.of("name", "Inspect", "durationMinutes", 480));
        link(a, x, 0);
        patch(x, Map.of("constraintType", "MSO", "constraintDate", "2027-01-05T08:00:00"));
        assertThat(schedule(x).get("start").asString()).isEqualTo("2027-01-05T08:00:00");

        JsonNode current = api.get(team.viewer, settings).json();
        Answer changed = api.put(team.manager, settings, Map.of("rules", "MSPROJECT", "calendarId",
                current.get("calendarId").asLong(), "honorConstraints", false, "version", current.get("version").asLong()));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(schedule(x).get("start").asString()).isEqualTo("2027-01-07T08:00:00");
    }

    private static List<String> day() {
        return List.of("08:00-12:00", "13:00-17:00");
    }

    private long task(Map<String, Object> body) {
        Answer created = api.post(team.member, tasks, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    private void patch(long task, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", api.get(team.viewer, tasks + "/" + task).json().get("version").asLong());
        Answer changed = api.patch(team.member, tasks + "/" + task, body);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private void link(long predecessor, long successor, long lag) {
        Answer linked = api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", predecessor,
                "successorId", successor, "lagMinutes", lag));
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
    }

    /** P6 rules and these settings, every other option at its default. */
    private void change(Map<String, Object> options) {
        JsonNode current = api.get(team.viewer, settings).json();
        Map<String, Object> body = new HashMap<>(options);
        body.put("rules", "P6");
        body.put("calendarId", current.get("calendarId").asLong());
        body.put("version", current.get("version").asLong());
        Answer changed = api.put(team.manager, settings, body);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private JsonNode schedule(long task) {
        return api.get(team.viewer, tasks + "/" + task).json().get("schedule");
    }

    private static List<String> fields(Answer answer) {
        List<String> out = new ArrayList<>();
        answer.json().get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }
}

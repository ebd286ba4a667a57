package io.linchpin.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.FloatBasis;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.ScheduleOptions;
import io.linchpin.engine.plan.Task;
import io.linchpin.files.ProjectFormat;
import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

/**
 * A Primavera P6 schedule (XER) imported keeps what decides its dates (the data date, the
 * scheduling options), so the engine computes the same dates from the stored project as from the
 * file.
 */
@LinchpinIntegrationTest
class P6ImportTest extends TeamTest {

    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 8, 0);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDataDateAtMidnightIsTheEndOfTheDayBeforeAndTheDatesAreTheEngines() {
        Plan plan = plan(List.of(Task.builder("A").uniqueId(1L).name("Excavate").duration(5 * 480)
                .actualStart(MONDAY).percentComplete(40).build(),
                Task.builder("B").uniqueId(2L).name("Pour").duration(2 * 480).predecessor(Link.fs("A")).build()),
                LocalDateTime.of(2026, 3, 5, 0, 0));
        Imported imported = importXer(plan);

        JsonNode settings = api.get(team.manager, "/api/v1/projects/" + imported.projectId() + "/schedule-settings").json();
        assertThat(settings.get("rules").asString()).isEqualTo("P6");
        assertThat(settings.get("statusDate").asString()).isEqualTo("2026-03-04");
        assertThat(imported.losses()).noneMatch(l -> l.contains("data date"));
        assertThat(imported.differences()).isEmpty();
    }

    @Test
    void aDataDateDuringTheDayIsKeptAsThatDayAndTheLossSaysSo() {
        Plan plan = plan(List.of(Task.builder("A").uniqueId(1L).name("Excavate").duration(5 * 480)
                .actualStart(MONDAY).percentComplete(40).build()), LocalDateTime.of(2026, 3, 5, 13, 0));
        Imported imported = importXer(plan);

        JsonNode settings = api.get(team.manager, "/api/v1/projects/" + imported.projectId() + "/schedule-settings").json();
        assertThat(settings.get("statusDate").asString()).isEqualTo("2026-03-05");
        assertThat(imported.losses()).contains("the file's data date is 2026-03-05T13:00; Linchpin reports progress up to "
                + "the end of a day, 2026-03-05, and schedules the remaining work from the next midnight");
    }

    @Test
    void theFilesSchedulingOptionsAreKeptAndLeaveTheLossReport() {
        Plan plan = plan(List.of(Task.builder("A").uniqueId(1L).name("Excavate").duration(5 * 480).build(),
                Task.builder("B").uniqueId(2L).name("Pour").duration(2 * 480).build()), null).toBuilder()
                .options(ScheduleOptions.DEFAULTS.withCriticalFloatMinutes(480).withLagCalendar(LagCalendar.SUCCESSOR)
                        .withFloatBasis(FloatBasis.START).withMustFinishBy(LocalDateTime.of(2026, 3, 20, 17, 0)))
                .build();
        Imported imported = importXer(plan);

        JsonNode settings = api.get(team.manager, "/api/v1/projects/" + imported.projectId() + "/schedule-settings").json();
        assertThat(settings.get("criticalFloatMinutes").asInt()).isEqualTo(480);
        assertThat(settings.get("lagCalendar").asString()).isEqualTo("SUCCESSOR");
        assertThat(settings.get("floatBasis").asString()).isEqualTo("START");
        assertThat(settings.get("mustFinishBy").asString()).isEqualTo("2026-03-20T17:00:00");
        assertThat(imported.losses()).noneMatch(l -> l.contains("the file"));
        assertThat(imported.differences()).isEmpty();
    }

    record Imported(long projectId, List<String> losses, List<String> differences) {
    }

    static Plan plan(List<Task> tasks, LocalDateTime dataDate) {
        WorkCalendar.Builder week = WorkCalendar.builder("Standard").name("Standard");
        for (DayOfWeek day : DayOfWeek.values()) {
            week.hours(day, day.getValue() <= 5 ? WorkingHours.parse(List.of("08:00-12:00", "13:00-17:00")) : WorkingHours.NONE);
        }
        return Plan.builder(MONDAY).name("P6 sample").rules(RuleSet.P6).calendar("Standard").addCalendar(week.build())
                .statusDate(dataDate).tasks(tasks).build();
    }

    Imported importXer(Plan plan) {
        Path file = TransferFiles.write(plan, ProjectFormat.XER);
        Answer answer = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "p6.xer", TransferFiles.bytes(file),
                Map.of("code", team.code("P6")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        long projectId = answer.json().get("projectId").asLong();
        List<String> losses = new ArrayList<>();
        answer.json().get("losses").forEach(l -> losses.add(l.asString()));
        return new Imported(projectId, losses, StoredDates.differences(file, StoredDates.stored(jdbc, projectId)));
    }
}

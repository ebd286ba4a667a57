package io.linchpin.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.FloatBasis;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.ScheduleOptions;
import io.linchpin.engine.plan.Task;
import io.linchpin.files.ProjectFiles;
import io.linchpin.files.ProjectFormat;
import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

/**
 * A Primavera P6 schedule (XER) imported keeps what decides its dates (the data date, the
 * scheduling options, start milestones, "start on" and "finish on" constraints, physical %
 * complete), so the engine computes the same dates from the stored project as from the file, and
 * an export carries them out again.
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

    @Test
    void startMilestonesStartOnFinishOnAndPhysicalPercentAreKeptAndExportedAgain() throws Exception {
        Plan plan = plan(List.of(Task.builder("A").uniqueId(1L).name("Excavate").duration(5 * 480).actualStart(MONDAY)
                        .percentComplete(40).physicalPercentComplete(100).build(),
                Task.builder("M").uniqueId(2L).name("Start pour").milestone(true).startMilestone(true).duration(0)
                        .predecessor(Link.fs("A")).build(),
                Task.builder("B").uniqueId(3L).name("Pour").duration(2 * 480).predecessor(Link.fs("M"))
                        .constraint(Constraint.of(ConstraintType.START_ON, LocalDateTime.of(2026, 3, 16, 8, 0))).build(),
                Task.builder("C").uniqueId(4L).name("Cure").duration(3 * 480).predecessor(Link.fs("B"))
                        .constraint(Constraint.of(ConstraintType.FINISH_ON, LocalDateTime.of(2026, 3, 25, 17, 0))).build(),
                Task.builder("F").uniqueId(5L).name("Handover").milestone(true).duration(0).predecessor(Link.fs("C")).build()),
                LocalDateTime.of(2026, 3, 5, 0, 0));
        Imported imported = importXer(plan);

        JsonNode tasks = api.get(team.manager, "/api/v1/projects/" + imported.projectId() + "/tasks?size=50").json().get("items");
        assertThat(tasks).extracting(t -> t.get("name").asString() + " " + t.get("kind").asString() + " "
                + t.get("startMilestone").asBoolean() + " " + t.get("constraintType").asString() + " "
                + t.get("physicalPercentComplete").asDouble()).containsExactlyInAnyOrder(
                        "Excavate TASK false ASAP 100.0", "Start pour MILESTONE true ASAP 0.0",
                        "Pour TASK false START_ON 0.0", "Cure TASK false FINISH_ON 0.0", "Handover MILESTONE false ASAP 0.0");
        assertThat(tasks.valueStream().filter(t -> t.get("name").asString().equals("Pour")).findFirst().orElseThrow()
                .get("constraintDate").asString()).isEqualTo("2026-03-16T08:00:00");
        assertThat(imported.losses()).noneMatch(l -> l.contains("start milestone") || l.contains("'start on'")
                || l.contains("'finish on'"));
        assertThat(imported.differences()).isEmpty();

        MvcResult exported = mvc.perform(MockMvcRequestBuilders.get("/api/v1/projects/" + imported.projectId()
                + "/export?format=xer").with(user(team.manager))).andReturn();
        assertThat(exported.getResponse().getStatus()).isEqualTo(200);
        Path file = Files.createTempDirectory("p6-export").resolve("back.xer");
        Files.write(file, exported.getResponse().getContentAsByteArray());
        Plan back = ProjectFiles.read(file).plan();
        Map<String, Task> byName = new HashMap<>();
        back.tasks().forEach(t -> byName.put(t.name(), t));
        assertThat(byName.get("Excavate").physicalPercentComplete()).isEqualTo(100.0);
        assertThat(byName.get("Start pour").startMilestone()).isTrue();
        assertThat(byName.get("Handover").startMilestone()).isFalse();
        assertThat(byName.get("Pour").constraint()).isEqualTo(Constraint.of(ConstraintType.START_ON,
                LocalDateTime.of(2026, 3, 16, 8, 0)));
        assertThat(byName.get("Cure").constraint().type()).isEqualTo(ConstraintType.FINISH_ON);
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

package io.linchpin.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.files.ProjectFormat;
import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

@LinchpinIntegrationTest
class ImportApiTest extends TeamTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anMspdiFileBecomesAProjectWithItsWbsLinksCalendarsAndTheEngineDates() {
        Path file = TransferFiles.write(TransferFiles.sample("Sample " + team.tag), ProjectFormat.MSPDI);
        String code = team.code("IMP");
        Answer answer = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "sample.xml",
                TransferFiles.bytes(file), Map.of("code", code, "timeZone", "Europe/Paris"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode report = answer.json();
        long projectId = report.get("projectId").asLong();
        assertThat(report.get("projectCode").asString()).isEqualTo(code);
        assertThat(report.get("format").asString()).isEqualTo("MSPDI");
        assertThat(report.get("tasksCreated").asInt()).isEqualTo(6);
        assertThat(report.get("links").asInt()).isEqualTo(4);
        assertThat(report.get("calendars").asInt()).isEqualTo(2);

        JsonNode tasks = api.get(team.manager, "/api/v1/projects/" + projectId + "/tasks?size=50").json().get("items");
        assertThat(tasks).extracting(t -> t.get("outlineNumber").asString() + " " + t.get("name").asString() + " "
                + t.get("kind").asString()).containsExactly("1 Design, \"phase\" one SUMMARY", "1.1 Specify TASK",
                        "1.2 Review TASK", "2 Build TASK", "3 Night migration TASK", "4 Go live MILESTONE");
        assertThat(tasks.get(1).get("durationMinutes").asLong()).isEqualTo(3 * 480);
        assertThat(tasks.get(1).get("actualStart").asString()).isEqualTo("2026-03-02T08:00:00");
        assertThat(tasks.get(1).get("percentComplete").asInt()).isEqualTo(50);
        assertThat(tasks.get(3).get("constraintType").asString()).isEqualTo("SNET");
        assertThat(tasks.get(3).get("constraintDate").asString()).isEqualTo("2026-03-10T08:00:00");
        assertThat(tasks.get(4).get("calendarId").isNull()).isFalse();
        assertThat(tasks.get(5).get("committedFinish").asString()).isEqualTo("2026-03-31");

        JsonNode links = api.get(team.manager, "/api/v1/projects/" + projectId + "/links").json();
        assertThat(links).extracting(l -> l.get("predecessor").get("outlineNumber").asString() + " "
                + l.get("type").asString() + " " + l.get("lagMinutes").asLong() + " "
                + l.get("successor").get("outlineNumber").asString())
                .containsExactlyInAnyOrder("1.1 FS 240 1.2", "1.2 SS 480 2", "2 FF 0 3", "3 FS 0 4");

        assertThat(StoredDates.differences(file, StoredDates.stored(jdbc, projectId))).isEmpty();
    }

    @Test
    void elapsedAndPercentLagsAreKeptAsSuch() {
        Plan plan = TransferFiles.sample("Lags " + team.tag);
        List<Task> tasks = new ArrayList<>(plan.tasks());
        // Review waits three calendar days after Specify; Build starts when Review is half done.
        tasks.replaceAll(t -> switch (t.id()) {
            case "3" -> t.toBuilder().predecessors(List.of(Link.of("2", LinkType.FS, Lag.elapsed(3 * 1440)))).build();
            case "4" -> t.toBuilder().predecessors(List.of(Link.of("3", LinkType.SS, Lag.percent(50)))).build();
            default -> t;
        });
        Path file = TransferFiles.write(plan.toBuilder().tasks(tasks).build(), ProjectFormat.MSPDI);
        Answer answer = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "lags.xml",
                TransferFiles.bytes(file), Map.of("code", team.code("LAG")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        long projectId = answer.json().get("projectId").asLong();

        JsonNode links = api.get(team.manager, "/api/v1/projects/" + projectId + "/links").json();
        assertThat(links).extracting(l -> l.get("predecessor").get("outlineNumber").asString() + " "
                + l.get("type").asString() + " " + l.get("lag").asString() + " "
                + l.get("successor").get("outlineNumber").asString())
                .contains("1.1 FS 3d elapsed 1.2", "1.2 SS 50% 2");
        assertThat(answer.json().get("losses").valueStream().map(JsonNode::asString)).noneMatch(l -> l.contains("lag"));
        assertThat(StoredDates.differences(file, StoredDates.stored(jdbc, projectId))).isEmpty();
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndChangesNothing() {
        Path file = TransferFiles.write(TransferFiles.sample("Dry " + team.tag), ProjectFormat.MSPDI);
        String code = team.code("DRY");
        Answer answer = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "dry.xml",
                TransferFiles.bytes(file), Map.of("code", code, "dryRun", "true"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("dryRun").asBoolean()).isTrue();
        assertThat(answer.json().get("tasksCreated").asInt()).isEqualTo(6);
        assertThat(answer.json().has("projectId")).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM projects WHERE code = :code").param("code", code).query(Long.class)
                .single()).isZero();
    }

    @Test
    void aDamagedFileIsA422NamingTheFileAndNothingIsCreated() {
        long before = jdbc.sql("SELECT COUNT(*) FROM projects").query(Long.class).single();
        Answer damaged = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "plan.mpp",
                "this is not a project file".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(damaged.status()).as(damaged.body()).isEqualTo(422);
        assertThat(damaged.contentType()).startsWith("application/problem+json");
        assertThat(damaged.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(damaged.json().get("detail").asString()).startsWith("plan.mpp: ");

        Answer unknown = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "notes.docx",
                new byte[] {1, 2, 3}, Map.of());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("detail").asString()).startsWith("notes.docx: unknown file format");

        Answer empty = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "empty.xer", new byte[0], Map.of());
        assertThat(empty.json().get("detail").asString()).isEqualTo("empty.xer: the file is empty");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM projects").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeStoredLeavesNoProjectBehind() {
        String code = team.code("BAD");
        Path file = TransferFiles.write(TransferFiles.sample("Bad " + team.tag), ProjectFormat.MSPDI);
        Answer answer = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "bad.xml",
                TransferFiles.bytes(file), Map.of("code", code, "timeZone", "Mars/Olympus"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM projects WHERE code = :code").param("code", code).query(Long.class)
                .single()).isZero();
    }

    @Test
    void theLossReportNamesWhatTheFileHeldThatLinchpinCannotCarry() {
        // A data date during the day: Linchpin's status date is a whole day.
        Plan plan = TransferFiles.sample("Losses " + team.tag).toBuilder().statusDate(LocalDateTime.of(2026, 3, 4, 13, 0))
                .build();
        Path file = TransferFiles.write(plan, ProjectFormat.XER);
        Answer answer = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "losses.xer",
                TransferFiles.bytes(file), Map.of("code", team.code("LOS")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        List<String> losses = answer.json().get("losses").valueStream().map(JsonNode::asString).toList();
        assertThat(answer.json().get("format").asString()).isEqualTo("XER");
        assertThat(losses).contains("the file's data date is 2026-03-04T13:00; Linchpin reports progress up to the end of "
                + "a day, 2026-03-04, and schedules the remaining work from the next midnight");
    }

    @Test
    void primaveraXmlAndGanttProjectFilesAreImportedToo() throws Exception {
        Path mspdi = TransferFiles.write(TransferFiles.sample("Pmxml " + team.tag), ProjectFormat.MSPDI);
        Path pmxml = mspdi.resolveSibling("plan.pmxml");
        new org.mpxj.primavera.PrimaveraPMFileWriter().write(new org.mpxj.reader.UniversalProjectReader().read(mspdi.toFile()),
                pmxml.toFile());
        Answer p6 = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "plan.pmxml",
                TransferFiles.bytes(pmxml), Map.of("code", team.code("PMX")));
        assertThat(p6.status()).as(p6.body()).isEqualTo(201);
        assertThat(p6.json().get("format").asString()).isEqualTo("PMXML");
        assertThat(p6.json().get("tasksCreated").asInt()).isEqualTo(6);
        assertThat(p6.json().get("links").asInt()).isEqualTo(4);
        assertThat(StoredDates.differences(pmxml, StoredDates.stored(jdbc, p6.json().get("projectId").asLong()))).isEmpty();

        String gan = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project name="Gan sample" company="" webLink="" view-date="2026-03-02" view-index="0"
                         gantt-divider-location="300" resource-divider-location="300" version="3.2.3200" locale="en">
                  <calendars>
                    <day-types>
                      <day-type id="0"/>
                      <day-type id="1"/>
                      <default-week id="1" name="default" sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/>
                      <only-show-weekends value="false"/>
                      <overriden-day-types/>
                      <days/>
                    </day-types>
                  </calendars>
                  <tasks empty-milestones="true">
                    <taskproperties>
                      <taskproperty id="tpd3" name="name" type="default" valuetype="text"/>
                      <taskproperty id="tpd4" name="begindate" type="default" valuetype="date"/>
                      <taskproperty id="tpd6" name="duration" type="default" valuetype="int"/>
                    </taskproperties>
                    <task id="0" name="Phase" meeting="false" start="2026-03-02" duration="5" complete="0" expand="true">
                      <task id="1" name="Design" meeting="false" start="2026-03-02" duration="3" complete="0" expand="true">
                        <depend id="2" type="2" difference="0" hardness="Strong"/>
                      </task>
                      <task id="2" name="Build" meeting="false" start="2026-03-05" duration="2" complete="0" expand="true"/>
                    </task>
                    <task id="3" name="Done" meeting="true" start="2026-03-09" duration="0" complete="0" expand="true"/>
                  </tasks>
                  <resources/>
                  <allocations/>
                </project>
                """;
        Path ganFile = mspdi.resolveSibling("plan.gan");
        java.nio.file.Files.writeString(ganFile, gan);
        Answer answer = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "plan.gan",
                gan.getBytes(StandardCharsets.UTF_8), Map.of("code", team.code("GAN")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("format").asString()).isEqualTo("GANTTPROJECT");
        long projectId = answer.json().get("projectId").asLong();
        JsonNode tasks = api.get(team.manager, "/api/v1/projects/" + projectId + "/tasks").json().get("items");
        assertThat(tasks).extracting(t -> t.get("outlineNumber").asString() + " " + t.get("name").asString() + " "
                + t.get("kind").asString()).containsExactly("1 Phase SUMMARY", "1.1 Design TASK", "1.2 Build TASK",
                        "2 Done MILESTONE");
        // GanttProject keeps days, not times: the file's project starts at midnight, Linchpin at the first
        // working time of that day, and the report says so. Only the unlinked milestone at the start moves.
        assertThat(answer.json().get("losses").valueStream().map(JsonNode::asString))
                .contains("the project starts at 2026-03-02T00:00; Linchpin starts a project at the first working time "
                        + "of its first day, 2026-03-02T08:00");
        assertThat(StoredDates.differences(ganFile, StoredDates.stored(jdbc, projectId)))
                .singleElement().asString().startsWith("Done: start stored 2026-03-02T08:00, engine 2026-03-02T00:00");
    }

    @Test
    void aFileWhoseLinksFormACycleIsRefusedNamingItAndLeavesNothingBehind() throws Exception {
        Path file = TransferFiles.write(TransferFiles.sample("Cycle " + team.tag), ProjectFormat.MSPDI);
        String xml = java.nio.file.Files.readString(file);
        // Specify (UID 2) comes to depend on Build (UID 4), which already follows it through Review.
        java.util.regex.Matcher specify = java.util.regex.Pattern.compile("<Task>\\s*<UID>2</UID>.*?(</Task>)",
                java.util.regex.Pattern.DOTALL).matcher(xml);
        assertThat(specify.find()).isTrue();
        String cyclic = xml.substring(0, specify.start(1)) + "<PredecessorLink><PredecessorUID>4</PredecessorUID>"
                + "<Type>1</Type></PredecessorLink>" + xml.substring(specify.start(1));
        String code = team.code("CYC");
        Answer answer = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "cycle.xml",
                cyclic.getBytes(StandardCharsets.UTF_8), Map.of("code", code));
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.json().get("detail").asString()).contains("cycle").contains("Specify").contains("Build");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM projects WHERE code = :code").param("code", code).query(Long.class)
                .single()).isZero();
    }
}

package io.linchpin.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.files.ImportedPlan;
import io.linchpin.files.ProjectFiles;
import io.linchpin.files.ProjectFormat;
import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import tools.jackson.databind.JsonNode;

@LinchpinIntegrationTest
class TransferApiTest extends TeamTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long imported(String name) {
        Path file = TransferFiles.write(TransferFiles.sample(name), ProjectFormat.MSPDI);
        Answer answer = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", "plan.xml",
                TransferFiles.bytes(file), Map.of("code", team.code("T"), "timeZone", "Europe/Paris"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("projectId").asLong();
    }

    private JsonNode tasks(long projectId) {
        return api.get(team.manager, "/api/v1/projects/" + projectId + "/tasks?size=50").json().get("items");
    }

    @Test
    void anUpdateMatchesTasksByUniqueIdReportsMissingOnesAndKeepsChangesMadeInLinchpin() {
        long projectId = imported("Update " + team.tag);
        JsonNode review = tasks(projectId).get(2);
        Answer edited = api.patch(team.manager, "/api/v1/projects/" + projectId + "/tasks/" + review.get("id").asLong(),
                Map.of("durationMinutes", 960, "version", review.get("version").asLong()));
        assertThat(edited.status()).isEqualTo(200);

        Plan original = TransferFiles.sample("Update " + team.tag);
        List<Task> changed = new ArrayList<>();
        for (Task t : original.tasks()) {
            switch (t.id()) {
                case "3" -> changed.add(t.toBuilder().duration(3 * 480).build());
                case "4" -> changed.add(t.toBuilder().duration(10 * 480).build());
                case "5" -> { }
                case "6" -> changed.add(t.toBuilder().predecessors(List.of()).build());
                default -> changed.add(t);
            }
        }
        changed.add(Task.builder("7").uniqueId(7L).name("Hypercare").duration(480).build());
        Path file = TransferFiles.write(original.toBuilder().tasks(changed).build(), ProjectFormat.MSPDI);
        String path = "/api/v1/projects/" + projectId + "/imports";

        Answer dry = TransferFiles.upload(mvc, json, team.manager, path, "v2.xml", TransferFiles.bytes(file),
                Map.of("dryRun", "true", "removeMissing", "true"));
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("tasksRemoved").asInt()).isEqualTo(1);
        assertThat(tasks(projectId)).hasSize(6);

        Answer report = TransferFiles.upload(mvc, json, team.manager, path, "v2.xml", TransferFiles.bytes(file), Map.of());
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode r = report.json();
        assertThat(r.get("tasksCreated").asInt()).isEqualTo(1);
        assertThat(r.get("tasksUpdated").asInt()).isEqualTo(1);
        assertThat(r.get("tasksMissing").get(0).asString()).isEqualTo("3 Night migration");
        assertThat(r.get("tasksRemoved").asInt()).isZero();
        assertThat(r.get("conflicts").get(0).asString()).startsWith("1.2 Review was changed in Linchpin since the last "
                + "import; kept its values");

        JsonNode after = tasks(projectId);
        assertThat(after).extracting(t -> t.get("name").asString() + " " + t.get("durationMinutes").asLong())
                .containsExactly("Design, \"phase\" one 0", "Specify 1440", "Review 960", "Build 4800",
                        "Night migration 480", "Go live 0", "Hypercare 480");

        Answer forced = TransferFiles.upload(mvc, json, team.manager, path, "v2.xml", TransferFiles.bytes(file),
                Map.of("overwriteChanged", "true", "removeMissing", "true"));
        assertThat(forced.json().get("conflicts").get(0).asString()).contains("overwritten by the file");
        assertThat(forced.json().get("tasksRemoved").asInt()).isEqualTo(1);
        assertThat(tasks(projectId)).extracting(t -> t.get("name").asString() + " " + t.get("durationMinutes").asLong())
                .containsExactly("Design, \"phase\" one 0", "Specify 1440", "Review 1440", "Build 4800", "Go live 0",
                        "Hypercare 480");
    }

    @Test
    void importsNeedTheManagerRoleAndASignedInPerson() {
        long projectId = imported("Roles " + team.tag);
        byte[] file = TransferFiles.bytes(TransferFiles.write(TransferFiles.sample("Roles"), ProjectFormat.MSPDI));
        String path = "/api/v1/projects/" + projectId + "/imports";
        assertThat(TransferFiles.upload(mvc, json, null, path, "p.xml", file, Map.of()).status()).isEqualTo(401);
        assertThat(TransferFiles.upload(mvc, json, team.outsider, path, "p.xml", file, Map.of()).status()).isEqualTo(404);
        assertThat(TransferFiles.upload(mvc, json, team.member, path, "p.xml", file, Map.of()).status()).isEqualTo(404);
        assertThat(TransferFiles.upload(mvc, json, null, "/api/v1/imports", "p.xml", file, Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    void csvExportHasOneQuotedRowPerTaskInWbsOrder() throws Exception {
        long projectId = imported("Csv " + team.tag);
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/api/v1/projects/" + projectId + "/export?format=csv")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(team.manager))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".csv");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"Design, \"\"phase\"\" one\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        assertThat(rows).extracting(r -> r.get("Outline number") + " " + r.get("Name") + " " + r.get("Kind"))
                .containsExactly("1 Design, \"phase\" one SUMMARY", "1.1 Specify TASK", "1.2 Review TASK",
                        "2 Build TASK", "3 Night migration TASK", "4 Go live MILESTONE");
        assertThat(rows.get(5).get("Committed finish")).isEqualTo("2026-03-31");
        assertThat(rows.get(3).get("Start")).isNotBlank();
        assertThat(api.get(team.manager, "/api/v1/projects/" + projectId + "/export?format=pdf").status()).isEqualTo(422);
    }

    @Test
    void mspdiAndXerExportsReadBackWithTheStoredDates() throws Exception {
        long projectId = imported("Export " + team.tag);
        JsonNode stored = tasks(projectId);
        for (String format : List.of("mspdi", "xer")) {
            MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/api/v1/projects/" + projectId + "/export?format="
                    + format).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .user(team.manager))).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            Path file = java.nio.file.Files.createTempDirectory("export").resolve("back." + (format.equals("xer") ? "xer" : "xml"));
            java.nio.file.Files.write(file, result.getResponse().getContentAsByteArray());
            ImportedPlan back = ProjectFiles.read(file);
            List<String> names = back.plan().tasks().stream().map(Task::name).toList();
            assertThat(names).as(format).contains("Specify", "Review", "Build", "Night migration", "Go live");
            Task build = back.plan().tasks().stream().filter(t -> t.name().equals("Build")).findFirst().orElseThrow();
            assertThat(back.storedDates().get(build.id()).earlyStart()).as(format)
                    .isEqualTo(LocalDateTime.parse(stored.get(3).get("schedule").get("earlyStart").asString()));
        }
    }

    @Test
    void feedsAreICalendarWithStableUidsInUtcAndARevokedFeedIsGone() throws Exception {
        long projectId = imported("Feed " + team.tag);
        Answer issued = api.post(team.manager, "/api/v1/projects/" + projectId + "/feeds", Map.of());
        assertThat(issued.status()).isEqualTo(201);
        String url = issued.json().get("url").asString();
        assertThat(url).startsWith("/feeds/").endsWith(".ics");

        String first = feed(url, 200);
        String second = feed(url, 200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(first));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> e.getSummary().getValue()).anyMatch(s -> s.endsWith("Go live"))
                .anyMatch(s -> s.startsWith("Deadline: "));
        VEvent deadline = events.stream().filter(e -> e.getSummary().getValue().startsWith("Deadline")).findFirst().orElseThrow();
        assertThat(deadline.getDateTimeStart().getValue()).isEqualTo("20260331");
        VEvent milestone = events.stream().filter(e -> !e.getSummary().getValue().startsWith("Deadline")).findFirst().orElseThrow();
        JsonNode goLive = tasks(projectId).get(5);
        LocalDateTime finish = LocalDateTime.parse(goLive.get("schedule").get("finish").asString());
        String utc = finish.atZone(ZoneId.of("Europe/Paris")).withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertThat(milestone.getDateTimeStart().getValue()).isEqualTo(utc);
        List<VEvent> again = new CalendarBuilder().build(new StringReader(second)).getComponents("VEVENT");
        assertThat(again).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactlyElementsOf(events.stream().map(e -> e.getUid().orElseThrow().getValue()).toList());

        Answer personal = api.post(team.manager, "/api/v1/feeds", Map.of());
        assertThat(new CalendarBuilder().build(new StringReader(feed(personal.json().get("url").asString(), 200)))
                .getComponents("VEVENT")).isNotEmpty();

        JsonNode mine = api.get(team.manager, "/api/v1/feeds").json();
        assertThat(mine).extracting(f -> f.has("projectId") ? f.get("projectId").asLong() : 0L)
                .containsExactly(0L, projectId);
        long projectFeed = mine.get(1).get("id").asLong();
        assertThat(api.delete(team.viewer, "/api/v1/feeds/" + projectFeed).status()).isEqualTo(404);
        assertThat(api.delete(team.manager, "/api/v1/feeds/" + projectFeed).status()).isEqualTo(204);
        feed(url, 404);
        feed("/feeds/not-a-secret.ics", 404);
    }

    private String feed(String url, int status) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413AndChangesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM projects").query(Long.class).single();
        String token = context.getBean(io.linchpin.server.identity.PersonalTokens.class)
                .issue(team.manager, "upload limit", java.time.Duration.ofHours(1)).secret();
        String boundary = "limit-" + team.tag;
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.xml\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        long size = 51L * 1024 * 1024;
        java.io.InputStream body = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head),
                new java.io.InputStream() {
                    long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? ' ' : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(len, left);
                        java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                        left -= n;
                        return n;
                    }
                });
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/imports"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("linchpin.import.max-file-size");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM projects").query(Long.class).single()).isEqualTo(before);
    }
}

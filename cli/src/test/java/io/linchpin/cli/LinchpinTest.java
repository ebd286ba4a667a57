package io.linchpin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinchpinTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Linchpin.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path plan(String json) throws Exception {
        Path f = dir.resolve("plan.json");
        Files.writeString(f, json);
        return f;
    }

    private static final String TWO_TASKS = "{\"format\":\"linchpin/1\",\"name\":\"Demo\",\"start\":\"2025-01-06T08:00\",\"tasks\":["
            + "{\"id\":\"A\",\"name\":\"Design\",\"duration\":\"2d\"},"
            + "{\"id\":\"B\",\"name\":\"Build\",\"duration\":\"1d\",\"predecessors\":[{\"task\":\"A\"}]}]}";

    @Test
    void scheduleJsonPrintsTheDocumentedFields() throws Exception {
        assertThat(run("schedule", "--json", plan(TWO_TASKS).toString())).isZero();
        assertThat(out.toString()).contains("\"finish\" : \"2025-01-08T17:00\"", "\"drivingPredecessors\" : [ \"A\" ]",
                "\"criticalPath\" : [ \"A\", \"B\" ]", "\"uniqueId\" : 2", "\"totalFloatMinutes\" : 0");
    }

    @Test
    void scheduleTableShowsEveryTask() throws Exception {
        assertThat(run("schedule", plan(TWO_TASKS).toString())).isZero();
        assertThat(out.toString()).contains("Design", "Build", "2025-01-08 17:00", "critical path: A -> B");
    }

    @Test
    void rulesCanBeForced() throws Exception {
        assertThat(run("schedule", "--json", "--rules", "p6", plan(TWO_TASKS).toString())).isZero();
        assertThat(out.toString()).contains("\"rules\" : \"p6\"");
        assertThat(run("schedule", "--rules", "excel", plan(TWO_TASKS).toString())).isEqualTo(2);
        assertThat(err.toString()).contains("msproject or p6");
    }

    @Test
    void convertWritesAFileThatReadsBack() throws Exception {
        Path xml = dir.resolve("out.xml");
        assertThat(run("convert", plan(TWO_TASKS).toString(), xml.toString())).isZero();
        assertThat(Files.readString(xml)).contains("<Project", "Design");
        Path json = dir.resolve("back.json");
        assertThat(run("convert", xml.toString(), json.toString(), "--to", "json")).isZero();
        assertThat(run("schedule", "--json", json.toString())).isZero();
        assertThat(out.toString()).contains("\"finish\" : \"2025-01-08T17:00\"");
    }

    @Test
    void checkComparesWithTheStoredDates() throws URISyntaxException {
        Path file = Path.of("..", "..", "shared", "oracle", "ms-project", "slack9.mpp").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(file), "no oracle data");
        assertThat(run("check", file.toString())).isZero();
        assertThat(out.toString()).contains("15 of 15 tasks agree");
    }

    @Test
    void badInputExitsNonZeroWithOneClearLine() throws Exception {
        assertThat(run("schedule", dir.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file").doesNotContain("Exception");
        err.getBuffer().setLength(0);
        assertThat(run("schedule", Files.writeString(dir.resolve("x.doc"), "x").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("unknown file format");
        err.getBuffer().setLength(0);
        assertThat(run("schedule", plan("{\"format\":\"linchpin/1\",\"start\":\"2025-01-06T08:00\",\"tasks\":["
                + "{\"id\":\"A\",\"name\":\"A\",\"duration\":\"1d\",\"predecessors\":[{\"task\":\"B\"}]},"
                + "{\"id\":\"B\",\"name\":\"B\",\"duration\":\"1d\",\"predecessors\":[{\"task\":\"A\"}]}]}").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cycle").contains("A").contains("B");
        err.getBuffer().setLength(0);
        assertThat(run("schedule", plan("{\"format\":\"linchpin/1\",\"start\":\"2025-01-06T08:00\",\"calendarRange\":{\"from\":\"2025-01-01\",\"to\":\"2025-01-31\"},"
                + "\"tasks\":[{\"id\":\"A\",\"name\":\"A\",\"duration\":\"40d\"}]}").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("calendar range");
        err.getBuffer().setLength(0);
        assertThat(run("schedule", Files.writeString(dir.resolve("corrupt.mpp"), "not a project").toString())).isEqualTo(1);
        assertThat(err.toString().lines().count()).isEqualTo(1);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"schedule", "check", "convert"}) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).isZero();
            assertThat(out.toString()).contains("Usage: linchpin " + command);
        }
    }
}

package io.linchpin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LevelCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Linchpin.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static final String CREW = "{\"format\":\"linchpin/1\",\"name\":\"Crew\",\"start\":\"2025-01-06T08:00\","
            + "\"resources\":[{\"id\":\"ELEC\",\"name\":\"Electricians\",\"maxUnits\":2}],\"tasks\":["
            + "{\"id\":\"1\",\"name\":\"Pull cable\",\"duration\":\"3d\",\"assignments\":[{\"resource\":\"ELEC\",\"units\":2}]},"
            + "{\"id\":\"2\",\"name\":\"Fit trays\",\"duration\":\"2d\",\"assignments\":[{\"resource\":\"ELEC\",\"units\":1}]},"
            + "{\"id\":\"3\",\"name\":\"Terminate\",\"duration\":\"1d\",\"predecessors\":[{\"task\":\"1\"}]}]}";

    private Path plan(String json) throws Exception {
        return Files.writeString(dir.resolve("plan.json"), json);
    }

    @Test
    void jsonHasExactlyTheDocumentedFields() throws Exception {
        assertThat(run("level", "--json", plan(CREW).toString())).isZero();

        JsonNode root = JsonMapper.builder().build().readTree(out.toString());
        assertThat(root.propertyNames()).containsExactly("project", "schedulesEvaluated", "seconds", "seed", "tasks", "resources");
        assertThat(root.get("project").propertyNames()).containsExactly("start", "finish", "makespanWorkingDays", "criticalPathWorkingDays");
        assertThat(root.get("project").get("start").stringValue()).isEqualTo("2025-01-06T08:00");
        assertThat(root.get("project").get("finish").stringValue()).isEqualTo("2025-01-10T17:00");
        assertThat(root.get("project").get("makespanWorkingDays").doubleValue()).isEqualTo(5.0);
        assertThat(root.get("project").get("criticalPathWorkingDays").doubleValue()).isEqualTo(4.0);
        assertThat(root.get("seed").longValue()).isEqualTo(1);
        JsonNode trays = root.get("tasks").get(1);
        assertThat(trays.propertyNames()).containsExactly("id", "uniqueId", "start", "finish", "startWorkingDays", "finishWorkingDays",
                "levelingDelayMinutes");
        assertThat(trays.get("id").stringValue()).isEqualTo("2");
        assertThat(trays.get("uniqueId").longValue()).isEqualTo(2);
        assertThat(trays.get("start").stringValue()).isEqualTo("2025-01-09T08:00");
        assertThat(trays.get("startWorkingDays").doubleValue()).isEqualTo(3.0);
        assertThat(trays.get("finishWorkingDays").doubleValue()).isEqualTo(5.0);
        assertThat(trays.get("levelingDelayMinutes").intValue()).isEqualTo(3 * 480);
        JsonNode elec = root.get("resources").get(0);
        assertThat(elec.propertyNames()).containsExactly("id", "capacity", "peakDemand");
        assertThat(elec.get("capacity").doubleValue()).isEqualTo(2.0);
        assertThat(elec.get("peakDemand").doubleValue()).isEqualTo(2.0);
    }

    @Test
    void theTableShowsDelaysAndResources() throws Exception {
        assertThat(run("level", "--seed", "7", plan(CREW).toString())).isZero();

        assertThat(out.toString()).contains("seed 7", "5.0 working days (4.0 without leveling)", "Fit trays", "2025-01-09 08:00",
                "24.0", "Electricians", "2.00");
    }

    @Test
    void aPsplibFileLevelsWithJobNumbersAsIds() {
        Path sm = Path.of("../../shared/leveling/psplib/j30/j301_1.sm");
        if (!Files.exists(sm)) {
            sm = Path.of("../shared/leveling/psplib/j30/j301_1.sm");
        }
        Assumptions.assumeTrue(Files.exists(sm), "../shared/leveling is absent");

        assertThat(run("level", "--json", "--schedules", "2000", sm.toString())).isZero();

        assertThat(out.toString()).contains("\"makespanWorkingDays\" : 43.0", "\"criticalPathWorkingDays\" : 38.0",
                "\"id\" : \"32\"", "\"id\" : \"R1\"", "\"capacity\" : 12.0");
    }

    @Test
    void aDemandThatCanNeverFitIsOneLineNamingTheTaskAndTheResource() throws Exception {
        String tooMuch = CREW.replace("\"units\":2}", "\"units\":3}");

        assertThat(run("level", plan(tooMuch).toString())).isEqualTo(1);

        assertThat(err.toString().trim()).isEqualTo("linchpin: task 1 'Pull cable' needs 3 units of resource ELEC 'Electricians' at once,"
                + " but it has at most 2 units: no leveling can fit it");
    }

    @Test
    void aTimeLimitMustBePositive() throws Exception {
        assertThat(run("level", "--time-limit", "0", plan(CREW).toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--time-limit must be a positive number of seconds");

        assertThat(run("level", "--time-limit", "0.2", "--json", plan(CREW).toString())).isZero();
        assertThat(out.toString()).contains("\"makespanWorkingDays\" : 5.0");
    }
}

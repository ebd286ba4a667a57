package io.linchpin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastAndEvmCommandsTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Linchpin.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Two parallel tasks of 2 to 6 days (most likely 4) before a milestone due in 4 days; 1,000 budgeted on A. */
    private static final String PLAN = "{\"format\":\"linchpin/1\",\"name\":\"Demo\",\"start\":\"2025-01-06T08:00\",\"currency\":\"EUR\","
            + "\"statusDate\":\"2025-01-08T17:00\",\"tasks\":["
            + "{\"id\":\"A\",\"name\":\"Design\",\"duration\":\"4d\",\"estimate\":{\"optimistic\":\"2d\",\"mostLikely\":\"4d\","
            + "\"pessimistic\":\"6d\"},\"budget\":\"1000.00\",\"actualCost\":\"600.00\",\"actualStart\":\"2025-01-06T08:00\","
            + "\"percentComplete\":50,\"baseline\":{\"start\":\"2025-01-06T08:00\",\"finish\":\"2025-01-09T17:00\"}},"
            + "{\"id\":\"B\",\"name\":\"Build\",\"duration\":\"4d\",\"estimate\":{\"optimistic\":\"2d\",\"mostLikely\":\"4d\","
            + "\"pessimistic\":\"6d\",\"distribution\":\"pert\"}},"
            + "{\"id\":\"M\",\"name\":\"Done\",\"duration\":\"0d\",\"deadline\":\"2025-01-09T17:00\","
            + "\"predecessors\":[{\"task\":\"A\"},{\"task\":\"B\"}]}]}";

    private Path plan(String json) throws Exception {
        Path f = dir.resolve("plan.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void forecastJsonPrintsTheDocumentedFields() throws Exception {
        assertThat(run("forecast", "--json", "--iterations", "400", "--seed", "3", plan(PLAN).toString())).isZero();
        assertThat(out.toString()).contains("\"iterations\" : 400", "\"seed\" : 3", "\"deterministic\" : \"2025-01-09T17:00\"",
                "\"stdevWorkingDays\"", "\"p5\" : {", "\"p95\" : {", "\"histogram\" : [", "\"probabilityOnTime\"", "\"criticality\"",
                "\"sensitivity\"");
    }

    @Test
    void theSameSeedGivesTheSameForecastOnOneThreadOrThree() throws Exception {
        Path file = plan(PLAN);
        run("forecast", "--json", "--iterations", "700", "--threads", "1", file.toString());
        String one = out.toString();
        run("forecast", "--json", "--iterations", "700", "--threads", "3", file.toString());
        assertThat(out.toString()).isEqualTo(one);
    }

    @Test
    void forecastTableShowsThePercentilesAndTheDeadline() throws Exception {
        assertThat(run("forecast", "--iterations", "300", plan(PLAN).toString())).isZero();
        assertThat(out.toString()).contains("Demo: 300 iterations, seed 42", "P80", "milestone M Done  deadline 2025-01-09 17:00, on time in",
                "CRITICALITY");
    }

    @Test
    void convertSaysWhichForecastAndMoneyFieldsItDoesNotCarry() throws Exception {
        Path xml = dir.resolve("plan.xml");
        assertThat(run("convert", plan(PLAN).toString(), xml.toString())).isZero();
        assertThat(out.toString()).contains("note: not in plan.xml: 2 three-point estimate(s)",
                "note: not in plan.xml: 1 task budget(s), actual costs and baselines");
        assertThat(out.toString()).doesNotContain("risk event(s)", "uncertainty");
    }

    @Test
    void aDefaultUncertaintyCanBeGivenOnTheCommandLine() throws Exception {
        String plain = "{\"format\":\"linchpin/1\",\"start\":\"2025-01-06T08:00\",\"tasks\":[{\"id\":\"A\",\"name\":\"A\",\"duration\":\"10d\"}]}";
        assertThat(run("forecast", "--iterations", "200", "--uncertainty", "0.5,1,2,uniform", plan(plain).toString())).isZero();
        assertThat(out.toString()).doesNotContain("standard deviation 0.00");
        assertThat(run("forecast", "--uncertainty", "2,1", plan(plain).toString())).isEqualTo(2);
        assertThat(err.toString()).contains("three factors");
    }

    @Test
    void evmJsonPrintsTheDocumentedFields() throws Exception {
        assertThat(run("evm", "--json", "--status-date", "2025-01-07T17:00", plan(PLAN).toString())).isZero();
        // A: 1,000 over four days, two planned by Tuesday evening; half done for 600.
        assertThat(out.toString()).contains("\"statusDate\" : \"2025-01-07T17:00\"", "\"currency\" : \"EUR\"", "\"bac\" : \"1000.00\"",
                "\"pv\" : \"500.00\"", "\"ev\" : \"500.00\"", "\"ac\" : \"600.00\"", "\"spi\" : 1", "\"cpi\" : 0.8333333333",
                "\"atBudgetRate\" : \"1100.00\"", "\"composite\" : \"1200.00\"", "\"tcpi\" : {", "\"earnedSchedule\" : {",
                "\"workingDays\" : 2.0", "\"wbs\" : [ ]", "\"curve\" : [");
    }

    @Test
    void evmTakesThePlansStatusDateWhenNoneIsGiven() throws Exception {
        assertThat(run("evm", plan(PLAN).toString())).isZero();
        assertThat(out.toString()).contains("earned value at 2025-01-08 17:00 (EUR)", "plan", "earned schedule: ES");
    }

    @Test
    void badInputExitsNonZeroWithOneClearLine() throws Exception {
        Path file = plan(PLAN.replace("\"statusDate\":\"2025-01-08T17:00\",", ""));
        assertThat(run("evm", file.toString())).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo("linchpin: " + file + ": the plan has no status date; give one with --status-date yyyy-MM-ddTHH:mm");
        assertThat(run("evm", "--status-date", "2025-01-07", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'2025-01-07' is not a date-time yyyy-MM-ddTHH:mm");
        assertThat(run("forecast", "--iterations", "0", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("iterations must be between 1 and 1000000, got 0");
        assertThat(run("forecast", plan(PLAN.replace("\"task\":\"B\"", "\"task\":\"X\"")).toString())).isEqualTo(1);
        assertThat(err.toString()).contains("predecessor 'X' does not exist").doesNotContain("Exception");
        assertThat(run("forecast", plan(PLAN.replace("\"pessimistic\":\"6d\",\"distribution\":\"pert\"", "\"pessimistic\":\"1d\"")).toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("$.tasks[1].estimate: an estimate needs 0 <= optimistic <= most likely <= pessimistic");
    }
}

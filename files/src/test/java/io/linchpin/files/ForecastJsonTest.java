package io.linchpin.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.forecast.MonteCarlo;
import io.linchpin.engine.forecast.RiskModel;
import io.linchpin.engine.forecast.SimulationOptions;
import io.linchpin.engine.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ForecastJsonTest {

    @Test
    void writesTheDocumentedShape() throws Exception {
        Path file = RiskModelJsonTest.sample();
        Plan plan = LinchpinJson.read(file);
        JsonNode json = LinchpinJson.MAPPER.readTree(ForecastJson.write(
                MonteCarlo.simulate(plan, RiskModelJson.read(file, plan), new SimulationOptions(1000, 7, 2))));
        assertThat(json.get("iterations").intValue()).isEqualTo(1000);
        assertThat(json.get("seed").longValue()).isEqualTo(7);
        JsonNode finish = json.get("finish");
        assertThat(finish.get("deterministic").stringValue()).isEqualTo("2025-01-28T17:00");
        List<String> names = new ArrayList<>();
        finish.get("percentiles").propertyNames().forEach(names::add);
        assertThat(names).containsExactly("p5", "p10", "p15", "p20", "p25", "p30", "p35", "p40", "p45", "p50", "p55", "p60", "p65",
                "p70", "p75", "p80", "p85", "p90", "p95");
        JsonNode p80 = finish.get("percentiles").get("p80");
        assertThat(p80.get("date").stringValue()).matches("2025-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
        assertThat(p80.get("workingDays").doubleValue()).isGreaterThan(16);
        assertThat(finish.get("stdevWorkingDays").doubleValue()).isPositive();
        int total = 0;
        for (JsonNode bin : finish.get("histogram")) {
            total += bin.get("count").intValue();
        }
        assertThat(total).isEqualTo(1000);
        assertThat(finish.get("cumulative")).hasSize(101);
        assertThat(finish.get("cumulative").get(100).get("probability").doubleValue()).isEqualTo(1.0);
        JsonNode m = json.get("milestones").get(0);
        assertThat(m.get("id").stringValue()).isEqualTo("M");
        assertThat(m.get("deadline").stringValue()).isEqualTo("2025-02-07T17:00");
        assertThat(m.get("probabilityOnTime").doubleValue()).isBetween(0.0, 1.0);
        assertThat(m.get("percentiles").get("p50").get("workingDays").doubleValue()).isGreaterThan(16);
        List<String> tasks = new ArrayList<>();
        json.get("tasks").forEach(t -> tasks.add(t.get("id").stringValue()));
        assertThat(tasks).containsExactly("A", "B", "C", "D", "M");
        assertThat(json.get("tasks").get(0).get("sensitivity").isNull()).as("A is finished").isTrue();
        assertThat(json.get("tasks").get(2).get("criticality").doubleValue()).isBetween(0.0, 1.0);
    }

    @Test
    void aCertainPlanHasOneDateEverywhere() throws Exception {
        Plan plan = LinchpinJson.read(RiskModelJsonTest.sample());
        JsonNode json = LinchpinJson.MAPPER.readTree(ForecastJson.write(MonteCarlo.simulate(plan, RiskModel.NONE, new SimulationOptions(10, 1, 1))));
        JsonNode finish = json.get("finish");
        assertThat(finish.get("mean").stringValue()).isEqualTo("2025-01-28T17:00");
        assertThat(finish.get("meanWorkingDays").doubleValue()).isEqualTo(17.0);
        assertThat(finish.get("stdevWorkingDays").doubleValue()).isZero();
        assertThat(finish.get("percentiles").get("p95").get("date").stringValue()).isEqualTo("2025-01-28T17:00");
        assertThat(finish.get("histogram").toString()).isEqualTo("[{\"workingDays\":17.0,\"count\":10}]");
        JsonNode m = json.get("milestones").get(0);
        assertThat(m.get("probabilityOnTime").doubleValue()).isEqualTo(1.0);
        assertThat(json.get("tasks").get(3).toString()).isEqualTo("{\"id\":\"D\",\"name\":\"Cut-over\",\"criticality\":1.0,\"sensitivity\":null}");
    }
}

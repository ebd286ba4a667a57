package io.linchpin.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.linchpin.engine.evm.EarnedValue;
import io.linchpin.engine.evm.ReportingPeriod;
import io.linchpin.engine.plan.Plan;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The documented example at its status date, Friday 24 January 17:00, worked by hand: A is done
 * (5,000 of 5,000), B half done (6,000 of 12,000), C 60 % done (12,000 of 20,000, planned 1 : 1 : 2
 * over its three weeks), D not started (3,000, planned after the status date).
 */
class EarnedValueJsonTest {

    private static JsonNode report() throws Exception {
        Path file = RiskModelJsonTest.sample();
        Plan plan = LinchpinJson.read(file);
        return LinchpinJson.MAPPER.readTree(EarnedValueJson.write(EarnedValue.analyze(plan, CostModelJson.read(file, plan),
                LocalDateTime.of(2025, 1, 24, 17, 0), ReportingPeriod.WEEK)));
    }

    @Test
    void writesTheFiguresAsTheIssueNamesThem() throws Exception {
        JsonNode r = report();
        assertThat(r.get("statusDate").stringValue()).isEqualTo("2025-01-24T17:00");
        assertThat(r.get("currency").stringValue()).isEqualTo("USD");
        assertThat(r.get("bac").stringValue()).isEqualTo("40000.00");
        assertThat(r.get("pv").stringValue()).isEqualTo("37000.00");
        assertThat(r.get("ev").stringValue()).isEqualTo("23000.00");
        assertThat(r.get("ac").stringValue()).isEqualTo("25600.00");
        assertThat(r.get("sv").stringValue()).isEqualTo("-14000.00");
        assertThat(r.get("cv").stringValue()).isEqualTo("-2600.00");
        assertThat(r.get("spi").decimalValue()).isEqualByComparingTo("0.6216216216");
        assertThat(r.get("cpi").decimalValue()).isEqualByComparingTo("0.8984375");
        // 40,000 x 25,600 / 23,000 = 44,521.739...
        assertThat(r.get("eac").get("cpi").stringValue()).isEqualTo("44521.74");
        assertThat(r.get("eac").get("atBudgetRate").stringValue()).isEqualTo("42600.00");
        assertThat(r.get("etc").stringValue()).isEqualTo("18921.74");
        assertThat(r.get("vac").stringValue()).isEqualTo("-4521.74");
        // (40,000 - 23,000) / (40,000 - 25,600)
        assertThat(r.get("tcpi").get("bac").decimalValue()).isEqualByComparingTo("1.1805555556");
        assertThat(r.get("wbs")).hasSize(1);
        assertThat(r.get("wbs").get(0).get("id").stringValue()).isEqualTo("P");
        assertThat(r.get("wbs").get(0).get("bac").stringValue()).isEqualTo("17000.00");
    }

    @Test
    void writesEarnedSchedule() throws Exception {
        // Planned value: 10,000 by the end of week 1, 21,000 by the end of week 2, then 3,200 a
        // day; 23,000 is reached 0.625 days into week 3, Monday 20 January 14:00: ES 10.625 days.
        JsonNode es = report().get("earnedSchedule");
        assertThat(es.get("es").get("date").stringValue()).isEqualTo("2025-01-20T14:00");
        assertThat(es.get("es").get("workingDays").doubleValue()).isCloseTo(10.625, within(1e-9));
        assertThat(es.get("atWorkingDays").doubleValue()).isEqualTo(15.0);
        assertThat(es.get("spiT").doubleValue()).isCloseTo(10.625 / 15, within(1e-12));
        assertThat(es.get("svT").doubleValue()).isCloseTo(-4.375, within(1e-9));
        assertThat(es.get("plannedDurationWorkingDays").doubleValue()).isEqualTo(17.0);
        // PD / SPI(t) = 17 x 15 / 10.625 = 24 working days.
        assertThat(es.get("ieacT").get("workingDays").doubleValue()).isCloseTo(24.0, within(1e-9));
        assertThat(es.get("ieacT").get("date").stringValue()).isEqualTo("2025-02-06T17:00");
    }

    @Test
    void writesTheSCurve() throws Exception {
        // Week 1: A earned 5,000 and cost 5,600; C, started on Monday 6, earned a third of its
        // 12,000 and cost a third of its 13,000 (spread over the three weeks up to the status date).
        JsonNode curve = report().get("curve");
        assertThat(curve.get(0).toString()).isEqualTo("{\"from\":\"2025-01-06T00:00\",\"to\":\"2025-01-13T00:00\",\"pv\":\"10000.00\","
                + "\"ev\":\"9000.00\",\"ac\":\"9933.33\",\"cumulativePv\":\"10000.00\",\"cumulativeEv\":\"9000.00\",\"cumulativeAc\":\"9933.33\"}");
        JsonNode last = curve.get(curve.size() - 1);
        assertThat(last.get("cumulativePv").stringValue()).isEqualTo("40000.00");
        assertThat(last.get("ev").isNull()).isTrue();
    }
}

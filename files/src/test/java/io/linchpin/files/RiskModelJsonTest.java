package io.linchpin.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.forecast.Distribution;
import io.linchpin.engine.forecast.Estimate;
import io.linchpin.engine.forecast.RankCorrelation;
import io.linchpin.engine.forecast.RiskEvent;
import io.linchpin.engine.forecast.RiskImpact;
import io.linchpin.engine.forecast.RiskModel;
import io.linchpin.engine.forecast.Uncertainty;
import io.linchpin.engine.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskModelJsonTest {

    @TempDir
    Path dir;

    static Path sample() throws Exception {
        return Path.of(RiskModelJsonTest.class.getResource("forecast.json").toURI());
    }

    @Test
    void readsEstimatesTheDefaultUncertaintyRisksAndCorrelations() throws Exception {
        Plan plan = LinchpinJson.read(sample());
        RiskModel model = RiskModelJson.read(sample(), plan);
        assertThat(model.estimates()).containsOnlyKeys("A", "B", "C");
        assertThat(model.estimates().get("B")).isEqualTo(new Estimate(8 * 480, 10 * 480, 15 * 480, Distribution.PERT));
        assertThat(model.uncertainty()).isEqualTo(new Uncertainty(0.9, 1.0, 1.3, Distribution.TRIANGULAR));
        assertThat(model.risks()).containsExactly(
                new RiskEvent("R1", 0.3, List.of(new RiskImpact("C", Estimate.fixed(5 * 480)))),
                new RiskEvent("R2", 0.1, List.of(new RiskImpact("B", new Estimate(480, 960, 2400, Distribution.PERT)))));
        assertThat(model.correlations()).containsExactly(new RankCorrelation(List.of("B", "D"), 0.5));
    }

    @Test
    void aPlanWithoutForecastFieldsHasNoUncertainty() throws Exception {
        Path plain = LinchpinJsonTest.sample();
        RiskModel model = RiskModelJson.read(plain, LinchpinJson.read(plain));
        assertThat(model.estimates()).isEmpty();
        assertThat(model.uncertainty()).isNull();
        assertThat(model.risks()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"8d\", \"distribution\": \"triangular\"}|\"8d\", \"distribution\": \"beta\"}|$.tasks[1].estimate.distribution: expected triangular, pert, uniform, normal or lognormal, got \"beta\"",
        "\"optimistic\": \"4d\"|\"optimistic\": \"6d\"|$.tasks[1].estimate: an estimate needs 0 <= optimistic <= most likely <= pessimistic",
        "\"optimistic\": \"4d\"|\"optimistic\": \"4ed\"|$.tasks[1].estimate.optimistic: task A 'Survey' has a working duration: use m, h, d or w, not \"4ed\"",
        "\"mostLikely\": \"5d\", |\"\": \"\", |$.tasks[1].estimate.mostLikely: missing",
        "{\"task\": \"C\", \"add\": \"5d\"}|{\"task\": \"Z\", \"add\": \"5d\"}|$.risks[0].impacts[0].task: no task 'Z'",
        "\"probability\": 0.3|\"probability\": 1.3|$.risks[0]: risk R1: probability must be between 0 and 1, got 1.3",
        "\"coefficient\": 0.5|\"coefficient\": 1|$.correlations[0]: the rank correlation of [B, D] must lie between",
        "\"pessimistic\": 1.3, \"distribution\"|\"distribution\"|$.uncertainty.pessimistic: missing",
        "{\"id\": \"R2\"|{\"id\": \"R1\"|$: risk id 'R1' is used twice"})
    void namesThePathOfAWrongField(String original, String replacement, String message) throws Exception {
        String text = Files.readString(sample());
        assertThat(text).contains(original);
        Path file = dir.resolve("plan.json");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(original), java.util.regex.Matcher.quoteReplacement(replacement)));
        Plan plan = LinchpinJson.read(file);
        assertThatThrownBy(() -> RiskModelJson.read(file, plan)).isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith(file + ": " + message);
    }
}

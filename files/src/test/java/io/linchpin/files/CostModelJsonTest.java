package io.linchpin.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.evm.CostModel;
import io.linchpin.engine.evm.TaskCost;
import io.linchpin.engine.plan.Plan;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostModelJsonTest {

    @TempDir
    Path dir;

    @Test
    void readsTheCurrencyBudgetsActualCostsBaselinesAndProfiles() throws Exception {
        Path file = RiskModelJsonTest.sample();
        CostModel model = CostModelJson.read(file, LinchpinJson.read(file));
        assertThat(model.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(model.costs()).containsOnlyKeys("A", "B", "C", "D");
        assertThat(model.costs().get("C")).isEqualTo(new TaskCost("C", new BigDecimal("20000.00"), new BigDecimal("13000.00"),
                LocalDateTime.of(2025, 1, 6, 8, 0), LocalDateTime.of(2025, 1, 24, 17, 0),
                List.of(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("2"))));
        assertThat(model.costs().get("D").actualCost()).isEqualTo(BigDecimal.ZERO);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"budget\": \"5000.00\"|\"budget\": 5000.00|$.tasks[1].budget: write money as a decimal string such as \"1000.00\", got 5000.0",
        "\"budget\": \"5000.00\"|\"budget\": \"5k\"|$.tasks[1].budget: \"5k\" is not a decimal amount such as \"1000.00\"",
        "\"actualCost\": \"5600.00\"|\"actualCost\": \"-1\"|$.tasks[1]: task A: the actual cost must not be negative, got -1",
        "\"currency\": \"USD\"|\"currency\": \"DOLLAR\"|$.currency: \"DOLLAR\" is not an ISO 4217 currency code such as \"USD\"",
        "\"finish\": \"2025-01-10T17:00\"|\"end\": \"2025-01-10T17:00\"|$.tasks[1].baseline.finish: missing",
        "[1, 1, 2]|[1, \"x\"]|$.tasks[3].budgetProfile[1]: expected a number, got \"x\""})
    void namesThePathOfAWrongField(String original, String replacement, String message) throws Exception {
        String text = Files.readString(RiskModelJsonTest.sample());
        assertThat(text).contains(original);
        Path file = dir.resolve("plan.json");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(original), java.util.regex.Matcher.quoteReplacement(replacement)));
        Plan plan = LinchpinJson.read(file);
        assertThatThrownBy(() -> CostModelJson.read(file, plan)).isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith(file + ": " + message);
    }
}

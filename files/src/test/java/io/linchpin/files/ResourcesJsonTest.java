package io.linchpin.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.CostRate;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Project;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.ResourceType;
import io.linchpin.engine.resource.LeveledPlan;
import io.linchpin.engine.resource.LeveledPlanChecker;
import io.linchpin.engine.resource.PlanLeveler;
import io.linchpin.engine.resource.PlanLevelingOptions;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcesJsonTest {

    @TempDir
    Path dir;

    static Path example() throws Exception {
        return Path.of(ResourcesJsonTest.class.getResource("crews.json").toURI());
    }

    @Test
    void readsResourcesRatesAssignmentsPrioritiesAndProjects() throws Exception {
        Plan plan = ProjectFiles.read(example()).plan();

        assertThat(plan.resources()).extracting(Resource::id).containsExactly("ELEC", "DANA", "CABLE");
        Resource elec = plan.resource("ELEC");
        assertThat(elec.name()).isEqualTo("Electricians");
        assertThat(elec.type()).isEqualTo(ResourceType.WORK);
        assertThat(elec.maxUnits()).isEqualTo(2.0);
        assertThat(elec.calendar()).isNull();
        assertThat(elec.rate()).isEqualTo(new CostRate(new BigDecimal("85.00"), Currency.getInstance("EUR"), CostRate.Per.HOUR));
        assertThat(plan.resource("DANA").calendar()).isEqualTo("mornings");
        assertThat(plan.resource("DANA").rate()).isEqualTo(new CostRate(new BigDecimal("600"), Currency.getInstance("CHF"), CostRate.Per.DAY));
        assertThat(plan.resource("CABLE").type()).isEqualTo(ResourceType.MATERIAL);
        assertThat(plan.resource("CABLE").rate().per()).isEqualTo(CostRate.Per.UNIT);
        assertThat(plan.assignments()).containsExactly(new Assignment("P1", "ELEC", 2), new Assignment("P1", "CABLE", 300),
                new Assignment("P2", "DANA", 1), new Assignment("O1", "ELEC", 1), new Assignment("O2", "DANA", 1));
        assertThat(plan.task("O1").priority()).isEqualTo(700);
        assertThat(plan.task("P1").priority()).isEqualTo(500);
        assertThat(plan.projects()).containsExactly(new Project("PLANT", "Plant room", 800, List.of("P")),
                new Project("OFFICE", "Office floor", 300, List.of("O")));
    }

    @Test
    void writesWhatItReads() throws Exception {
        Plan plan = ProjectFiles.read(example()).plan();
        Path copy = dir.resolve("copy.json");

        LinchpinJson.write(plan, copy);
        Plan again = ProjectFiles.read(copy).plan();

        assertThat(again.resources()).isEqualTo(plan.resources());
        assertThat(again.assignments()).isEqualTo(plan.assignments());
        assertThat(again.projects()).isEqualTo(plan.projects());
        assertThat(again.task("O1").priority()).isEqualTo(700);
        assertThat(Files.readString(copy)).contains("\"maxUnits\" : 2.0", "\"amount\" : \"85.00\"", "\"per\" : \"hour\"");
    }

    /**
     * The shortest plan comes first, priorities only among equally short ones: the trays go first
     * so that the office's inspection fits before Dana's days off; the cable pull follows.
     */
    @Test
    void levelsTheExample() throws Exception {
        Plan plan = ProjectFiles.read(example()).plan();
        PlanLevelingOptions options = PlanLevelingOptions.defaults();

        LeveledPlan l = PlanLeveler.level(plan, options);

        assertThat(LeveledPlanChecker.violations(l, options)).isEmpty();
        assertThat(l.task("O1").start()).isEqualTo(LocalDateTime.of(2025, 1, 6, 8, 0));
        assertThat(l.task("O2").start()).isEqualTo(LocalDateTime.of(2025, 1, 7, 8, 0));
        assertThat(l.task("P1").start()).isEqualTo(LocalDateTime.of(2025, 1, 8, 8, 0));
        assertThat(l.task("P2").start()).isEqualTo(LocalDateTime.of(2025, 1, 13, 8, 0));
        assertThat(l.leveled().finish()).isEqualTo(LocalDateTime.of(2025, 1, 13, 12, 0));
        assertThat(l.periodMinutes()).isEqualTo(240);
    }

    @Test
    void anAssignmentOfAResourceThatDoesNotExistIsNamedByItsPath() throws Exception {
        Path file = copyWith("\"resource\": \"DANA\", \"units\": 1}]}\n  ]", "\"resource\": \"DAN\", \"units\": 1}]}\n  ]");

        assertThatThrownBy(() -> ProjectFiles.read(file)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("$.tasks[5].assignments[0].resource: no resource 'DAN' in $.resources");
    }

    @Test
    void aRateWithoutCurrencyAndABadPriorityAreNamedByTheirPaths() throws Exception {
        Path noCurrency = copyWith("\"currency\": \"EUR\",", "");
        assertThatThrownBy(() -> ProjectFiles.read(noCurrency)).hasMessageContaining("$.resources[0].rate.currency: missing");

        Path priority = copyWith("\"priority\": 700", "\"priority\": 2000");
        assertThatThrownBy(() -> ProjectFiles.read(priority)).hasMessageContaining("$.tasks[4].priority")
                .hasMessageContaining("from 0 to 1000");

        Path money = copyWith("\"amount\": \"85.00\"", "\"amount\": 85.0");
        assertThatThrownBy(() -> ProjectFiles.read(money)).hasMessageContaining("$.resources[0].rate.amount")
                .hasMessageContaining("decimal string");
    }

    private Path copyWith(String from, String to) throws Exception {
        String text = Files.readString(example());
        assertThat(text).contains(from);
        return Files.writeString(dir.resolve("changed.json"), text.replace(from, to));
    }
}

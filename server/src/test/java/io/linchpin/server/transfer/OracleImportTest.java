package io.linchpin.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

/**
 * The oracle files (real MS Project and P6 files, ../shared/oracle) imported through the API keep
 * the engine's dates: what the import stored equals what the engine computes from the file itself
 * ({@code Scheduler.schedule(ProjectFiles.read(f).plan())}), task by task. Where the database
 * cannot hold what decides a date (manual scheduling), the loss report must say so.
 */
@LinchpinIntegrationTest
class OracleImportTest extends TeamTest {

    static final Path ORACLE = Path.of("..", "..", "shared", "oracle");

    /** Files the import carries fully: every stored date equals the engine's. */
    static final List<String> EXACT = List.of("ms-project/Homemoveplan.mpp", "ms-project/Homemoveplan.mspdi.xml",
            "ms-project/Residential_Construction.mpp", "ms-project/Residential_Construction.mspdi.xml",
            "ms-project/Software_Development_Plan.mpp", "ms-project/task-links-project2003-mspdi.xml",
            "ms-project/task-links-project2010-mspdi.xml",
            "ms-project/mspdirelations.xml", "ms-project/slack9.mpp", "ms-project/legacy-bug1.mpp",
            "ms-project/sf259.mpp", "ms-project/legacy-sample.xml", "primavera/sp10-cost-loaded.xer");

    /**
     * Files with what the database does not hold: the loss that explains the difference, and how
     * many tasks keep the engine's dates all the same.
     */
    static final Map<String, Approximate> APPROXIMATE = Map.of(
            "ms-project/task-links-project2019-mspdi.xml", new Approximate("is scheduled manually in the file", 14));

    record Approximate(String loss, int keptAtLeast) {
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void importedOracleFilesKeepTheEnginesDatesTaskByTask() {
        assumeTrue(Files.isDirectory(ORACLE), "../shared/oracle is absent: the oracle import test is skipped");
        List<String> differences = new ArrayList<>();
        for (String name : EXACT) {
            Outcome outcome = importAndCompare(name);
            List<String> problems = outcome.differences();
            System.out.println("oracle import " + name + ": " + (outcome.tasks() - problems.size()) + " / " + outcome.tasks()
                    + " tasks keep the engine's dates");
            problems.stream().limit(3).forEach(p -> differences.add(name + ": " + p));
            if (name.endsWith(".xer")) {
                // P6 keeps percent complete with decimals (99.99); what the import rounds, it says.
                assertThat(outcome.losses()).as(name).anyMatch(loss -> loss.contains("percent complete with decimals")
                        && loss.contains("Linchpin keeps whole percents"));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void filesWithSettingsLinchpinCannotHoldSayWhyTheirDatesDiffer() {
        assumeTrue(Files.isDirectory(ORACLE), "../shared/oracle is absent: the oracle import test is skipped");
        for (Map.Entry<String, Approximate> file : APPROXIMATE.entrySet()) {
            Outcome outcome = importAndCompare(file.getKey());
            int kept = outcome.tasks() - outcome.differences().size();
            System.out.println("oracle import " + file.getKey() + ": " + kept + " / " + outcome.tasks()
                    + " tasks keep the engine's dates");
            assertThat(outcome.losses()).as(file.getKey()).anyMatch(loss -> loss.contains(file.getValue().loss()));
            assertThat(kept).as(file.getKey() + ": tasks that keep the engine's dates").isGreaterThanOrEqualTo(
                    file.getValue().keptAtLeast());
        }
    }

    record Outcome(int tasks, List<String> differences, List<String> losses) {
    }

    private Outcome importAndCompare(String name) {
        Path file = ORACLE.resolve(name);
        Answer answer = TransferFiles.upload(mvc, json, team.manager, "/api/v1/imports", file.getFileName().toString(),
                TransferFiles.bytes(file), Map.of());
        assertThat(answer.status()).as(name + ": " + answer.body()).isEqualTo(201);
        long projectId = answer.json().get("projectId").asLong();
        List<StoredDates.Row> stored = StoredDates.stored(jdbc, projectId);
        return new Outcome(stored.size(), StoredDates.differences(file, stored),
                answer.json().get("losses").valueStream().map(JsonNode::asString).toList());
    }
}

package io.linchpin.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Schedules every file of {@code ../shared/oracle} and compares ES, EF, LS, LF and total float
 * task by task with the dates MS Project or P6 stored in it. Prints matched/compared per file and
 * fails when a file falls below the level recorded in {@code oracle-levels.properties}. With
 * {@code -Doracle.verbose[=n]} it lists the first differences; with {@code -Doracle.diagnose} every
 * mismatching task with its calendar, links, constraints and progress ({@link OracleDiagnosis}).
 */
class OracleTest {

    static final Path ORACLE = Path.of("..", "..", "shared", "oracle").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyOracleFileKeepsItsLevel() throws IOException {
        Path oracle = Files.isDirectory(ORACLE) ? ORACLE : Path.of("../shared/oracle").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(oracle), "no oracle data at " + oracle + ": skipping the oracle comparison");
        Properties levels = new Properties();
        try (InputStream in = OracleTest.class.getResourceAsStream("oracle-levels.properties")) {
            levels.load(in);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(oracle)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ImportedPlan imported = ProjectFiles.read(file);
            ScheduleNetwork network = ScheduleNetwork.compile(imported.plan());
            Workspace ws = network.newWorkspace();
            network.run(ws);
            ScheduleComparison.Result result = ScheduleComparison.compare(imported, network, Schedule.of(ws));
            System.out.printf("oracle %-36s %5d / %5d tasks match (%d / %d without summaries)%n", file.getFileName(), result.matched(),
                    result.compared(), result.activitiesMatched(), result.activitiesCompared());
            if (System.getProperty("oracle.verbose") != null) {
                result.differences().stream().limit(Integer.getInteger("oracle.verbose", 40))
                        .forEach(d -> System.out.println("   " + d));
            }
            if (System.getProperty("oracle.diagnose") != null) {
                OracleDiagnosis.print(imported, Schedule.of(ws), result);
            }
            int level = Integer.parseInt(levels.getProperty(file.getFileName().toString(), "0"));
            assertThat(result.matched()).as("tasks of %s matching the stored dates", file.getFileName()).isGreaterThanOrEqualTo(level);
        }));
    }
}

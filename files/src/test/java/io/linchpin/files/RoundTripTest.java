package io.linchpin.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import io.linchpin.engine.schedule.TaskSchedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file read, written and read again schedules to the same dates. Tasks are matched by id; the
 * XER writer renames WBS nodes, so summaries missing by id are skipped.
 */
class RoundTripTest {

    @TempDir
    Path dir;

    /** MS Project plans go to MSPDI, P6 plans to XER (each product's rules), both to Linchpin JSON. */
    static Stream<Arguments> files() {
        Stream<Arguments> microsoft = Stream.of("ms-project/Software_Development_Plan.mpp", "ms-project/legacy-sample.xml",
                "ms-project/slack9.mpp", "ms-project/task-links-project2019-mspdi.xml", "ms-project/Residential_Construction.mpp")
                .flatMap(f -> Stream.of(Arguments.of(f, ProjectFormat.LINCHPIN_JSON), Arguments.of(f, ProjectFormat.MSPDI)));
        Stream<Arguments> primavera = Stream.of(Arguments.of("primavera/sp10-cost-loaded.xer", ProjectFormat.LINCHPIN_JSON),
                Arguments.of("primavera/sp10-cost-loaded.xer", ProjectFormat.XER));
        return Stream.concat(microsoft, primavera);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("files")
    void readWriteReadKeepsTheDates(String name, ProjectFormat format) {
        Path source = OracleTest.ORACLE.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(source), "no oracle data at " + source);
        ImportedPlan first = ProjectFiles.read(source);
        Schedule before = Scheduler.schedule(first.plan());
        Path out = dir.resolve("copy." + format.extension());
        ProjectFiles.write(first.plan(), before, out, format);
        Schedule after = Scheduler.schedule(ProjectFiles.read(out).plan());
        assertThat(after.tasks()).hasSameSizeAs(before.tasks());
        for (TaskSchedule a : before.tasks()) {
            TaskSchedule b = after.task(a.id());
            if (b == null && a.summary()) {
                continue;
            }
            assertThat(b).as("%s task %s", format, a.id()).isNotNull();
            assertThat(List.of(b.earlyStart(), b.earlyFinish(), b.lateStart(), b.lateFinish(), b.totalFloatMinutes()))
                    .as("%s task %s", format, a.id())
                    .isEqualTo(List.of(a.earlyStart(), a.earlyFinish(), a.lateStart(), a.lateFinish(), a.totalFloatMinutes()));
        }
    }
}

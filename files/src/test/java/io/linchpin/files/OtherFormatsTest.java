package io.linchpin.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import io.linchpin.engine.schedule.TaskSchedule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpxj.writer.FileFormat;
import org.mpxj.writer.UniversalProjectWriter;

/** MPX, Planner and PMXML files (written here by MPXJ's writers) read into plans that schedule to the same dates. */
class OtherFormatsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MPX, plan.mpx, MS_PROJECT", "PLANNER, plan.planner, MS_PROJECT", "PMXML, plan.pmxml, P6"})
    void readsTheFormat(String mpxjFormat, String fileName, RuleSet rules) throws Exception {
        Plan plan = ProjectFiles.read(LinchpinJsonTest.sample()).plan().toBuilder().rules(rules).build();
        Schedule expected = Scheduler.schedule(plan);
        Path file = dir.resolve(fileName);
        new UniversalProjectWriter(FileFormat.valueOf(mpxjFormat)).write(new MpxjExport(plan, expected).toProjectFile(rules == RuleSet.P6),
                file.toFile());
        ImportedPlan imported = ProjectFiles.read(file);
        assertThat(imported.plan().rules()).isEqualTo(rules);
        Schedule actual = Scheduler.schedule(imported.plan());
        assertThat(actual.tasks()).hasSameSizeAs(expected.tasks());
        for (TaskSchedule e : expected.tasks()) {
            TaskSchedule a = actual.tasks().stream().filter(t -> t.name().equals(e.name())).findFirst().orElseThrow();
            assertThat(List.of(a.earlyStart(), a.earlyFinish(), a.lateStart(), a.lateFinish())).as("%s %s", mpxjFormat, e.name())
                    .isEqualTo(List.of(e.earlyStart(), e.earlyFinish(), e.lateStart(), e.lateFinish()));
        }
    }
}

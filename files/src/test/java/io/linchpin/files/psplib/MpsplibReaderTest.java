package io.linchpin.files.psplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Project;
import io.linchpin.engine.resource.LeveledPlan;
import io.linchpin.engine.resource.LeveledPlanChecker;
import io.linchpin.engine.resource.PlanLeveler;
import io.linchpin.engine.resource.PlanLevelingOptions;
import io.linchpin.files.ProjectFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads MPSPLIB instances from {@code ../shared/leveling/mpsplib} (skipped with a message when absent) through the general import. */
class MpsplibReaderTest {

    static Path instance(String name) {
        Path dir = Path.of("../../shared/leveling/mpsplib");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("../shared/leveling/mpsplib");
        }
        Path file = dir.resolve(name + ".mpp");
        assumeTrue(Files.isRegularFile(file), file + " is absent: MPSPLIB test not run");
        return file;
    }

    @Test
    void readsTasksLinksAssignmentsAndMaxUnitsThroughTheGeneralImport() {
        Plan plan = MpsplibReader.read(instance("mp_j30_a2_nr1"));

        assertThat(plan.tasks()).hasSize(64);
        assertThat(plan.projects()).extracting(Project::id).containsExactly("P1", "P2");
        assertThat(plan.resources()).hasSize(6);
        assertThat(plan.resources().get(0).name()).isEqualTo("R 1");
        assertThat(plan.resources().get(0).maxUnits()).isEqualTo(32.0);
        assertThat(plan.resources().get(1).maxUnits()).isEqualTo(62.0);
        assertThat(plan.task("2").name()).isEqualTo("P1-Task 2");
        assertThat(plan.task("2").duration()).isEqualTo(6 * 480);
        assertThat(plan.assignments()).contains(new Assignment("2", plan.resources().get(0).id(), 5.0));
        assertThat(plan.projects().get(0).tasks()).contains("1", "32").doesNotContain("33");
    }

    /** The arrival links keep the later projects' releases without joining the projects; the TMS stays within the macro's 89. */
    @Test
    void arrivalLinksReleaseTheLaterProjectsWithoutJoiningThem() {
        Plan plan = MpsplibReader.read(instance("mp_j30_a5_nr1"));
        PlanLevelingOptions o = PlanLevelingOptions.defaults().withMaxSchedules(2_000);

        LeveledPlan l = PlanLeveler.level(plan, o);

        assertThat(plan.projects()).hasSize(5);
        assertThat(l.periodMinutes()).isEqualTo(480);
        assertThat(l.projects()).extracting(p -> l.workingDays(p.start())).containsExactly(0.0, 4.0, 9.0, 16.0, 20.0);
        assertThat(LeveledPlanChecker.violations(l, o)).isEmpty();
        assertThat(l.totalMakespanWorkingDays()).isLessThanOrEqualTo(89.0);
    }

    @Test
    void aFileMpxjCannotReadIsNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.mpp"), "not a project");

        assertThatThrownBy(() -> MpsplibReader.read(file)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("broken.mpp");
    }
}

package io.linchpin.files.psplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.linchpin.engine.leveling.Leveler;
import io.linchpin.engine.leveling.LevelingOptions;
import io.linchpin.engine.leveling.LevelingProblem;
import io.linchpin.engine.leveling.LevelingResult;
import io.linchpin.engine.leveling.ScheduleChecker;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.junit.jupiter.api.io.TempDir;

/** Reads MPSPLIB instances from {@code ../shared/leveling/mpsplib} (skipped with a message when absent). */
class MpsplibReaderTest {

    private static Path instance(String name) {
        Path dir = Path.of("../../shared/leveling/mpsplib");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("../shared/leveling/mpsplib");
        }
        Path file = dir.resolve(name + ".mpp");
        assumeTrue(Files.isRegularFile(file), file + " is absent: MPSPLIB test not run");
        return file;
    }

    @Test
    void readsTasksLinksAssignmentsAndCapacitiesInWholeUnitsAndDays() throws IOException {
        MpsplibReader.Plan plan = MpsplibReader.read(instance("mp_j30_a2_nr1"));
        LevelingProblem p = plan.problem();

        assertThat(p.activityCount()).isEqualTo(64);
        assertThat(p.projectCount()).isEqualTo(2);
        assertThat(p.resourceCount()).isEqualTo(6);
        assertThat(p.activityName(1)).isEqualTo("P1-Task 2");
        assertThat(plan.taskIds()[1]).isEqualTo(2);
        assertThat(p.duration(1)).isEqualTo(6);
        assertThat(p.resourceName(0)).isEqualTo("R 1");
        assertThat(p.capacity(0)).isEqualTo(32);
        assertThat(p.capacity(1)).isEqualTo(62);
        assertThat(p.demand(1, 0)).isEqualTo(5);
        assertThat(p.demand(1, 2)).isEqualTo(7);
        assertThat(p.successors(0)).containsExactly(1, 2, 3);
        assertThat(p.project(31)).isZero();
        assertThat(p.project(32)).isEqualTo(1);
        assertThat(p.projectName(1)).isEqualTo("P2");
    }

    @Test
    void arrivalLinksCarryTheLaterProjectsReleaseWithoutJoiningTheProjects() throws IOException {
        LevelingProblem p = MpsplibReader.read(instance("mp_j30_a5_nr1")).problem();
        LevelingOptions o = LevelingOptions.defaults().withMaxSchedules(2_000);

        LevelingResult r = Leveler.level(p, o);

        assertThat(p.projectCount()).isEqualTo(5);
        assertThat(p.successorLags(0)).contains(4, 9, 16, 20);
        assertThat(r.earlyStart(32)).isEqualTo(4);
        assertThat(r.earlyStart(128)).isEqualTo(20);
        assertThat(ScheduleChecker.violations(p, o, r)).isEmpty();
        assertThat(r.makespan()).isLessThanOrEqualTo(89);
    }

    /** A plan written by MPXJ as MSPDI XML, with two things the leveling model cannot carry. */
    @Test
    void everyTaskTheModelCannotCarryIsNamedAtOnce(@TempDir Path dir) throws IOException {
        ProjectFile plan = new ProjectFile();
        plan.addDefaultBaseCalendar();
        Task survey = plan.addTask();
        survey.setName("Survey");
        survey.setDuration(Duration.getInstance(1.5, TimeUnit.DAYS));
        Task dig = plan.addTask();
        dig.setName("Dig");
        dig.setDuration(Duration.getInstance(2, TimeUnit.DAYS));
        dig.addPredecessor(new Relation.Builder().predecessorTask(survey).type(RelationType.START_START));
        Path file = dir.resolve("plan.xml");
        try (OutputStream out = Files.newOutputStream(file)) {
            new MSPDIWriter().write(plan, out);
        }

        assertThatThrownBy(() -> MpsplibReader.read(file)).isInstanceOf(PsplibFormatException.class)
                .hasMessageContaining("plan.xml")
                .hasMessageContaining("'Survey' has a duration of 1.5 working days, not a whole number")
                .hasMessageContaining("'Dig' has a SS link from task");
    }

    @Test
    void aFileMpxjCannotReadIsNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.mpp"), "not a project");

        assertThatThrownBy(() -> MpsplibReader.read(file)).isInstanceOf(PsplibFormatException.class)
                .hasMessageContaining("broken.mpp");
    }
}

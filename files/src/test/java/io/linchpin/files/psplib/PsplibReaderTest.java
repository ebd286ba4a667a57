package io.linchpin.files.psplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.leveling.LevelingProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PsplibReaderTest {

    /** A PSPLIB file cut down to four jobs, in the original layout. */
    static final String SMALL = """
            ************************************************************************
            file with basedata            : small.bas
            initial value random generator: 1
            ************************************************************************
            projects                      :  1
            jobs (incl. supersource/sink ):  4
            horizon                       :  20
            RESOURCES
              - renewable                 :  2   R
              - nonrenewable              :  0   N
              - doubly constrained        :  0   D
            ************************************************************************
            PROJECT INFORMATION:
            pronr.  #jobs rel.date duedate tardcost  MPM-Time
                1      2      0       9        3        9
            ************************************************************************
            PRECEDENCE RELATIONS:
            jobnr.    #modes  #successors   successors
               1        1          2           2   3
               2        1          1           4
               3        1          1           4
               4        1          0
            ************************************************************************
            REQUESTS/DURATIONS:
            jobnr. mode duration  R 1  R 2
            ------------------------------------------------------------------------
              1      1     0       0    0
              2      1     3       2    1
              3      1     5       1    0
              4      1     0       0    0
            ************************************************************************
            RESOURCEAVAILABILITIES:
              R 1  R 2
                2    4
            ************************************************************************
            """;

    @TempDir
    Path dir;

    @Test
    void readsJobsLinksDemandsAndCapacities() throws IOException {
        LevelingProblem p = PsplibReader.read(write("small.sm", SMALL));

        assertThat(p.activityCount()).isEqualTo(4);
        assertThat(p.resourceCount()).isEqualTo(2);
        assertThat(p.activityName(1)).isEqualTo("job 2");
        assertThat(p.resourceName(0)).isEqualTo("R 1");
        assertThat(p.successors(0)).containsExactly(1, 2);
        assertThat(p.successors(2)).containsExactly(3);
        assertThat(p.successorLags(0)).containsExactly(0, 0);
        assertThat(p.duration(2)).isEqualTo(5);
        assertThat(p.demand(1, 0)).isEqualTo(2);
        assertThat(p.demand(1, 1)).isEqualTo(1);
        assertThat(p.demand(2, 1)).isZero();
        assertThat(p.capacity(0)).isEqualTo(2);
        assertThat(p.capacity(1)).isEqualTo(4);
    }

    @Test
    void aShortDemandLineNamesTheFileAndTheLine() throws IOException {
        Path file = write("bad.sm", SMALL.replace("  2      1     3       2    1", "  2      1     3       2"));

        assertThatThrownBy(() -> PsplibReader.read(file)).isInstanceOf(PsplibFormatException.class)
                .hasMessageContaining("bad.sm line 28").hasMessageContaining("2 demands")
                .satisfies(e -> assertThat(((PsplibFormatException) e).line()).isEqualTo(28));
    }

    @Test
    void aSuccessorOutsideTheJobsIsAnError() throws IOException {
        Path file = write("bad.sm", SMALL.replace("   3        1          1           4", "   3        1          1           9"));

        assertThatThrownBy(() -> PsplibReader.read(file)).hasMessageContaining("bad.sm line 21")
                .hasMessageContaining("successor 9");
    }

    @Test
    void aMultiModeJobIsRefused() throws IOException {
        Path file = write("mm.sm", SMALL.replace("   2        1          1           4", "   2        2          1           4"));

        assertThatThrownBy(() -> PsplibReader.read(file)).hasMessageContaining("mm.sm line 20")
                .hasMessageContaining("2 modes");
    }

    @Test
    void aWordWhereANumberBelongsIsNamed() throws IOException {
        Path file = write("bad.sm", SMALL.replace("    2    4\n", "    2    four\n"));

        assertThatThrownBy(() -> PsplibReader.read(file)).hasMessageContaining("bad.sm line 34")
                .hasMessageContaining("'four' is not a whole number");
    }

    @Test
    void aMissingSectionIsNamed() throws IOException {
        Path file = write("cut.sm", SMALL.substring(0, SMALL.indexOf("RESOURCEAVAILABILITIES")));

        assertThatThrownBy(() -> PsplibReader.read(file)).hasMessageContaining("cut.sm")
                .hasMessageContaining("no 'RESOURCEAVAILABILITIES:' section");
    }

    @Test
    void aDemandAboveCapacityNamesTheJobAndTheResource() throws IOException {
        Path file = write("over.sm", SMALL.replace("  3      1     5       1    0", "  3      1     5       3    0"));

        assertThatThrownBy(() -> PsplibReader.read(file)).isInstanceOf(PsplibFormatException.class)
                .hasMessageContaining("over.sm").hasMessageContaining("job 3 needs 3 units of R 1");
    }

    @Test
    void readsBounds() throws IOException {
        Path file = write("bounds.csv", """
                set,instance,cpm_lb,best_lb,best_ub,closed
                j30,j301_1,38,43,43,1
                j120,j1201_1,85,104,105,0
                """);

        Map<String, PsplibBounds> bounds = PsplibBounds.read(file);

        assertThat(bounds).containsOnlyKeys("j301_1", "j1201_1");
        assertThat(bounds.get("j1201_1")).isEqualTo(new PsplibBounds("j120", "j1201_1", 85, 104, 105, false));
    }

    @Test
    void aBadBoundsRowNamesItsLine() throws IOException {
        Path file = write("bounds.csv", """
                set,instance,cpm_lb,best_lb,best_ub,closed
                j30,j301_1,38,43,43,1
                j30,j301_2,38,x,43,1
                """);

        assertThatThrownBy(() -> PsplibBounds.read(file)).hasMessageContaining("bounds.csv line 3")
                .hasMessageContaining("not a whole number");
    }

    @Test
    void aClosedFlagOtherThanZeroOrOneIsNamed() throws IOException {
        Path file = write("bounds.csv", """
                set,instance,cpm_lb,best_lb,best_ub,closed
                j30,j301_1,38,43,43,yes
                """);

        assertThatThrownBy(() -> PsplibBounds.read(file)).hasMessageContaining("bounds.csv line 2")
                .hasMessageContaining("closed must be 0 or 1, not 'yes'");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}

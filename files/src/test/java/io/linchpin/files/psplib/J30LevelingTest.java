package io.linchpin.files.psplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.linchpin.engine.leveling.Leveler;
import io.linchpin.engine.leveling.LevelingOptions;
import io.linchpin.engine.leveling.LevelingProblem;
import io.linchpin.engine.leveling.LevelingResult;
import io.linchpin.engine.leveling.ScheduleChecker;
import io.linchpin.engine.resource.LeveledPlan;
import io.linchpin.engine.resource.LeveledPlanChecker;
import io.linchpin.engine.resource.PlanLeveler;
import io.linchpin.engine.resource.PlanLevelingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Levels every PSPLIB j30 instance of the shared copy (432: nine of the ten per parameter group;
 * from {@code ../shared/leveling/psplib}, skipped with a message when it is absent) and checks
 * every schedule independently, by the leveler alone and as plans through the general path. Every j30 instance is solved
 * to optimality in the literature, so a makespan below the optimum would mean the checker missed a
 * broken schedule.
 */
class J30LevelingTest {

    private static final Path PSPLIB = Path.of("../../shared/leveling/psplib");

    private static Path root() {
        Path root = Files.isDirectory(PSPLIB) ? PSPLIB : Path.of("../shared/leveling/psplib");
        assumeTrue(Files.isDirectory(root.resolve("j30")), "../shared/leveling/psplib is absent: j30 not run");
        return root;
    }

    private static List<Path> j30(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("j30"))) {
            return s.filter(f -> f.toString().endsWith(".sm")).sorted().toList();
        }
    }

    @Test
    void everyJ30ScheduleIsValidNeverBelowTheOptimumAndMostlyOptimal() throws IOException {
        Path root = root();
        Map<String, PsplibBounds> bounds = PsplibBounds.read(root.resolve("bounds.csv"));
        List<Path> files = j30(root);
        LevelingOptions options = LevelingOptions.defaults().withMaxSchedules(5_000);
        List<String> problems = new ArrayList<>();
        int optimal = 0;
        double deviation = 0;
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".sm", "");
            LevelingProblem p = PsplibReader.read(file);
            LevelingResult r = Leveler.level(p, options);
            int optimum = bounds.get(name).bestKnown();
            for (String v : ScheduleChecker.violations(p, options, r)) {
                problems.add(name + ": " + v);
            }
            if (r.makespan() < optimum) {
                problems.add(name + ": makespan " + r.makespan() + " below the optimum " + optimum);
            }
            optimal += r.makespan() == optimum ? 1 : 0;
            deviation += (r.makespan() - optimum) / (double) optimum;
        }
        System.out.printf("j30 at 5,000 schedules: %d of %d optimal, average deviation %.3f %%%n", optimal,
                files.size(), 100 * deviation / files.size());

        assertThat(files).hasSize((int) bounds.values().stream().filter(b -> b.set().equals("j30")).count());
        assertThat(problems).isEmpty();
        assertThat(optimal).isGreaterThan(files.size() * 9 / 10);
        assertThat(100 * deviation / files.size()).isLessThan(0.5);
    }

    /**
     * Every j30 instance read as a plan and leveled through the general path (CPM, periods, the
     * leveler, the engine's leveled schedule) ends exactly where the leveler alone ends with the same
     * seed and budget, never below the optimum; every 24th is checked minute by minute as a plan.
     */
    @Test
    void everyJ30InstanceLeveledAsAPlanMatchesTheLevelerAndKeepsEveryRule() throws IOException {
        Path root = root();
        Map<String, PsplibBounds> bounds = PsplibBounds.read(root.resolve("bounds.csv"));
        List<Path> files = j30(root);
        PlanLevelingOptions plan = PlanLevelingOptions.defaults().withMaxSchedules(1_000);
        LevelingOptions core = LevelingOptions.defaults().withMaxSchedules(1_000);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString().replace(".sm", "");
            LeveledPlan l = PlanLeveler.level(PsplibReader.readPlan(file), plan);
            double makespan = l.workingDays(l.leveled().finish());
            int alone = Leveler.level(PsplibReader.read(file), core).makespan();
            if (makespan != alone || makespan < bounds.get(name).bestKnown()) {
                problems.add(name + ": " + makespan + " working days as a plan, " + alone + " by the leveler alone, optimum "
                        + bounds.get(name).bestKnown());
            }
            if (l.periodMinutes() != 480) {
                problems.add(name + ": leveled in periods of " + l.periodMinutes() + " minutes, not working days");
            }
            if (i % 24 == 0) {
                LeveledPlanChecker.violations(l, plan).forEach(v -> problems.add(name + ": " + v));
            }
        }

        assertThat(problems).isEmpty();
    }
}

package io.linchpin.cli;

import io.linchpin.engine.resource.LeveledPlan;
import io.linchpin.engine.resource.LeveledTask;
import io.linchpin.engine.resource.PlanLeveler;
import io.linchpin.engine.resource.PlanLevelingOptions;
import io.linchpin.engine.resource.ProjectOutcome;
import io.linchpin.engine.resource.ResourceHistogram;
import io.linchpin.engine.resource.ResourceLoad;
import io.linchpin.files.LevelingJson;
import io.linchpin.files.ProjectFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linchpin level FILE}: resource leveling. */
@Command(name = "level", mixinStandardHelpOptions = true,
        description = {"Levels the plan's resources: delays tasks, never breaking a link, a constraint or an actual, so that no",
            "work resource is asked for more than its max units while it works, looking for the earliest finish (for several",
            "projects, the earliest total finish, then the smallest average delay, higher priorities first), and prints every",
            "task's leveled dates and leveling delay. The same seed and schedule budget give the same result."})
final class LevelCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "project file: .json, .mpp, .xml, .mpx, .xer, .pmxml, .gan, .planner, or a PSPLIB .sm")
    Path file;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "search for this long instead of a fixed number of schedules (the result then depends on the machine)")
    Double timeLimit;

    @Option(names = "--schedules", paramLabel = "N", defaultValue = "5000",
            description = "schedules to evaluate without a time limit (default: ${DEFAULT-VALUE})")
    long schedules;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--within-float", description = "level only within available float: no task finishes after its late finish")
    boolean withinFloat;

    @Option(names = "--move-started", description = {"let leveling delay the remaining work of started tasks",
        "(under P6's rules; under MS Project's it stays tied to the actual start)"})
    boolean moveStarted;

    @Option(names = "--json", description = "print the leveled plan as JSON")
    boolean json;

    @Override
    public Integer call() {
        if (timeLimit != null && !(timeLimit > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time-limit must be a positive number of seconds");
        }
        PlanLevelingOptions options = PlanLevelingOptions.defaults().withSeed(seed).withMaxSchedules(schedules).withinFloat(withinFloat)
                .withKeepStarted(!moveStarted);
        if (timeLimit != null) {
            options = options.withTimeLimit(Duration.ofNanos((long) (timeLimit * 1e9)));
        }
        LeveledPlan leveled = PlanLeveler.level(ProjectFiles.read(file).plan(), options);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(LevelingJson.write(leveled));
        } else {
            print(out, leveled);
        }
        return 0;
    }

    private static void print(PrintWriter out, LeveledPlan l) {
        out.printf(Locale.ROOT, "%s: %d schedules in %.3f s, seed %d, periods of %d working minutes%n", l.plan().name(),
                l.schedulesEvaluated(), l.elapsed().toNanos() / 1e9, l.seed(), l.periodMinutes());
        out.printf(Locale.ROOT, "start %s  finish %s: %.1f working days (%.1f without leveling)%n%n", DATE.format(l.leveled().start()),
                DATE.format(l.leveled().finish()), l.workingDays(l.leveled().finish()), l.workingDays(l.unleveled().finish()));
        out.printf("%-12s %-32s %-16s %-16s %-16s %9s%n", "ID", "NAME", "START", "FINISH", "UNLEVELED START", "DELAY(h)");
        for (LeveledTask t : l.tasks()) {
            out.printf(Locale.ROOT, "%-12s %-32s %-16s %-16s %-16s %9.1f%n", clip(t.id(), 12), clip(t.name(), 32), DATE.format(t.start()),
                    DATE.format(t.finish()), DATE.format(t.unleveledStart()), t.levelingDelayMinutes() / 60.0);
        }
        out.printf("%n%-12s %-32s %10s %10s%n", "RESOURCE", "NAME", "MAX UNITS", "PEAK");
        for (ResourceLoad r : ResourceHistogram.of(l.plan(), l.leveled(), ResourceHistogram.Bucket.MONTH).resources()) {
            if (r.resource().isWork()) {
                out.printf(Locale.ROOT, "%-12s %-32s %10.2f %10.2f%n", clip(r.resource().id(), 12), clip(r.resource().name(), 32),
                        r.resource().maxUnits(), r.peakUnits());
            }
        }
        if (l.projects().size() > 1) {
            out.printf("%n%-12s %-32s %8s %-16s %9s%n", "PROJECT", "NAME", "PRIORITY", "FINISH", "DELAY(d)");
            for (ProjectOutcome p : l.projects()) {
                out.printf(Locale.ROOT, "%-12s %-32s %8d %-16s %9.1f%n", clip(p.id(), 12), clip(p.name(), 32), p.priority(),
                        DATE.format(p.finish()), p.delayWorkingDays());
            }
            out.printf(Locale.ROOT, "total makespan %.1f working days, average project delay %.2f%n", l.totalMakespanWorkingDays(),
                    l.averageProjectDelayWorkingDays());
        }
        if (!l.unresolvedTasks().isEmpty()) {
            out.println("left over-allocated (no room within float or before a constraint): " + String.join(", ", l.unresolvedTasks()));
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}

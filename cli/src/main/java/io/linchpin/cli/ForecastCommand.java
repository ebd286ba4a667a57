package io.linchpin.cli;

import io.linchpin.engine.forecast.Distribution;
import io.linchpin.engine.forecast.FinishDistribution;
import io.linchpin.engine.forecast.Forecast;
import io.linchpin.engine.forecast.MilestoneForecast;
import io.linchpin.engine.forecast.MonteCarlo;
import io.linchpin.engine.forecast.Percentile;
import io.linchpin.engine.forecast.RiskModel;
import io.linchpin.engine.forecast.SimulationOptions;
import io.linchpin.engine.forecast.TaskRisk;
import io.linchpin.engine.forecast.Uncertainty;
import io.linchpin.files.ForecastJson;
import io.linchpin.files.ImportedPlan;
import io.linchpin.files.ProjectFiles;
import io.linchpin.files.ProjectFormat;
import io.linchpin.files.RiskModelJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linchpin forecast FILE}: Monte Carlo schedule risk analysis. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Simulates the plan's schedule many times from its three-point estimates, default uncertainty and risk events,",
            "and prints the distribution of the finish and of every milestone, the probability of meeting each deadline,",
            "and each task's criticality and sensitivity. The same seed gives the same forecast."})
final class ForecastCommand implements Callable<Integer> {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int TASKS_SHOWN = 20;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "project file; only Linchpin JSON carries estimates and risks")
    Path file;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "" + SimulationOptions.DEFAULT_ITERATIONS,
            description = "schedules to draw (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SimulationOptions.DEFAULT_SEED,
            description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "threads to run on (default: every core); the result does not depend on it")
    Integer threads;

    @Option(names = "--uncertainty", paramLabel = "O,M,P[,DIST]", converter = UncertaintyConverter.class,
            description = "default uncertainty for tasks without an estimate, as factors of their duration, e.g. 0.9,1,1.3,pert"
                    + " (replaces the file's)")
    Uncertainty uncertainty;

    @Option(names = "--json", description = "print the forecast as JSON")
    boolean json;

    @Override
    public Integer call() {
        ImportedPlan imported = ProjectFiles.read(file);
        RiskModel risks = imported.format() == ProjectFormat.LINCHPIN_JSON ? RiskModelJson.read(file, imported.plan()) : RiskModel.NONE;
        if (uncertainty != null) {
            risks = withUncertainty(risks, uncertainty);
        }
        SimulationOptions options = SimulationOptions.defaults().withIterations(iterations).withSeed(seed);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        Forecast f = MonteCarlo.simulate(imported.plan(), risks, options);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ForecastJson.write(f));
            return 0;
        }
        print(out, imported.plan().name(), f);
        return 0;
    }

    private static RiskModel withUncertainty(RiskModel risks, Uncertainty uncertainty) {
        RiskModel.Builder b = RiskModel.builder().uncertainty(uncertainty);
        risks.estimates().forEach(b::estimate);
        risks.risks().forEach(b::risk);
        risks.correlations().forEach(b::correlation);
        return b.build();
    }

    private static void print(PrintWriter out, String name, Forecast f) {
        out.printf("%s: %d iterations, seed %d%n%n", name, f.iterations(), f.seed());
        out.println("finish");
        distribution(out, f.finish());
        for (MilestoneForecast m : f.milestones()) {
            out.printf("%nmilestone %s %s%s%n", m.id(), m.name(), m.deadline() == null ? ""
                    : String.format(Locale.ROOT, "  deadline %s, on time in %.1f %% of iterations", DATE.format(m.deadline()),
                            100 * m.probabilityOnTime()));
            distribution(out, m.finish());
        }
        List<TaskRisk> tasks = f.tasks().stream().filter(t -> t.criticality() > 0 || t.sensitivity() != null)
                .sorted(Comparator.comparingDouble(TaskRisk::criticality).reversed()
                        .thenComparing(t -> t.sensitivity() == null ? 0 : -Math.abs(t.sensitivity())))
                .toList();
        out.printf("%n%-12s %-32s %11s %11s%n", "TASK", "NAME", "CRITICALITY", "SENSITIVITY");
        for (TaskRisk t : tasks.subList(0, Math.min(TASKS_SHOWN, tasks.size()))) {
            out.printf(Locale.ROOT, "%-12s %-32s %10.1f%% %11s%n", clip(t.id(), 12), clip(t.name(), 32), 100 * t.criticality(),
                    t.sensitivity() == null ? "-" : String.format(Locale.ROOT, "%+.3f", t.sensitivity()));
        }
        if (tasks.size() > TASKS_SHOWN) {
            out.printf("... %d more (--json lists every task)%n", tasks.size() - TASKS_SHOWN);
        }
    }

    private static void distribution(PrintWriter out, FinishDistribution d) {
        out.printf(Locale.ROOT, "  deterministic %s   mean %s (%.2f working days, standard deviation %.2f)%n", DATE.format(d.deterministic()),
                DATE.format(d.mean()), d.meanWorkingDays(), d.stdevWorkingDays());
        for (int p : new int[] {5, 10, 20, 50, 80, 90, 95}) {
            Percentile x = d.percentile(p);
            out.printf(Locale.ROOT, "  P%-3d %s  %8.2f working days%n", p, DATE.format(x.date()), x.workingDays());
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }

    /** Reads {@code 0.9,1,1.3} or {@code 0.9,1,1.3,pert}. */
    static final class UncertaintyConverter implements CommandLine.ITypeConverter<Uncertainty> {
        @Override
        public Uncertainty convert(String value) {
            String[] parts = value.split(",");
            if (parts.length != 3 && parts.length != 4) {
                throw new CommandLine.TypeConversionException("uncertainty must be three factors and an optional distribution, e.g. 0.9,1,1.3,pert");
            }
            try {
                Distribution d = parts.length == 4 ? Distribution.valueOf(parts[3].trim().toUpperCase(Locale.ROOT)) : Distribution.TRIANGULAR;
                return new Uncertainty(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]), d);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("uncertainty '" + value + "': " + e.getMessage());
            }
        }
    }
}

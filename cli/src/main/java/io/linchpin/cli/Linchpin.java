package io.linchpin.cli;

import io.linchpin.engine.calendar.OutsideCalendarRangeException;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.schedule.CycleException;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.Workspace;
import io.linchpin.files.ImportedPlan;
import io.linchpin.files.ProjectFileException;
import io.linchpin.files.ProjectFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code linchpin} command line: schedule, check, convert, forecast and level project files and
 * measure their earned value, offline. Bad input exits with status 1 and one line on standard
 * error naming the problem.
 */
@Command(name = "linchpin", mixinStandardHelpOptions = true, version = "linchpin 0.1.0",
        description = "Schedules project files (MS Project, Primavera P6, Linchpin JSON) with Linchpin's engine.",
        subcommands = {ScheduleCommand.class, CheckCommand.class, ConvertCommand.class, ForecastCommand.class, EvmCommand.class,
            LevelCommand.class, CommandLine.HelpCommand.class})
public final class Linchpin implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // MPXJ logs through the Log4j API; without this the API complains on stderr that no logging
        // back end is present, and a command line must print one line on bad input, not two.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Linchpin());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("linchpin: " + message(e));
            return 1;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println("linchpin: " + e.getMessage() + " (see --help)");
            return 2;
        });
        return cli.execute(args);
    }

    private static String message(Exception e) {
        if (e instanceof CycleException || e instanceof OutsideCalendarRangeException || e instanceof ProjectFileException) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads a file, optionally forcing a rule set, and schedules it. */
    static Scheduled schedule(Path file, RuleSet rules) {
        ImportedPlan imported = ProjectFiles.read(file);
        Plan plan = rules == null ? imported.plan() : imported.plan().toBuilder().rules(rules).build();
        ScheduleNetwork network = ScheduleNetwork.compile(plan);
        Workspace ws = network.newWorkspace();
        network.run(ws);
        return new Scheduled(new ImportedPlan(plan, imported.format(), imported.losses(), imported.storedDates()), network, Schedule.of(ws));
    }

    /** A read and scheduled file. */
    record Scheduled(ImportedPlan imported, ScheduleNetwork network, Schedule schedule) {
    }
}

package io.linchpin.cli;

import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.TaskSchedule;
import io.linchpin.files.ScheduleJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linchpin schedule FILE}. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Schedules a project file and prints every task's dates, float and driving predecessors.")
final class ScheduleCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "project file: .json, .mpp, .xml, .mpx, .xer, .pmxml, .gan, .planner")
    Path file;

    @Option(names = "--rules", paramLabel = "msproject|p6", converter = RulesConverter.class,
            description = "schedule by these rules instead of those of the file's product")
    RuleSet rules;

    @Option(names = "--json", description = "print the schedule as JSON")
    boolean json;

    @Override
    public Integer call() {
        Schedule s = Linchpin.schedule(file, rules).schedule();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ScheduleJson.write(s));
            return 0;
        }
        out.printf("%s  (%s rules)  start %s  finish %s%n", s.plan().name(), s.rules() == RuleSet.P6 ? "P6" : "MS Project",
                DATE.format(s.start()), DATE.format(s.finish()));
        out.printf("%-12s %-32s %-16s %-16s %-16s %-16s %9s %s%n", "ID", "NAME", "EARLY START", "EARLY FINISH", "LATE START",
                "LATE FINISH", "FLOAT(h)", "DRIVEN BY");
        for (TaskSchedule t : s.tasks()) {
            String name = (t.summary() ? "+ " : "") + (t.critical() ? "* " : "") + t.name();
            out.printf("%-12s %-32s %-16s %-16s %-16s %-16s %9.1f %s%n", clip(t.id(), 12), clip(name, 32), DATE.format(t.earlyStart()),
                    DATE.format(t.earlyFinish()), DATE.format(t.lateStart()), DATE.format(t.lateFinish()), t.totalFloatMinutes() / 60.0,
                    String.join(",", t.drivingPredecessors()));
        }
        out.println("critical path: " + String.join(" -> ", s.criticalPath()));
        return 0;
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}

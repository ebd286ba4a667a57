package io.linchpin.cli;

import io.linchpin.files.ScheduleComparison;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linchpin check FILE}: does Linchpin agree with the dates MS Project or P6 stored? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Schedules a file and compares early and late start and finish and total float with the dates stored in it.",
            "Two dates agree when no working time lies between them. Exits 3 if any task differs."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "an MS Project or Primavera file that holds computed dates")
    Path file;

    @Override
    public Integer call() {
        Linchpin.Scheduled s = Linchpin.schedule(file, null);
        PrintWriter out = spec.commandLine().getOut();
        s.imported().losses().forEach(l -> out.println("note: " + l));
        if (s.imported().storedDates().isEmpty()) {
            out.println(file + " holds no computed dates to compare with");
            return 0;
        }
        ScheduleComparison.Result r = ScheduleComparison.compare(s.imported(), s.network(), s.schedule());
        for (ScheduleComparison.Difference d : r.differences()) {
            out.printf("%-14s %-13s file %-17s linchpin %s%n", d.taskId(), d.field(), d.stored(), d.computed());
        }
        out.printf("%d of %d tasks agree on every field%n", r.matched(), r.compared());
        return r.matched() == r.compared() ? 0 : 3;
    }
}

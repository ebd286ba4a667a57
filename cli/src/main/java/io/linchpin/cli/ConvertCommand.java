package io.linchpin.cli;

import io.linchpin.files.ProjectFiles;
import io.linchpin.files.ProjectFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linchpin convert IN OUT}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts a project file: reads any supported format and writes Linchpin JSON, MSPDI XML or XER,",
            "with the dates Linchpin computed. Prints what the input held that Linchpin could not carry over."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "file to read")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "file to write")
    Path out;

    @Option(names = "--to", paramLabel = "json|mspdi|xer", description = "output format (default: by OUT's extension)")
    String to;

    @Override
    public Integer call() {
        ProjectFormat format = to == null ? ProjectFormat.of(out) : ProjectFormat.named(to);
        Linchpin.Scheduled s = Linchpin.schedule(in, null);
        List<String> notWritten = ProjectFiles.write(s.imported().plan(), s.schedule(), out, format);
        PrintWriter w = spec.commandLine().getOut();
        s.imported().losses().forEach(l -> w.println("note: " + l));
        notWritten.forEach(l -> w.println("note: not in " + out.getFileName() + ": " + l));
        w.println("wrote " + out + " (" + format + ", " + s.schedule().tasks().size() + " tasks)");
        return 0;
    }
}

package io.linchpin.cli;

import io.linchpin.engine.evm.CostModel;
import io.linchpin.engine.forecast.RiskModel;
import io.linchpin.engine.plan.Plan;
import io.linchpin.files.CostModelJson;
import io.linchpin.files.ProjectFiles;
import io.linchpin.files.ProjectFormat;
import io.linchpin.files.RiskModelJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
        if (s.imported().format() == ProjectFormat.LINCHPIN_JSON) {
            forecastAndMoney(s.imported().plan()).forEach(l -> w.println("note: not in " + out.getFileName() + ": " + l));
        }
        w.println("wrote " + out + " (" + format + ", " + s.schedule().tasks().size() + " tasks)");
        return 0;
    }

    /** Convert writes the plan; the forecast and earned-value fields of a linchpin/1 file stay in it. */
    private List<String> forecastAndMoney(Plan plan) {
        List<String> out = new ArrayList<>();
        RiskModel risks = RiskModelJson.read(in, plan);
        if (!risks.estimates().isEmpty()) {
            out.add(risks.estimates().size() + " three-point estimate(s)");
        }
        if (risks.uncertainty() != null) {
            out.add("the plan-wide uncertainty");
        }
        if (!risks.risks().isEmpty()) {
            out.add(risks.risks().size() + " risk event(s)");
        }
        if (!risks.correlations().isEmpty()) {
            out.add(risks.correlations().size() + " rank correlation group(s)");
        }
        CostModel costs = CostModelJson.read(in, plan);
        if (!costs.costs().isEmpty()) {
            out.add(costs.costs().size() + " task budget(s), actual costs and baselines");
        }
        return out;
    }
}

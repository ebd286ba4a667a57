package io.linchpin.cli;

import io.linchpin.engine.evm.CurvePeriod;
import io.linchpin.engine.evm.EarnedSchedule;
import io.linchpin.engine.evm.EarnedValue;
import io.linchpin.engine.evm.EarnedValueFigures;
import io.linchpin.engine.evm.EarnedValueReport;
import io.linchpin.engine.evm.ReportingPeriod;
import io.linchpin.engine.evm.WbsFigures;
import io.linchpin.engine.plan.Plan;
import io.linchpin.files.CostModelJson;
import io.linchpin.files.EarnedValueJson;
import io.linchpin.files.ImportedPlan;
import io.linchpin.files.ProjectFileException;
import io.linchpin.files.ProjectFiles;
import io.linchpin.files.ProjectFormat;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code linchpin evm FILE --status-date ...}: earned value and earned schedule. */
@Command(name = "evm", mixinStandardHelpOptions = true,
        description = {"Measures earned value at a status date from each task's budget, baseline, percent complete and actual cost:",
            "BAC, PV, EV, AC, variances, indices, EAC three ways, ETC, VAC, TCPI, per WBS branch, the S-curve and earned schedule."})
final class EvmCommand implements Callable<Integer> {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a Linchpin JSON plan with budgets and baselines")
    Path file;

    @Option(names = "--status-date", paramLabel = "yyyy-MM-ddTHH:mm", converter = InstantConverter.class,
            description = "the instant progress and costs are as of (default: the plan's status date)")
    LocalDateTime statusDate;

    @Option(names = "--period", paramLabel = "day|week|month", defaultValue = "week", converter = PeriodConverter.class,
            description = "length of the S-curve's periods (default: ${DEFAULT-VALUE})")
    ReportingPeriod period;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Override
    public Integer call() {
        ImportedPlan imported = ProjectFiles.read(file);
        if (imported.format() != ProjectFormat.LINCHPIN_JSON) {
            throw new ProjectFileException(file + ": budgets and baselines for earned value are read from Linchpin JSON files only");
        }
        Plan plan = imported.plan();
        LocalDateTime at = statusDate != null ? statusDate : plan.statusDate();
        if (at == null) {
            throw new ProjectFileException(file + ": the plan has no status date; give one with --status-date yyyy-MM-ddTHH:mm");
        }
        EarnedValueReport r = EarnedValue.analyze(plan, CostModelJson.read(file, plan), at, period);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(EarnedValueJson.write(r));
            return 0;
        }
        out.printf("%s: earned value at %s%s%n%n", plan.name(), ForecastCommand.DATE.format(r.statusDate()),
                r.currency() == null ? "" : " (" + r.currency().getCurrencyCode() + ")");
        out.printf("%-24s %14s %14s %14s %14s %14s %14s %8s %8s %14s%n", "", "BAC", "PV", "EV", "AC", "SV", "CV", "SPI", "CPI", "EAC");
        row(out, "plan", r.plan());
        for (WbsFigures w : r.wbs()) {
            row(out, w.id() + " " + w.name(), w.figures());
        }
        EarnedValueFigures f = r.plan();
        out.printf("%nEAC: %s at current CPI, %s at budget rate, %s by CPI x SPI;  ETC %s;  VAC %s;  TCPI %s to BAC, %s to EAC%n",
                money(f.eacCpi()), money(f.eacAtBudgetRate()), money(f.eacComposite()), money(f.etc()), money(f.vac()),
                index(f.tcpiBac()), index(f.tcpiEac()));
        EarnedSchedule es = r.earnedSchedule();
        if (es != null) {
            out.printf(Locale.ROOT, "earned schedule: ES %s (%.2f working days) at AT %.2f: SV(t) %+.2f working days, SPI(t) %s, IEAC(t) %s%n",
                    ForecastCommand.DATE.format(es.es()), es.esWorkingDays(), es.atWorkingDays(), es.svT(),
                    es.spiT() == null ? "-" : String.format(Locale.ROOT, "%.3f", es.spiT()),
                    es.ieacT() == null ? "-" : ForecastCommand.DATE.format(es.ieacT()));
        }
        out.printf("%n%-17s %14s %14s %14s%n", "PERIOD END", "PV (cum.)", "EV (cum.)", "AC (cum.)");
        for (CurvePeriod p : r.curve()) {
            out.printf("%-17s %14s %14s %14s%n", ForecastCommand.DATE.format(p.to()), money(p.cumulativePv()), money(p.cumulativeEv()),
                    money(p.cumulativeAc()));
        }
        return 0;
    }

    private static void row(PrintWriter out, String label, EarnedValueFigures f) {
        out.printf("%-24s %14s %14s %14s %14s %14s %14s %8s %8s %14s%n", label.length() > 24 ? label.substring(0, 23) + "~" : label,
                money(f.bac()), money(f.pv()), money(f.ev()), money(f.ac()), money(f.sv()), money(f.cv()), index(f.spi()), index(f.cpi()),
                money(f.eacCpi()));
    }

    private static String money(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    private static String index(BigDecimal value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Reads {@code yyyy-MM-ddTHH:mm}. */
    static final class InstantConverter implements CommandLine.ITypeConverter<LocalDateTime> {
        @Override
        public LocalDateTime convert(String value) {
            try {
                return LocalDateTime.parse(value, INSTANT);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date-time yyyy-MM-ddTHH:mm");
            }
        }
    }

    /** Reads {@code day}, {@code week} or {@code month}. */
    static final class PeriodConverter implements CommandLine.ITypeConverter<ReportingPeriod> {
        @Override
        public ReportingPeriod convert(String value) {
            try {
                return ReportingPeriod.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("period must be day, week or month, not '" + value + "'");
            }
        }
    }
}

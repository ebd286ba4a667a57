package io.linchpin.files;

import io.linchpin.engine.evm.CurvePeriod;
import io.linchpin.engine.evm.EarnedSchedule;
import io.linchpin.engine.evm.EarnedValueFigures;
import io.linchpin.engine.evm.EarnedValueReport;
import io.linchpin.engine.evm.WbsFigures;
import java.math.BigDecimal;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stable JSON form of an earned value report, as {@code linchpin evm --json} prints it (see
 * the README). Money is a decimal string; indices are numbers; an undefined figure is null.
 */
public final class EarnedValueJson {

    private EarnedValueJson() {
    }

    public static String write(EarnedValueReport report) {
        return LinchpinJson.MAPPER.writeValueAsString(toJson(report));
    }

    public static ObjectNode toJson(EarnedValueReport report) {
        ObjectNode root = LinchpinJson.MAPPER.createObjectNode();
        LinchpinJson.putDate(root, "statusDate", report.statusDate());
        if (report.currency() == null) {
            root.putNull("currency");
        } else {
            root.put("currency", report.currency().getCurrencyCode());
        }
        figures(root, report.plan());
        EarnedSchedule es = report.earnedSchedule();
        if (es == null) {
            root.putNull("earnedSchedule");
        } else {
            ObjectNode node = root.putObject("earnedSchedule");
            ObjectNode point = node.putObject("es");
            LinchpinJson.putDate(point, "date", es.es());
            point.put("workingDays", es.esWorkingDays());
            node.put("atWorkingDays", es.atWorkingDays());
            putIndex(node, "spiT", es.spiT() == null ? null : BigDecimal.valueOf(es.spiT()));
            node.put("svT", es.svT());
            node.put("plannedDurationWorkingDays", es.plannedDurationWorkingDays());
            if (es.ieacT() == null) {
                node.putNull("ieacT");
            } else {
                ObjectNode ieac = node.putObject("ieacT");
                LinchpinJson.putDate(ieac, "date", es.ieacT());
                ieac.put("workingDays", es.ieacTWorkingDays());
            }
        }
        ArrayNode wbs = root.putArray("wbs");
        for (WbsFigures w : report.wbs()) {
            ObjectNode node = wbs.addObject();
            node.put("id", w.id());
            node.put("name", w.name());
            figures(node, w.figures());
        }
        ArrayNode curve = root.putArray("curve");
        for (CurvePeriod p : report.curve()) {
            ObjectNode node = curve.addObject();
            LinchpinJson.putDate(node, "from", p.from());
            LinchpinJson.putDate(node, "to", p.to());
            putMoney(node, "pv", p.pv());
            putMoney(node, "ev", p.ev());
            putMoney(node, "ac", p.ac());
            putMoney(node, "cumulativePv", p.cumulativePv());
            putMoney(node, "cumulativeEv", p.cumulativeEv());
            putMoney(node, "cumulativeAc", p.cumulativeAc());
        }
        return root;
    }

    private static void figures(ObjectNode node, EarnedValueFigures f) {
        putMoney(node, "bac", f.bac());
        putMoney(node, "pv", f.pv());
        putMoney(node, "ev", f.ev());
        putMoney(node, "ac", f.ac());
        putMoney(node, "sv", f.sv());
        putMoney(node, "cv", f.cv());
        putIndex(node, "spi", f.spi());
        putIndex(node, "cpi", f.cpi());
        ObjectNode eac = node.putObject("eac");
        putMoney(eac, "cpi", f.eacCpi());
        putMoney(eac, "atBudgetRate", f.eacAtBudgetRate());
        putMoney(eac, "composite", f.eacComposite());
        putMoney(node, "etc", f.etc());
        putMoney(node, "vac", f.vac());
        ObjectNode tcpi = node.putObject("tcpi");
        putIndex(tcpi, "bac", f.tcpiBac());
        putIndex(tcpi, "eac", f.tcpiEac());
    }

    private static void putMoney(ObjectNode node, String field, BigDecimal value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.toPlainString());
        }
    }

    private static void putIndex(ObjectNode node, String field, BigDecimal value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}

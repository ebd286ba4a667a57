package io.linchpin.files;

import io.linchpin.engine.forecast.FinishDistribution;
import io.linchpin.engine.forecast.Forecast;
import io.linchpin.engine.forecast.HistogramBin;
import io.linchpin.engine.forecast.MilestoneForecast;
import io.linchpin.engine.forecast.Percentile;
import io.linchpin.engine.forecast.TaskRisk;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The stable JSON form of a Monte Carlo forecast, as {@code linchpin forecast --json} prints it (see the README). */
public final class ForecastJson {

    private ForecastJson() {
    }

    public static String write(Forecast forecast) {
        return LinchpinJson.MAPPER.writeValueAsString(toJson(forecast));
    }

    public static ObjectNode toJson(Forecast forecast) {
        ObjectNode root = LinchpinJson.MAPPER.createObjectNode();
        root.put("iterations", forecast.iterations());
        root.put("seed", forecast.seed());
        distribution(root.putObject("finish"), forecast.finish());
        ArrayNode milestones = root.putArray("milestones");
        for (MilestoneForecast m : forecast.milestones()) {
            ObjectNode node = milestones.addObject();
            node.put("id", m.id());
            node.put("name", m.name());
            LinchpinJson.putDate(node, "deadline", m.deadline());
            if (m.probabilityOnTime() == null) {
                node.putNull("probabilityOnTime");
            } else {
                node.put("probabilityOnTime", m.probabilityOnTime());
            }
            distribution(node, m.finish());
        }
        ArrayNode tasks = root.putArray("tasks");
        for (TaskRisk t : forecast.tasks()) {
            ObjectNode node = tasks.addObject();
            node.put("id", t.id());
            node.put("name", t.name());
            node.put("criticality", t.criticality());
            if (t.sensitivity() == null) {
                node.putNull("sensitivity");
            } else {
                node.put("sensitivity", t.sensitivity());
            }
        }
        return root;
    }

    private static void distribution(ObjectNode node, FinishDistribution d) {
        LinchpinJson.putDate(node, "deterministic", d.deterministic());
        LinchpinJson.putDate(node, "mean", d.mean());
        node.put("meanWorkingDays", d.meanWorkingDays());
        node.put("stdevWorkingDays", d.stdevWorkingDays());
        ObjectNode percentiles = node.putObject("percentiles");
        for (Percentile p : d.percentiles()) {
            point(percentiles.putObject("p" + p.percent()), p);
        }
        node.put("binWorkingDays", d.binWorkingDays());
        ArrayNode histogram = node.putArray("histogram");
        for (HistogramBin b : d.histogram()) {
            ObjectNode bin = histogram.addObject();
            bin.put("workingDays", b.workingDays());
            bin.put("count", b.count());
        }
        ArrayNode cumulative = node.putArray("cumulative");
        for (Percentile p : d.cumulative()) {
            ObjectNode c = cumulative.addObject();
            c.put("probability", p.percent() / 100.0);
            point(c, p);
        }
    }

    private static void point(ObjectNode node, Percentile p) {
        LinchpinJson.putDate(node, "date", p.date());
        node.put("workingDays", p.workingDays());
    }
}

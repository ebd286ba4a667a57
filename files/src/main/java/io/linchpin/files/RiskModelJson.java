package io.linchpin.files;

import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.forecast.Distribution;
import io.linchpin.engine.forecast.Estimate;
import io.linchpin.engine.forecast.RankCorrelation;
import io.linchpin.engine.forecast.RiskEvent;
import io.linchpin.engine.forecast.RiskImpact;
import io.linchpin.engine.forecast.RiskModel;
import io.linchpin.engine.forecast.Uncertainty;
import io.linchpin.engine.plan.InvalidPlanException;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The forecasting fields of a {@code linchpin/1} file (see the README): each task's
 * {@code estimate}, and the plan's {@code uncertainty}, {@code risks} and {@code correlations}.
 * Durations are written as the task's own duration is, on the task's calendar.
 */
public final class RiskModelJson {

    private RiskModelJson() {
    }

    /**
     * Reads the risk model of a plan read from the same file.
     *
     * @throws ProjectFileException naming the JSON path of the field that is missing or wrong
     */
    public static RiskModel read(Path file, Plan plan) {
        return new Fields(file, plan).read(LinchpinJson.tree(file));
    }

    private static final class Fields {
        private final LinchpinJson.Reader reader;
        private final Plan plan;

        Fields(Path file, Plan plan) {
            this.reader = new LinchpinJson.Reader(file);
            this.plan = plan;
        }

        RiskModel read(JsonNode root) {
            RiskModel.Builder model = RiskModel.builder();
            JsonNode tasks = root.get("tasks");
            for (int i = 0; i < plan.tasks().size(); i++) {
                JsonNode estimate = tasks.get(i).get("estimate");
                if (estimate != null && !estimate.isNull()) {
                    Task t = plan.tasks().get(i);
                    model.estimate(t.id(), estimate(estimate, "$.tasks[" + i + "].estimate", t));
                }
            }
            JsonNode uncertainty = root.get("uncertainty");
            if (uncertainty != null && !uncertainty.isNull()) {
                model.uncertainty(uncertainty(uncertainty, "$.uncertainty"));
            }
            JsonNode risks = root.get("risks");
            if (risks != null && !risks.isNull()) {
                reader.requireArray(risks, "$.risks");
                for (int r = 0; r < risks.size(); r++) {
                    model.risk(risk(risks.get(r), "$.risks[" + r + "]"));
                }
            }
            JsonNode correlations = root.get("correlations");
            if (correlations != null && !correlations.isNull()) {
                reader.requireArray(correlations, "$.correlations");
                for (int c = 0; c < correlations.size(); c++) {
                    model.correlation(correlation(correlations.get(c), "$.correlations[" + c + "]"));
                }
            }
            try {
                return model.build();
            } catch (InvalidPlanException e) {
                throw reader.error("$", e.getMessage());
            }
        }

        private Estimate estimate(JsonNode node, String path, Task task) {
            requireObject(node, path);
            double a = duration(node, "optimistic", path, task);
            double m = duration(node, "mostLikely", path, task);
            double b = duration(node, "pessimistic", path, task);
            Distribution d = distribution(node, path);
            try {
                return new Estimate(a, m, b, d);
            } catch (IllegalArgumentException e) {
                throw reader.error(path, e.getMessage());
            }
        }

        private double duration(JsonNode node, String field, String path, Task task) {
            String at = path + "." + field;
            String text = reader.text(node, field, at, true);
            WorkCalendar calendar = plan.calendar(task.calendar() == null ? plan.calendarId() : task.calendar());
            LinchpinJson.Reader.Amount amount = reader.amount(text, at, calendar, false);
            if (amount.elapsed() != task.elapsed()) {
                throw reader.error(at, task + (task.elapsed() ? " has an elapsed duration: use em, eh, ed or ew"
                        : " has a working duration: use m, h, d or w") + ", not \"" + text + "\"");
            }
            if (amount.minutes() < 0) {
                throw reader.error(at, "must not be negative");
            }
            return amount.minutes();
        }

        private Distribution distribution(JsonNode node, String path) {
            String name = reader.text(node, "distribution", path + ".distribution", false);
            if (name == null) {
                return Distribution.TRIANGULAR;
            }
            try {
                return Distribution.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw reader.error(path + ".distribution", "expected triangular, pert, uniform, normal or lognormal, got \"" + name + "\"");
            }
        }

        private Uncertainty uncertainty(JsonNode node, String path) {
            requireObject(node, path);
            double optimistic = requiredNumber(node, "optimistic", path);
            double pessimistic = requiredNumber(node, "pessimistic", path);
            double mostLikely = reader.number(node, "mostLikely", path, 1);
            try {
                return new Uncertainty(optimistic, mostLikely, pessimistic, distribution(node, path));
            } catch (IllegalArgumentException e) {
                throw reader.error(path, e.getMessage());
            }
        }

        private RiskEvent risk(JsonNode node, String path) {
            requireObject(node, path);
            String id = reader.text(node, "id", path + ".id", true);
            double probability = requiredNumber(node, "probability", path);
            JsonNode impacts = node.get("impacts");
            if (impacts == null || impacts.isNull()) {
                throw reader.error(path + ".impacts", "missing");
            }
            reader.requireArray(impacts, path + ".impacts");
            List<RiskImpact> out = new ArrayList<>();
            for (int k = 0; k < impacts.size(); k++) {
                String at = path + ".impacts[" + k + "]";
                JsonNode impact = impacts.get(k);
                requireObject(impact, at);
                String taskId = reader.text(impact, "task", at + ".task", true);
                Task task = plan.task(taskId);
                if (task == null) {
                    throw reader.error(at + ".task", "no task '" + taskId + "'");
                }
                JsonNode add = impact.get("add");
                if (add == null || add.isNull()) {
                    throw reader.error(at + ".add", "missing");
                }
                Estimate added = add.isObject() ? estimate(add, at + ".add", task) : Estimate.fixed(duration(impact, "add", at, task));
                out.add(new RiskImpact(taskId, added));
            }
            try {
                return new RiskEvent(id, probability, out);
            } catch (IllegalArgumentException e) {
                throw reader.error(path, e.getMessage());
            }
        }

        private RankCorrelation correlation(JsonNode node, String path) {
            requireObject(node, path);
            JsonNode tasks = node.get("tasks");
            if (tasks == null || tasks.isNull()) {
                throw reader.error(path + ".tasks", "missing");
            }
            reader.requireArray(tasks, path + ".tasks");
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < tasks.size(); k++) {
                if (!tasks.get(k).isString()) {
                    throw reader.error(path + ".tasks[" + k + "]", "expected a task id");
                }
                ids.add(tasks.get(k).stringValue());
            }
            try {
                return new RankCorrelation(ids, requiredNumber(node, "coefficient", path));
            } catch (IllegalArgumentException e) {
                throw reader.error(path, e.getMessage());
            }
        }

        private double requiredNumber(JsonNode node, String field, String path) {
            if (node.get(field) == null || node.get(field).isNull()) {
                throw reader.error(path + "." + field, "missing");
            }
            return reader.number(node, field, path, 0);
        }

        private void requireObject(JsonNode node, String path) {
            if (!node.isObject()) {
                throw reader.error(path, "expected an object");
            }
        }
    }
}

package io.linchpin.files;

import io.linchpin.engine.evm.CostModel;
import io.linchpin.engine.evm.TaskCost;
import io.linchpin.engine.plan.InvalidPlanException;
import io.linchpin.engine.plan.Plan;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The earned value fields of a {@code linchpin/1} file (see the README): the plan's
 * {@code currency}, and each task's {@code budget}, {@code actualCost}, {@code baseline} and
 * {@code budgetProfile}. Money is a decimal string such as {@code "1000.00"}, never a JSON number,
 * so that no amount passes through binary floating point.
 */
public final class CostModelJson {

    private CostModelJson() {
    }

    /**
     * Reads the cost model of a plan read from the same file.
     *
     * @throws ProjectFileException naming the JSON path of the field that is missing or wrong
     */
    public static CostModel read(Path file, Plan plan) {
        LinchpinJson.Reader reader = new LinchpinJson.Reader(file);
        JsonNode root = LinchpinJson.tree(file);
        CostModel.Builder model = CostModel.builder();
        String code = reader.text(root, "currency", "$.currency", false);
        if (code != null) {
            try {
                model.currency(Currency.getInstance(code));
            } catch (IllegalArgumentException e) {
                throw reader.error("$.currency", "\"" + code + "\" is not an ISO 4217 currency code such as \"USD\"");
            }
        }
        JsonNode tasks = root.get("tasks");
        for (int i = 0; i < plan.tasks().size(); i++) {
            JsonNode node = tasks.get(i);
            String path = "$.tasks[" + i + "]";
            BigDecimal budget = money(reader, node, "budget", path);
            BigDecimal actualCost = money(reader, node, "actualCost", path);
            JsonNode baseline = node.get("baseline");
            JsonNode profile = node.get("budgetProfile");
            if (budget == null && actualCost == null && (baseline == null || baseline.isNull()) && (profile == null || profile.isNull())) {
                continue;
            }
            LocalDateTime start = null;
            LocalDateTime finish = null;
            if (baseline != null && !baseline.isNull()) {
                if (!baseline.isObject()) {
                    throw reader.error(path + ".baseline", "expected an object with a start and a finish");
                }
                start = reader.dateTime(baseline, "start", path + ".baseline.start", true);
                finish = reader.dateTime(baseline, "finish", path + ".baseline.finish", true);
            }
            try {
                model.cost(new TaskCost(plan.tasks().get(i).id(), budget, actualCost, start, finish, weights(reader, profile, path)));
            } catch (IllegalArgumentException e) {
                throw reader.error(path, e.getMessage());
            }
        }
        try {
            return model.build();
        } catch (InvalidPlanException e) {
            throw reader.error("$", e.getMessage());
        }
    }

    private static BigDecimal money(LinchpinJson.Reader reader, JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        String at = path + "." + field;
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw reader.error(at, "write money as a decimal string such as \"1000.00\", got " + v);
        }
        try {
            return new BigDecimal(v.stringValue().trim());
        } catch (NumberFormatException e) {
            throw reader.error(at, "\"" + v.stringValue() + "\" is not a decimal amount such as \"1000.00\"");
        }
    }

    private static List<BigDecimal> weights(LinchpinJson.Reader reader, JsonNode profile, String path) {
        List<BigDecimal> out = new ArrayList<>();
        if (profile == null || profile.isNull()) {
            return out;
        }
        reader.requireArray(profile, path + ".budgetProfile");
        for (int k = 0; k < profile.size(); k++) {
            JsonNode w = profile.get(k);
            if (!w.isNumber()) {
                throw reader.error(path + ".budgetProfile[" + k + "]", "expected a number, got " + w);
            }
            out.add(w.decimalValue());
        }
        return out;
    }
}

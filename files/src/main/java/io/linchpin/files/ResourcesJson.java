package io.linchpin.files;

import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.CostRate;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Project;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.ResourceType;
import io.linchpin.engine.plan.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The resource fields of {@code linchpin/1} (see the README): the plan's {@code resources} and
 * {@code projects}, and each task's {@code priority} and {@code assignments}. A cost rate's money
 * is a decimal string, in the rate's own currency or else the plan's {@code currency}.
 */
final class ResourcesJson {

    private ResourcesJson() {
    }

    /** Writes the plan's resources and projects, if it has any. */
    static void write(Plan plan, ObjectNode root) {
        if (!plan.resources().isEmpty()) {
            ArrayNode resources = root.putArray("resources");
            for (Resource r : plan.resources()) {
                ObjectNode node = resources.addObject();
                node.put("id", r.id());
                if (!r.name().equals(r.id())) {
                    node.put("name", r.name());
                }
                node.put("type", r.type().name().toLowerCase(Locale.ROOT));
                if (r.isWork()) {
                    node.put("maxUnits", r.maxUnits());
                    if (r.calendar() != null) {
                        node.put("calendar", r.calendar());
                    }
                }
                if (r.rate() != null) {
                    ObjectNode rate = node.putObject("rate");
                    rate.put("amount", r.rate().amount().toPlainString());
                    rate.put("currency", r.rate().currency().getCurrencyCode());
                    rate.put("per", r.rate().per().name().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!plan.projects().isEmpty()) {
            ArrayNode projects = root.putArray("projects");
            for (Project p : plan.projects()) {
                ObjectNode node = projects.addObject();
                node.put("id", p.id());
                if (!p.name().equals(p.id())) {
                    node.put("name", p.name());
                }
                node.put("priority", p.priority());
                ArrayNode tasks = node.putArray("tasks");
                p.tasks().forEach(tasks::add);
            }
        }
    }

    /** Writes a task's priority (unless the default) and assignments (if any). */
    static void writeTask(Plan plan, Task t, ObjectNode node) {
        if (t.priority() != Project.DEFAULT_PRIORITY) {
            node.put("priority", t.priority());
        }
        List<Assignment> own = plan.assignments().stream().filter(a -> a.task().equals(t.id())).toList();
        if (!own.isEmpty()) {
            ArrayNode assignments = node.putArray("assignments");
            for (Assignment a : own) {
                ObjectNode x = assignments.addObject();
                x.put("resource", a.resource());
                x.put("units", a.units());
            }
        }
    }

    /** Reads a task's priority into its builder. */
    static void readPriority(LinchpinJson.Reader reader, JsonNode node, String path, Task.Builder b) {
        JsonNode v = node.get("priority");
        if (v == null || v.isNull()) {
            return;
        }
        if (!v.isIntegralNumber()) {
            throw reader.error(path + ".priority", "expected a whole number from 0 to 1000, got " + v);
        }
        try {
            b.priority(v.intValue());
        } catch (IllegalArgumentException e) {
            throw reader.error(path + ".priority", e.getMessage());
        }
    }

    /** Reads the plan's resources, every task's assignments and the projects. */
    static void read(LinchpinJson.Reader reader, JsonNode root, Plan.Builder plan, List<String> taskIds) {
        String planCurrency = reader.text(root, "currency", "$.currency", false);
        Set<String> resourceIds = new HashSet<>();
        JsonNode resources = root.get("resources");
        if (resources != null && !resources.isNull()) {
            reader.requireArray(resources, "$.resources");
            for (int i = 0; i < resources.size(); i++) {
                Resource r = resource(reader, resources.get(i), "$.resources[" + i + "]", planCurrency);
                if (!resourceIds.add(r.id())) {
                    throw reader.error("$.resources[" + i + "].id", "resource id '" + r.id() + "' is used twice");
                }
                plan.addResource(r);
            }
        }
        JsonNode tasks = root.get("tasks");
        for (int i = 0; i < tasks.size(); i++) {
            JsonNode assignments = tasks.get(i).get("assignments");
            if (assignments == null || assignments.isNull()) {
                continue;
            }
            String path = "$.tasks[" + i + "].assignments";
            reader.requireArray(assignments, path);
            for (int k = 0; k < assignments.size(); k++) {
                String at = path + "[" + k + "]";
                JsonNode a = assignments.get(k);
                String resource = reader.text(a, "resource", at + ".resource", true);
                if (!resourceIds.contains(resource)) {
                    throw reader.error(at + ".resource", "no resource '" + resource + "' in $.resources");
                }
                try {
                    plan.addAssignment(new Assignment(taskIds.get(i), resource, reader.number(a, "units", at, 1)));
                } catch (IllegalArgumentException e) {
                    throw reader.error(at + ".units", e.getMessage());
                }
            }
        }
        JsonNode projects = root.get("projects");
        if (projects != null && !projects.isNull()) {
            reader.requireArray(projects, "$.projects");
            for (int i = 0; i < projects.size(); i++) {
                plan.addProject(project(reader, projects.get(i), "$.projects[" + i + "]", taskIds));
            }
        }
    }

    private static Resource resource(LinchpinJson.Reader reader, JsonNode node, String path, String planCurrency) {
        if (!node.isObject()) {
            throw reader.error(path, "expected a resource object");
        }
        String id = reader.text(node, "id", path + ".id", true);
        String typeText = reader.text(node, "type", path + ".type", false);
        ResourceType type = typeText == null ? ResourceType.WORK : reader.enumValue(ResourceType.class, typeText, path + ".type");
        try {
            Resource r = new Resource(id, reader.text(node, "name", path + ".name", false), type,
                    reader.number(node, "maxUnits", path, type == ResourceType.WORK ? 1 : 0), reader.text(node, "calendar",
                            path + ".calendar", false), null);
            JsonNode rate = node.get("rate");
            return rate == null || rate.isNull() ? r : r.withRate(rate(reader, rate, path + ".rate", planCurrency, type));
        } catch (IllegalArgumentException e) {
            throw reader.error(path, e.getMessage());
        }
    }

    private static CostRate rate(LinchpinJson.Reader reader, JsonNode node, String path, String planCurrency, ResourceType type) {
        JsonNode amount = node.get("amount");
        if (amount == null || !amount.isString()) {
            throw reader.error(path + ".amount", "write money as a decimal string such as \"85.00\", got " + amount);
        }
        BigDecimal money;
        try {
            money = new BigDecimal(amount.stringValue().trim());
        } catch (NumberFormatException e) {
            throw reader.error(path + ".amount", "\"" + amount.stringValue() + "\" is not a decimal amount such as \"85.00\"");
        }
        String code = reader.text(node, "currency", path + ".currency", false);
        code = code != null ? code : planCurrency;
        if (code == null) {
            throw reader.error(path + ".currency", "missing: give the rate a currency or the plan a \"currency\"");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw reader.error(path + ".currency", "\"" + code + "\" is not an ISO 4217 currency code such as \"EUR\"");
        }
        String per = reader.text(node, "per", path + ".per", false);
        CostRate.Per unit = per != null ? reader.enumValue(CostRate.Per.class, per, path + ".per")
                : type == ResourceType.MATERIAL ? CostRate.Per.UNIT : CostRate.Per.HOUR;
        try {
            return new CostRate(money, currency, unit);
        } catch (IllegalArgumentException e) {
            throw reader.error(path, e.getMessage());
        }
    }

    private static Project project(LinchpinJson.Reader reader, JsonNode node, String path, List<String> taskIds) {
        String id = reader.text(node, "id", path + ".id", true);
        JsonNode tasks = node.get("tasks");
        if (tasks == null || !tasks.isArray()) {
            throw reader.error(path + ".tasks", "expected an array of task ids (a summary stands for the tasks below it)");
        }
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < tasks.size(); k++) {
            String task = tasks.get(k).isString() ? tasks.get(k).stringValue() : null;
            if (task == null || !taskIds.contains(task)) {
                throw reader.error(path + ".tasks[" + k + "]", "no task " + tasks.get(k) + " in $.tasks");
            }
            ids.add(task);
        }
        JsonNode priority = node.get("priority");
        if (priority != null && !priority.isNull() && !priority.isIntegralNumber()) {
            throw reader.error(path + ".priority", "expected a whole number from 0 to 1000, got " + priority);
        }
        try {
            return new Project(id, reader.text(node, "name", path + ".name", false),
                    priority == null || priority.isNull() ? Project.DEFAULT_PRIORITY : priority.intValue(), ids);
        } catch (IllegalArgumentException e) {
            throw reader.error(path, e.getMessage());
        }
    }
}

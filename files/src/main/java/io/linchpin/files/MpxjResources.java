package io.linchpin.files;

import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.CostRate;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.ResourceType;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.mpxj.Availability;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Rate;
import org.mpxj.ResourceAssignment;
import org.mpxj.TimeUnit;
import org.mpxj.WorkContour;

/**
 * Maps an MPXJ file's resources, their calendars and cost rates, its resource assignments and its
 * task priorities onto the engine's plan, and notes what it approximates: cost resources, overtime
 * rates and costs per use, max units that change over time, work contours and assignment delays,
 * assignments to summaries.
 */
final class MpxjResources {

    private static final int EXAMPLES = 3;

    private final ProjectFile file;
    private final RuleSet rules;
    private final Function<ProjectCalendar, String> calendarIds;
    private final Map<org.mpxj.Task, String> taskIds;
    private final Map<org.mpxj.Resource, Resource> resources = new LinkedHashMap<>();
    private final Map<List<String>, Double> units = new LinkedHashMap<>();
    private final Map<String, Integer> priorities = new LinkedHashMap<>();
    /** What was approximated, by kind, with the names it concerns. */
    private final Map<String, List<String>> losses = new TreeMap<>();

    /**
     * @param calendarIds registers a calendar with the plan being built and gives its id
     * @param taskIds     the id of every task the plan keeps
     */
    MpxjResources(ProjectFile file, RuleSet rules, Function<ProjectCalendar, String> calendarIds,
            Map<org.mpxj.Task, String> taskIds) {
        this.file = file;
        this.rules = rules;
        this.calendarIds = calendarIds;
        this.taskIds = taskIds;
        mapResources();
        mapAssignments();
        for (Map.Entry<org.mpxj.Task, String> e : taskIds.entrySet()) {
            if (e.getKey().getPriority() != null) {
                priorities.put(e.getValue(), Math.max(0, Math.min(1000, e.getKey().getPriority().getValue())));
            }
        }
    }

    List<Resource> resources() {
        return List.copyOf(resources.values());
    }

    List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>();
        units.forEach((key, value) -> out.add(new Assignment(key.get(0), key.get(1), value)));
        return out;
    }

    /** The tasks with their priorities from the file. */
    List<Task> withPriorities(List<Task> tasks) {
        List<Task> out = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            Integer p = priorities.get(t.id());
            out.add(p == null || p == t.priority() ? t : t.toBuilder().priority(p).build());
        }
        return out;
    }

    /** One line per kind of approximation, naming a few of the resources or tasks it concerns. */
    List<String> losses() {
        List<String> out = new ArrayList<>();
        losses.forEach((kind, names) -> out.add(kind.replace("%d", String.valueOf(names.size())) + ": "
                + String.join(", ", names.subList(0, Math.min(EXAMPLES, names.size())))
                + (names.size() > EXAMPLES ? ", ..." : "")));
        return out;
    }

    private void note(String kind, String name) {
        losses.computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
    }

    private void mapResources() {
        Set<String> used = new HashSet<>();
        for (org.mpxj.Resource r : file.getResources()) {
            if (r.getName() == null && (r.getID() == null || r.getID() == 0)) {
                continue;
            }
            String id = rules == RuleSet.P6 && r.getResourceID() != null ? r.getResourceID()
                    : r.getID() != null ? String.valueOf(r.getID()) : "UID" + r.getUniqueID();
            if (!used.add(id)) {
                id = "UID" + r.getUniqueID();
                used.add(id);
            }
            String name = r.getName() == null ? id : r.getName();
            String label = "resource " + id + " '" + name + "'";
            if (r.getType() == org.mpxj.ResourceType.COST) {
                note("%d cost resource(s) left out (Linchpin's budgets are per task)", label);
                continue;
            }
            boolean work = r.getType() != org.mpxj.ResourceType.MATERIAL;
            double maxUnits = r.getMaxUnits() == null ? 1 : r.getMaxUnits().doubleValue() / 100;
            if (work && r.getAvailability() != null && r.getAvailability().size() > 1) {
                double most = r.getAvailability().stream().map(Availability::getUnits).filter(u -> u != null)
                        .mapToDouble(Number::doubleValue).max().orElse(maxUnits * 100) / 100;
                note("%d resource(s) whose max units change over time are taken at their highest", label);
                maxUnits = most;
            }
            Resource mapped = new Resource(id, name, work ? ResourceType.WORK : ResourceType.MATERIAL, maxUnits,
                    work && r.getCalendar() != null ? calendarIds.apply(r.getCalendar()) : null, null);
            resources.put(r, mapped.withRate(rate(r, work, label)));
            if (r.getOvertimeRate() != null && r.getOvertimeRate().getAmount() != 0) {
                note("%d overtime rate(s) left out", label);
            }
            if (r.getCostPerUse() != null && r.getCostPerUse().doubleValue() != 0) {
                note("%d cost(s) per use left out", label);
            }
        }
    }

    private CostRate rate(org.mpxj.Resource r, boolean work, String label) {
        Rate rate = r.getStandardRate();
        if (rate == null) {
            return null;
        }
        String code = r.getCurrency() != null && r.getCurrency().getCurrencyID() != null ? r.getCurrency().getCurrencyID()
                : file.getProjectProperties().getCurrencyCode();
        Currency currency;
        try {
            currency = code == null ? null : Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            currency = null;
        }
        if (currency == null) {
            if (rate.getAmount() != 0) {
                note("%d cost rate(s) left out: the file names no ISO currency", label);
            }
            return null;
        }
        BigDecimal amount = BigDecimal.valueOf(rate.getAmount());
        if (!work) {
            return new CostRate(amount, currency, CostRate.Per.UNIT);
        }
        TimeUnit unit = rate.getUnits() == null ? TimeUnit.HOURS : rate.getUnits();
        switch (unit) {
            case MINUTES:
            case ELAPSED_MINUTES:
                return new CostRate(amount.multiply(BigDecimal.valueOf(60)), currency, CostRate.Per.HOUR);
            case DAYS:
            case ELAPSED_DAYS:
                return new CostRate(amount, currency, CostRate.Per.DAY);
            case WEEKS:
            case ELAPSED_WEEKS:
                return new CostRate(amount, currency, CostRate.Per.WEEK);
            case MONTHS:
            case ELAPSED_MONTHS:
                return new CostRate(amount, currency, CostRate.Per.MONTH);
            case YEARS:
            case ELAPSED_YEARS:
                return new CostRate(amount, currency, CostRate.Per.YEAR);
            default:
                return new CostRate(amount, currency, CostRate.Per.HOUR);
        }
    }

    private void mapAssignments() {
        for (ResourceAssignment a : file.getResourceAssignments()) {
            Resource r = resources.get(a.getResource());
            String task = taskIds.get(a.getTask());
            if (r == null || task == null) {
                continue;
            }
            String label = "task " + task + " / " + r.id();
            if (a.getTask().hasChildTasks()) {
                note("%d assignment(s) to summary tasks left out", label);
                continue;
            }
            double quantity = a.getUnits() == null ? (r.isWork() ? 1 : 0) : a.getUnits().doubleValue() / (r.isWork() ? 100 : 1);
            if (!(quantity > 0)) {
                continue;
            }
            if (a.getWorkContour() != null && a.getWorkContour() != WorkContour.FLAT) {
                note("%d assignment(s) with a work contour are held flat", label);
            }
            if (a.getDelay() != null && a.getDelay().getDuration() != 0) {
                note("%d assignment delay(s) ignored: the resource works for the task's whole duration", label);
            }
            List<String> key = List.of(task, r.id());
            if (units.containsKey(key)) {
                note("%d task(s) with one resource assigned twice: the units are added", label);
            }
            units.merge(key, quantity, Double::sum);
        }
    }
}

package io.linchpin.files;

import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.resource.LeveledPlan;
import io.linchpin.engine.resource.LeveledTask;
import io.linchpin.engine.resource.ResourceHistogram;
import io.linchpin.engine.resource.ResourceLoad;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stable JSON form of a leveled plan, as {@code linchpin level --json} prints it (see the
 * README): the project's dates and length in working days before and after leveling, the search,
 * every task without children with its leveled dates and leveling delay, and every work resource
 * with its max units and the most units it holds at once after leveling.
 */
public final class LevelingJson {

    private LevelingJson() {
    }

    public static String write(LeveledPlan leveled) {
        return LinchpinJson.MAPPER.writeValueAsString(toJson(leveled));
    }

    public static ObjectNode toJson(LeveledPlan l) {
        ObjectNode root = LinchpinJson.MAPPER.createObjectNode();
        ObjectNode project = root.putObject("project");
        LinchpinJson.putDate(project, "start", l.leveled().start());
        LinchpinJson.putDate(project, "finish", l.leveled().finish());
        project.put("makespanWorkingDays", l.workingDays(l.leveled().finish()));
        project.put("criticalPathWorkingDays", l.workingDays(l.unleveled().finish()));
        root.put("schedulesEvaluated", l.schedulesEvaluated());
        root.put("seconds", l.elapsed().toNanos() / 1e9);
        root.put("seed", l.seed());
        ArrayNode tasks = root.putArray("tasks");
        for (LeveledTask t : l.tasks()) {
            ObjectNode n = tasks.addObject();
            n.put("id", t.id());
            if (t.uniqueId() == null) {
                n.putNull("uniqueId");
            } else {
                n.put("uniqueId", t.uniqueId());
            }
            LinchpinJson.putDate(n, "start", t.start());
            LinchpinJson.putDate(n, "finish", t.finish());
            n.put("startWorkingDays", l.workingDays(t.start()));
            n.put("finishWorkingDays", l.workingDays(t.finish()));
            n.put("levelingDelayMinutes", t.levelingDelayMinutes());
        }
        ArrayNode resources = root.putArray("resources");
        ResourceHistogram histogram = ResourceHistogram.of(l.plan(), l.leveled(), ResourceHistogram.Bucket.MONTH);
        for (ResourceLoad load : histogram.resources()) {
            Resource r = load.resource();
            if (r.isWork()) {
                ObjectNode n = resources.addObject();
                n.put("id", r.id());
                n.put("capacity", r.maxUnits());
                n.put("peakDemand", load.peakUnits());
            }
        }
        return root;
    }
}

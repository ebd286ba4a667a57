package io.linchpin.files;

import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.TaskSchedule;
import java.time.LocalDateTime;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The stable JSON form of a computed schedule, as {@code linchpin schedule --json} prints it. */
public final class ScheduleJson {

    private ScheduleJson() {
    }

    public static String write(Schedule schedule) {
        return LinchpinJson.MAPPER.writeValueAsString(toJson(schedule));
    }

    public static ObjectNode toJson(Schedule schedule) {
        ObjectNode root = LinchpinJson.MAPPER.createObjectNode();
        ObjectNode project = root.putObject("project");
        project.put("name", schedule.plan().name());
        project.put("rules", schedule.rules() == RuleSet.P6 ? "p6" : "msproject");
        put(project, "start", schedule.start());
        put(project, "finish", schedule.finish());
        put(project, "statusDate", schedule.plan().statusDate());
        ArrayNode tasks = root.putArray("tasks");
        for (TaskSchedule t : schedule.tasks()) {
            ObjectNode n = tasks.addObject();
            n.put("id", t.id());
            if (t.uniqueId() == null) {
                n.putNull("uniqueId");
            } else {
                n.put("uniqueId", t.uniqueId());
            }
            n.put("name", t.name());
            n.put("summary", t.summary());
            n.put("milestone", t.milestone());
            put(n, "start", t.start());
            put(n, "finish", t.finish());
            put(n, "earlyStart", t.earlyStart());
            put(n, "earlyFinish", t.earlyFinish());
            put(n, "lateStart", t.lateStart());
            put(n, "lateFinish", t.lateFinish());
            n.put("totalFloatMinutes", t.totalFloatMinutes());
            n.put("freeFloatMinutes", t.freeFloatMinutes());
            n.put("critical", t.critical());
            ArrayNode drivers = n.putArray("drivingPredecessors");
            t.drivingPredecessors().forEach(drivers::add);
        }
        ArrayNode path = root.putArray("criticalPath");
        schedule.criticalPath().forEach(path::add);
        return root;
    }

    private static void put(ObjectNode node, String field, LocalDateTime value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, LinchpinJson.DATE_TIME.format(value));
        }
    }
}

package io.linchpin.engine.schedule;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The computed dates of one task.
 *
 * @param id the task's id
 * @param uniqueId the task's unique id from its source, else its position in the plan counted from 1
 * @param name the task's name
 * @param summary whether the task is a summary (its dates roll up from its children)
 * @param milestone whether the task is a milestone
 * @param start scheduled start: the actual start if started, else the early start (the late start for MS Project's ALAP tasks)
 * @param finish scheduled finish, likewise
 * @param earlyStart early start
 * @param earlyFinish early finish
 * @param lateStart late start
 * @param lateFinish late finish
 * @param totalFloatMinutes total float in working minutes of the task's calendar; negative when a constraint or deadline is missed
 * @param freeFloatMinutes how far the task can slip without delaying any successor, in working minutes
 * @param critical whether total float is at or below the plan's critical threshold
 * @param drivers what set the early start: the driving links, or the constraint, project start or progress
 */
public record TaskSchedule(String id, Long uniqueId, String name, boolean summary, boolean milestone, LocalDateTime start,
        LocalDateTime finish, LocalDateTime earlyStart, LocalDateTime earlyFinish, LocalDateTime lateStart,
        LocalDateTime lateFinish, int totalFloatMinutes, int freeFloatMinutes, boolean critical, List<Driver> drivers) {

    /** Ids of the driving predecessors. */
    public List<String> drivingPredecessors() {
        return drivers.stream().filter(d -> d.kind() == Driver.Kind.LINK).map(Driver::predecessor).distinct().toList();
    }
}

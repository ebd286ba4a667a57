package io.linchpin.engine.schedule;

import io.linchpin.engine.plan.Plan;

/**
 * Schedules a plan in one call: compile, run the forward and backward passes, read the dates.
 * For repeated runs of one plan (what-if, Monte Carlo) keep the {@link ScheduleNetwork} and a
 * {@link Workspace} instead.
 */
public final class Scheduler {

    private Scheduler() {
    }

    /**
     * Schedules a plan by its own rule set.
     *
     * @throws CycleException if the links form a loop
     * @throws io.linchpin.engine.calendar.OutsideCalendarRangeException if the schedule leaves the calendar range
     */
    public static Schedule schedule(Plan plan) {
        ScheduleNetwork network = ScheduleNetwork.compile(plan);
        Workspace ws = network.newWorkspace();
        network.run(ws);
        return Schedule.of(ws);
    }
}

package io.linchpin.engine.resource;

import java.time.LocalDateTime;

/**
 * One project of a leveled plan (or the plan itself, when it names no projects).
 *
 * @param id              the project's id (the plan's name for the plan's own project)
 * @param name            its name
 * @param priority        its leveling priority
 * @param start           the earliest start of its tasks
 * @param unleveledFinish the latest finish of its tasks before leveling
 * @param finish          the latest finish of its tasks after leveling
 * @param delayWorkingDays how far leveling moved its finish, in working days of the plan's calendar
 */
public record ProjectOutcome(String id, String name, int priority, LocalDateTime start, LocalDateTime unleveledFinish,
        LocalDateTime finish, double delayWorkingDays) {
}

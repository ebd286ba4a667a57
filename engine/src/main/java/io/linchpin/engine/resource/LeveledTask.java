package io.linchpin.engine.resource;

import java.time.LocalDateTime;

/**
 * One task of a leveled plan, beside its unleveled dates.
 *
 * @param id                    the task's id
 * @param uniqueId              its unique id (as in the schedule)
 * @param name                  its name
 * @param start                 leveled start (the actual start once started)
 * @param finish                leveled finish
 * @param unleveledStart        start before leveling
 * @param unleveledFinish       finish before leveling
 * @param levelingDelayMinutes  how far leveling moved the start, in working minutes of the task's calendar
 */
public record LeveledTask(String id, Long uniqueId, String name, LocalDateTime start, LocalDateTime finish,
        LocalDateTime unleveledStart, LocalDateTime unleveledFinish, int levelingDelayMinutes) {
}

package io.linchpin.engine.analysis;

import java.time.LocalDateTime;

/**
 * A milestone whose finish moved between two schedules of a plan.
 *
 * @param taskId the milestone's id
 * @param name the milestone's name
 * @param from its finish before
 * @param to its finish after
 * @param workingMinutes how far it moved, in working minutes of its calendar: positive when later
 * @param why the chain that drives it in the later schedule
 */
public record MilestoneMove(String taskId, String name, LocalDateTime from, LocalDateTime to, int workingMinutes, DateExplanation why) {

    /** Whether the milestone moved later. */
    public boolean slipped() {
        return to.isAfter(from);
    }
}

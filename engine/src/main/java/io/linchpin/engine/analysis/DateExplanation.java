package io.linchpin.engine.analysis;

import java.time.LocalDateTime;
import java.util.List;

/**
 * "Why this date?": the chain of what drives a task's early start, from the task back to where the
 * chain ends (the project start, the status date, progress, a constraint, manual dates or a
 * not-before time).
 *
 * @param taskId the task asked about
 * @param earlyStart its early start
 * @param steps the chain, the task first: each step's cause leads to the next step's task
 */
public record DateExplanation(String taskId, LocalDateTime earlyStart, List<ExplanationStep> steps) {

    public DateExplanation {
        steps = List.copyOf(steps);
    }

    /** What ends the chain: the cause of the last step. */
    public Cause origin() {
        return steps.get(steps.size() - 1).cause();
    }

    /** Ids of the tasks on the chain, the task asked about first. */
    public List<String> taskIds() {
        return steps.stream().map(ExplanationStep::taskId).toList();
    }

    /** One sentence per step, the task asked about first. */
    public String describe() {
        return String.join("\n", steps.stream().map(ExplanationStep::describe).toList());
    }
}

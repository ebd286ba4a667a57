package io.linchpin.engine.plan;

import java.util.Objects;

/**
 * A resource assigned to a task: the task holds {@code units} of the resource for as long as it
 * works (on the task's calendar).
 *
 * @param task     the task's id
 * @param resource the resource's id
 * @param units    how much of the resource: 2.0 for two electricians, 0.5 for half of one person's
 *                 time (MS Project's 200 %, 50 %); for material, the quantity used
 */
public record Assignment(String task, String resource, double units) {

    public Assignment {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(resource, "resource");
        if (!(units > 0) || Double.isInfinite(units)) {
            throw new IllegalArgumentException("task " + task + ": the units of " + resource + " must be a positive number, got " + units);
        }
    }
}

package io.linchpin.engine.plan;

import java.util.List;
import java.util.Objects;

/**
 * One of several projects in a plan that share its resources: leveling weighs projects by their
 * priority (a higher-priority project's finish is delayed last). A task belongs to the project that
 * names it or one of its summaries; tasks no project names form the plan's own project.
 *
 * @param id       the project's id (unique among the plan's projects)
 * @param name     the name shown, the id if none is given
 * @param priority 0 to 1000, higher first (MS Project's scale; 500 by default)
 * @param tasks    the ids of its tasks; a summary stands for every task below it
 */
public record Project(String id, String name, int priority, List<String> tasks) {

    /** The priority of a task or project that has none of its own (MS Project's default). */
    public static final int DEFAULT_PRIORITY = 500;

    public Project {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a project id must not be blank");
        }
        name = name == null ? id : name;
        checkPriority("project " + id, priority);
        tasks = List.copyOf(tasks);
    }

    static void checkPriority(String what, int priority) {
        if (priority < 0 || priority > 1000) {
            throw new IllegalArgumentException(what + ": priority must be from 0 to 1000, got " + priority);
        }
    }
}

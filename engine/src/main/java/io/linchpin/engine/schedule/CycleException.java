package io.linchpin.engine.schedule;

import java.util.List;

/** The links form a loop; {@link #tasks()} names the tasks on one such loop, in link order. */
public class CycleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> tasks;

    public CycleException(List<String> tasks) {
        super("links form a cycle: " + String.join(" -> ", tasks) + " -> " + tasks.get(0));
        this.tasks = List.copyOf(tasks);
    }

    public List<String> tasks() {
        return tasks;
    }
}

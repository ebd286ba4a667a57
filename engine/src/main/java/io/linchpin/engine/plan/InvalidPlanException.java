package io.linchpin.engine.plan;

import java.util.List;

/** A plan that cannot be scheduled as given; {@link #problems()} lists everything found wrong. */
public class InvalidPlanException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidPlanException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

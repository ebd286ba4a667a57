package io.linchpin.engine.analysis;

import java.util.List;

/**
 * One check of the DCMA 14-point assessment.
 *
 * @param number the check's number, 1 to 14
 * @param name the check's name
 * @param threshold the threshold, as DCMA states it ("≤ 5 %", "0", "≥ 0.95", ...)
 * @param outcome pass, fail or not applicable
 * @param value what was measured: a percentage of the population for the ratio checks, a count for
 *     the checks whose threshold is 0, the index for CPLI and BEI, the working days the project
 *     finish moved for the critical path test; 0 when not applicable
 * @param measured the measurement in words
 * @param count how many tasks (or, for checks 2 to 4, links) offend
 * @param population how many tasks (or links) the check looked at
 * @param tasks ids of the offending tasks, in plan order (for checks 2 to 4: the tasks holding the offending links)
 */
public record HealthCheck(int number, String name, String threshold, Outcome outcome, double value, String measured, int count,
        int population, List<String> tasks) {

    /** The result of a check. */
    public enum Outcome {
        PASS,
        FAIL,
        /** The plan has nothing the check could measure (no links, no resources, no baseline, no status date...). */
        NOT_APPLICABLE
    }

    public HealthCheck {
        tasks = List.copyOf(tasks);
    }
}

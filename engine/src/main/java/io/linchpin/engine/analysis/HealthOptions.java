package io.linchpin.engine.analysis;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * What a DCMA 14-point assessment measures against.
 *
 * @param statusDate the status (data) date, or {@code null} for the plan's own
 * @param baseline baseline dates by task id; empty when the plan has no baseline (checks 11 and 14
 *     are then not applicable, check 8 uses planned durations)
 * @param highFloatDays float above this many working days is high (DCMA: 44)
 * @param highDurationDays a duration above this many working days is high (DCMA: 44)
 * @param criticalPathDelayDays the delay the critical path test adds, in working days of the tested task's calendar
 * @param targetFinish the contract completion date CPLI measures the project's float to, or
 *     {@code null} for the total float of the task that finishes the critical path
 */
public record HealthOptions(LocalDateTime statusDate, Map<String, BaselineDates> baseline, int highFloatDays, int highDurationDays,
        int criticalPathDelayDays, LocalDateTime targetFinish) {

    /** The plan's status date, no baseline, DCMA's 44 days, a 600-day critical path test. */
    public static final HealthOptions DEFAULTS = new HealthOptions(null, Map.of(), 44, 44, 600, null);

    public HealthOptions {
        baseline = checked(baseline);
        positive("high float days", highFloatDays);
        positive("high duration days", highDurationDays);
        positive("critical path test delay days", criticalPathDelayDays);
    }

    /** A copy of a baseline map, refusing an entry without a task id or without dates. */
    static Map<String, BaselineDates> checked(Map<String, BaselineDates> baseline) {
        Objects.requireNonNull(baseline, "baseline");
        for (Map.Entry<String, BaselineDates> e : baseline.entrySet()) {
            if (e.getKey() == null) {
                throw new IllegalArgumentException("a baseline entry has no task id: " + e.getValue());
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("the baseline of task " + e.getKey() + " has no dates");
            }
        }
        return Map.copyOf(baseline);
    }

    private static void positive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }

    public HealthOptions withStatusDate(LocalDateTime value) {
        return new HealthOptions(value, baseline, highFloatDays, highDurationDays, criticalPathDelayDays, targetFinish);
    }

    public HealthOptions withBaseline(Map<String, BaselineDates> value) {
        return new HealthOptions(statusDate, value, highFloatDays, highDurationDays, criticalPathDelayDays, targetFinish);
    }

    public HealthOptions withHighFloatDays(int value) {
        return new HealthOptions(statusDate, baseline, value, highDurationDays, criticalPathDelayDays, targetFinish);
    }

    public HealthOptions withHighDurationDays(int value) {
        return new HealthOptions(statusDate, baseline, highFloatDays, value, criticalPathDelayDays, targetFinish);
    }

    public HealthOptions withCriticalPathDelayDays(int value) {
        return new HealthOptions(statusDate, baseline, highFloatDays, highDurationDays, value, targetFinish);
    }

    public HealthOptions withTargetFinish(LocalDateTime value) {
        return new HealthOptions(statusDate, baseline, highFloatDays, highDurationDays, criticalPathDelayDays, value);
    }
}

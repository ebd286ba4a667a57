package io.linchpin.engine.analysis;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A DCMA 14-point assessment of a schedule.
 *
 * @param statusDate the status date it was measured at, or {@code null} when there was none
 * @param checks the fourteen checks, in DCMA's order
 */
public record HealthReport(LocalDateTime statusDate, List<HealthCheck> checks) {

    public HealthReport {
        checks = List.copyOf(checks);
    }

    /** The check with this number (1 to 14). */
    public HealthCheck check(int number) {
        if (number < 1 || number > checks.size()) {
            throw new IllegalArgumentException("DCMA checks are numbered 1 to " + checks.size() + ", got " + number);
        }
        return checks.get(number - 1);
    }

    /** The checks that failed. */
    public List<HealthCheck> failed() {
        return checks.stream().filter(c -> c.outcome() == HealthCheck.Outcome.FAIL).toList();
    }
}

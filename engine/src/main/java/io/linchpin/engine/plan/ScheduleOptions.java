package io.linchpin.engine.plan;

import java.time.LocalDateTime;

/**
 * Scheduling options of a plan. {@code null} fields take the rule set's default.
 *
 * @param criticalFloatMinutes a task is critical when its total float is at most this many working minutes
 * @param honorConstraints MS Project's "tasks will always honor their constraint dates": constraints win over links
 * @param lagCalendar calendar of working lags for links that do not name one ({@code null}: rule set default)
 * @param progress how links act on out-of-sequence progress ({@code null}: retained logic)
 * @param floatBasis how total float is measured ({@code null}: MS Project smallest, P6 finish)
 * @param mustFinishBy the latest project finish, the late finish of open-ended tasks; {@code null} for the early finish
 */
public record ScheduleOptions(int criticalFloatMinutes, boolean honorConstraints, LagCalendar lagCalendar, ProgressMode progress,
        FloatBasis floatBasis, LocalDateTime mustFinishBy) {

    /** Critical at zero float, constraints honoured, everything else the rule set's default. */
    public static final ScheduleOptions DEFAULTS = new ScheduleOptions(0, true, null, null, null, null);

    public ScheduleOptions withCriticalFloatMinutes(int minutes) {
        return new ScheduleOptions(minutes, honorConstraints, lagCalendar, progress, floatBasis, mustFinishBy);
    }

    public ScheduleOptions withHonorConstraints(boolean value) {
        return new ScheduleOptions(criticalFloatMinutes, value, lagCalendar, progress, floatBasis, mustFinishBy);
    }

    public ScheduleOptions withLagCalendar(LagCalendar value) {
        return new ScheduleOptions(criticalFloatMinutes, honorConstraints, value, progress, floatBasis, mustFinishBy);
    }

    public ScheduleOptions withProgress(ProgressMode value) {
        return new ScheduleOptions(criticalFloatMinutes, honorConstraints, lagCalendar, value, floatBasis, mustFinishBy);
    }

    public ScheduleOptions withFloatBasis(FloatBasis value) {
        return new ScheduleOptions(criticalFloatMinutes, honorConstraints, lagCalendar, progress, value, mustFinishBy);
    }

    public ScheduleOptions withMustFinishBy(LocalDateTime value) {
        return new ScheduleOptions(criticalFloatMinutes, honorConstraints, lagCalendar, progress, floatBasis, value);
    }
}

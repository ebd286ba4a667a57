package io.linchpin.server.schedule;

import java.time.LocalDateTime;

import io.linchpin.server.projects.TaskRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How far a task is from its baseline, in working time of the task's calendar; positive is late
 * (or, for the duration, longer). Dates are the project's wall-clock time.
 */
public record BaselineVariance(TaskRef task, LocalDateTime baselineStart, LocalDateTime baselineFinish,
        @Schema(description = "Working minutes; absent for summaries (the working time between their dates)")
        Long baselineDurationMinutes,
        @Schema(description = "The scheduled start (the actual start once started)") LocalDateTime start,
        @Schema(description = "The scheduled finish (the actual finish once finished)") LocalDateTime finish,
        int startVarianceMinutes, int finishVarianceMinutes,
        @Schema(description = "The scheduled working time from start to finish less the baseline duration")
        int durationVarianceMinutes,
        @Schema(description = "In working days of the task's calendar") double startVarianceDays,
        double finishVarianceDays, double durationVarianceDays) {
}

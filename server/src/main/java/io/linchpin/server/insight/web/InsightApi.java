package io.linchpin.server.insight.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.insight.DateWhy;
import io.linchpin.server.insight.HealthView;
import io.linchpin.server.insight.LatestChange;
import io.linchpin.server.insight.ScheduleInsights;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Schedule insights", description = "Why a task has its date, what the last change moved, schedule health")
class InsightApi {

    private final ScheduleInsights insights;

    InsightApi(ScheduleInsights insights) {
        this.insights = insights;
    }

    @GetMapping("/api/v1/projects/{projectId}/tasks/{taskId}/why")
    @Operation(summary = "Why this date? The chain that drives the task's early start",
            description = "The task first; each step names its task, its early dates, its calendar and what set its "
                    + "start (a link with its type and lag, a constraint, the project start, progress or the status "
                    + "date, a summary's child), and the calendar gap its start was pushed across, if any.")
    DateWhy why(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, @PathVariable long taskId) {
        return insights.why(projectId, taskId, user);
    }

    @GetMapping("/api/v1/projects/{projectId}/health")
    @Operation(summary = "The DCMA 14-point assessment of the project's schedule",
            description = "Each check with its threshold, value, outcome (PASS, FAIL, NOT_APPLICABLE) and offending "
                    + "tasks, measured at the project's status date against its active baseline.")
    HealthView health(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        return insights.health(projectId, user);
    }

    @GetMapping("/api/v1/projects/{projectId}/changes/latest")
    @Operation(summary = "The latest change that moved milestones, and through which chain",
            description = "Each milestone it moved, from when to when, how far in working time, and the chain that "
                    + "drives it now. Empty (no milestones) until a change has moved one.")
    LatestChange latestChange(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        return insights.latestChange(projectId, user);
    }
}

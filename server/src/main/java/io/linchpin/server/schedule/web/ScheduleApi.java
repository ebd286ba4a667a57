package io.linchpin.server.schedule.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.schedule.AtRiskMilestone;
import io.linchpin.server.schedule.ScheduleService;
import io.linchpin.server.schedule.ScheduleSettings;
import io.linchpin.server.schedule.ScheduleSettingsChanges;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "Schedule", description = "How a project is scheduled, and the milestones at risk")
class ScheduleApi {

    private final ScheduleService schedule;

    ScheduleApi(ScheduleService schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/api/v1/projects/{projectId}/schedule-settings")
    @Operation(summary = "Read the project's schedule settings: rules, calendar, status date")
    ResponseEntity<ScheduleSettings> settings(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        ScheduleSettings settings = schedule.settings(projectId, user);
        return ResponseEntity.ok().eTag(IfMatch.etag(settings.version())).body(settings);
    }

    @PutMapping("/api/v1/projects/{projectId}/schedule-settings")
    @Operation(summary = "Change the schedule settings (managers); the project is rescheduled at once",
            description = "Send the version you changed (If-Match or version); a stale version gets 409 with the "
                    + "current settings.")
    ResponseEntity<ScheduleSettings> change(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ScheduleSettingsChanges changes) {
        ScheduleSettings settings = schedule.change(projectId, user, IfMatch.required(ifMatch, changes.version()), changes);
        return ResponseEntity.ok().eTag(IfMatch.etag(settings.version())).body(settings);
    }

    @GetMapping("/api/v1/projects/{projectId}/at-risk")
    @Operation(summary = "The project's milestones whose scheduled finish passes their committed date",
            description = "Latest slip first.")
    List<AtRiskMilestone> atRisk(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        return schedule.atRisk(projectId, user);
    }

    @GetMapping("/api/v1/at-risk")
    @Operation(summary = "The at-risk milestones of every project you are a member of",
            description = "Administrators see every project's. Latest slip first.")
    @ApiResponse(responseCode = "200", description = "The milestones at risk")
    @ApiResponse(responseCode = "401", description = "Not signed in, and no valid API token",
            content = @Content(mediaType = "application/problem+json"))
    List<AtRiskMilestone> portfolioAtRisk(@AuthenticationPrincipal LinchpinUser user) {
        return schedule.atRisk(user);
    }
}

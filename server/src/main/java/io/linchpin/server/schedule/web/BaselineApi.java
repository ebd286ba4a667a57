package io.linchpin.server.schedule.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.schedule.BaselineDraft;
import io.linchpin.server.schedule.BaselineService;
import io.linchpin.server.schedule.BaselineVariance;
import io.linchpin.server.schedule.BaselineView;
import io.linchpin.server.schedule.TaskBaseline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "Baselines", description = "Up to 11 saved copies of a project's dates (0 to 10), and the variance from them")
class BaselineApi {

    private final BaselineService baselines;

    BaselineApi(BaselineService baselines) {
        this.baselines = baselines;
    }

    @GetMapping("/api/v1/projects/{projectId}/baselines")
    @Operation(summary = "List the project's baselines, by number")
    List<BaselineView> list(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        return baselines.list(projectId, user);
    }

    @PostMapping("/api/v1/projects/{projectId}/baselines")
    @Operation(summary = "Save the schedule as it is now as a baseline (managers)",
            description = "Copies every task's start, finish and duration. Without a number the lowest free one "
                    + "(0 to 10) is taken. Saving over an existing number needs its version (else 409 with the "
                    + "baseline as it is).")
    @ApiResponse(responseCode = "201", description = "A new baseline")
    @ApiResponse(responseCode = "200", description = "An existing baseline saved over")
    @ApiResponse(responseCode = "409", description = "The number is taken and no version, or a stale one, was sent",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "All 11 baselines are saved and no number was given",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<BaselineView> save(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @Valid @RequestBody BaselineDraft draft) {
        BaselineView saved = baselines.save(projectId, user, draft);
        if (saved.version() > 0) {
            return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(saved);
        }
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/baselines/" + saved.number()))
                .eTag(IfMatch.etag(saved.version())).body(saved);
    }

    @GetMapping("/api/v1/projects/{projectId}/baselines/{number}")
    @Operation(summary = "Read one baseline")
    ResponseEntity<BaselineView> get(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable int number) {
        BaselineView baseline = baselines.get(projectId, number, user);
        return ResponseEntity.ok().eTag(IfMatch.etag(baseline.version())).body(baseline);
    }

    @DeleteMapping("/api/v1/projects/{projectId}/baselines/{number}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a baseline (managers)")
    ResponseEntity<Void> delete(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable int number) {
        baselines.delete(projectId, number, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/projects/{projectId}/baselines/{number}/activate")
    @Operation(summary = "Make a baseline the active one (managers)",
            description = "Variance on the pages, at-risk milestones and the health checks (BEI, missed tasks) "
                    + "measure against the active baseline; 0 until another is chosen.")
    BaselineView activate(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable int number) {
        return baselines.activate(projectId, number, user);
    }

    @GetMapping("/api/v1/projects/{projectId}/baselines/{number}/variance")
    @Operation(summary = "Start, finish and duration variance of every task the baseline holds",
            description = "In working minutes and days of each task's calendar, WBS order; positive is late or longer.")
    List<BaselineVariance> variance(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable int number) {
        return baselines.variance(projectId, number, user);
    }

    @GetMapping("/api/v1/projects/{projectId}/tasks/{taskId}/baselines")
    @Operation(summary = "A task's dates in each baseline that holds it")
    List<TaskBaseline> ofTask(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long taskId) {
        return baselines.ofTask(projectId, taskId, user);
    }
}

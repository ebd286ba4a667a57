package io.linchpin.server.schedule.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.schedule.GanttService;
import io.linchpin.server.schedule.GanttView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Gantt", description = "A project's tasks, dates and links as its Gantt chart draws them")
class GanttApi {

    private final GanttService gantt;

    GanttApi(GanttService gantt) {
        this.gantt = gantt;
    }

    @GetMapping("/api/v1/projects/{projectId}/gantt")
    @Operation(summary = "The whole project for its Gantt chart (viewers)", description = "Every task in WBS order "
            + "and every link, each an array named by columns / linkColumns; times in minutes since 1970-01-01 "
            + "of the project's wall clock.")
    GanttView gantt(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        return gantt.gantt(projectId, user);
    }
}

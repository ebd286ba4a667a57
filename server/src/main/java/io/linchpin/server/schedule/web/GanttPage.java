package io.linchpin.server.schedule.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.NotFoundException;
import io.linchpin.server.projects.ProjectService;

/** The Gantt tab of a project: the page is a frame; {@code static/js/gantt.js} reads the data and draws. */
@Controller
class GanttPage {

    private final ProjectService projects;

    GanttPage(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping("/projects/{projectId}/gantt")
    String gantt(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, Model model) {
        model.addAttribute("project", projects.get(projectId, user));
        model.addAttribute("tab", "gantt");
        return "schedule/gantt";
    }

    /** Another project's Gantt is as unknown as a project that does not exist: the same page. */
    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "projects/not-found";
    }
}

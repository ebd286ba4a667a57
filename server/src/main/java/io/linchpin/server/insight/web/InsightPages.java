package io.linchpin.server.insight.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.insight.ScheduleInsights;
import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectView;
import io.linchpin.server.projects.WorkingDuration;
import io.linchpin.server.schedule.BaselineDraft;
import io.linchpin.server.schedule.BaselineService;
import io.linchpin.server.schedule.BaselineView;
import io.linchpin.server.schedule.TaskBaseline;
import jakarta.validation.ConstraintViolationException;

/**
 * The Health and Baselines tabs of a project, and the "Why this date?" section of a task's page
 * (loaded by htmx into the task page). Baseline actions answer with the tab's content for htmx to swap.
 */
@Controller
class InsightPages {

    private final ProjectService projects;
    private final ScheduleInsights insights;
    private final BaselineService baselines;

    InsightPages(ProjectService projects, ScheduleInsights insights, BaselineService baselines) {
        this.projects = projects;
        this.insights = insights;
        this.baselines = baselines;
    }

    /** A task's dates in one baseline, with its duration as people read it. */
    record TaskBaselineRow(TaskBaseline baseline, String duration) {
    }

    @GetMapping("/projects/{projectId}/health")
    String health(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, Model model) {
        project(user, projectId, model, "health");
        model.addAttribute("health", insights.health(projectId, user));
        model.addAttribute("latest", insights.latestChange(projectId, user));
        return "insight/health";
    }

    @GetMapping("/projects/{projectId}/tasks/{taskId}/why")
    String why(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, @PathVariable long taskId,
            Model model) {
        project(user, projectId, model, "tasks");
        model.addAttribute("why", insights.why(projectId, taskId, user));
        model.addAttribute("taskBaselines", baselines.ofTask(projectId, taskId, user).stream()
                .map(b -> new TaskBaselineRow(b, b.durationMinutes() == null ? "" : WorkingDuration.format(b.durationMinutes())))
                .toList());
        return "insight/why :: why";
    }

    @GetMapping("/projects/{projectId}/baselines")
    String baselines(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestParam(required = false) Integer number, Model model) {
        project(user, projectId, model, "baselines");
        addBaselines(user, projectId, number, model);
        return "insight/baselines";
    }

    /** Saves a new baseline, or saves over one when the form names its version. */
    @PostMapping("/projects/{projectId}/baselines")
    String save(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) Long version, Model model) {
        project(user, projectId, model, "baselines");
        Integer shown = null;
        try {
            Integer n = number.isBlank() ? null : parse(number);
            shown = baselines.save(projectId, user, new BaselineDraft(n, name, version)).number();
            model.addAttribute("message", "Baseline " + shown + " saved.");
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
        } catch (InvalidInputException | ConstraintViolationException e) {
            model.addAttribute("problem", describe(e));
            model.addAttribute("name", name);
        }
        addBaselines(user, projectId, shown, model);
        return "insight/baselines :: content";
    }

    @PostMapping("/projects/{projectId}/baselines/{number}/{action:activate|delete}")
    String change(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, @PathVariable int number,
            @PathVariable String action, Model model) {
        project(user, projectId, model, "baselines");
        if ("activate".equals(action)) {
            baselines.activate(projectId, number, user);
            model.addAttribute("message", "Baseline " + number + " is now the active baseline.");
        } else {
            baselines.delete(projectId, number, user);
            model.addAttribute("message", "Baseline " + number + " deleted.");
        }
        addBaselines(user, projectId, null, model);
        return "insight/baselines :: content";
    }

    private void addBaselines(LinchpinUser user, long projectId, Integer number, Model model) {
        List<BaselineView> saved = baselines.list(projectId, user);
        Optional<BaselineView> shown = saved.stream()
                .filter(b -> number != null ? b.number() == number : b.active()).findFirst();
        model.addAttribute("baselines", saved);
        model.addAttribute("free", BaselineService.MAX_BASELINES - saved.size());
        model.addAttribute("shown", shown.orElse(null));
        model.addAttribute("variance", shown.map(b -> baselines.variance(projectId, b.number(), user)).orElse(List.of()));
    }

    private void project(LinchpinUser user, long projectId, Model model, String tab) {
        ProjectView project = projects.get(projectId, user);
        model.addAttribute("project", project);
        model.addAttribute("tab", tab);
        model.addAttribute("canManage", project.myRole().atLeast(ProjectRole.MANAGER));
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("number", "choose a number from 0 to 10");
        }
    }

    private static String describe(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return String.join("; ", invalid.fields().stream().map(f -> f.field() + ": " + f.message()).toList());
        }
        return String.join("; ", ((ConstraintViolationException) e).getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString().replaceFirst("^.*\\.", "") + ": " + v.getMessage()).toList());
    }
}

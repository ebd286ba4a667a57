package io.linchpin.server.projects.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.projects.MemberDraft;
import io.linchpin.server.projects.MemberService;
import io.linchpin.server.projects.PageOf;
import io.linchpin.server.projects.ProjectAudit;
import io.linchpin.server.projects.ProjectChanges;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectStatus;
import io.linchpin.server.projects.ProjectView;
import io.linchpin.server.projects.TaskKind;
import io.linchpin.server.projects.TaskQuery;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.WorkflowService;
import jakarta.validation.ConstraintViolationException;

/** A project's own pages: its overview (and details form), its members, its activity. */
@Controller
class ProjectPages {

    private static final int ACTIVITY_PAGE = 50;
    /** Offered as suggestions where a time zone is typed. */
    static final List<String> TIME_ZONES = java.time.ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private final ProjectService projects;
    private final MemberService members;
    private final TaskService tasks;
    private final WorkflowService workflows;
    private final ProjectAudit audit;

    ProjectPages(ProjectService projects, MemberService members, TaskService tasks, WorkflowService workflows,
            ProjectAudit audit) {
        this.projects = projects;
        this.members = members;
        this.tasks = tasks;
        this.workflows = workflows;
        this.audit = audit;
    }

    @GetMapping("/projects/{projectId}")
    String overview(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, Model model) {
        ProjectView project = project(user, projectId, model);
        model.addAttribute("tab", "overview");
        model.addAttribute("workflow", workflows.workflow(projectId, user));
        model.addAttribute("counts", tasks.countsByStatus(projectId, user));
        model.addAttribute("milestones", tasks.list(projectId, user, new TaskQuery(null, null, null, TaskKind.MILESTONE, null,
                null, null, "committedFinish", 0, 100)).items());
        addDetailsForm(model, project);
        return "projects/overview";
    }

    /** Saves the details form; a conflict shows what is saved now, next to what the reader typed. */
    @PostMapping("/projects/{projectId}")
    String saveDetails(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestParam long version, @RequestParam Map<String, String> form, Model model) {
        ProjectChanges changes = new ProjectChanges();
        changes.setCode(form.get("code"));
        changes.setName(form.get("name"));
        changes.setDescription(PortfolioPages.blankToNull(form.get("description")));
        changes.setTimeZone(form.get("timeZone"));
        changes.setCurrency(form.get("currency"));
        try {
            changes.setStatus(status(form.get("status")));
            changes.setPlannedStart(PortfolioPages.date(form.get("plannedStart")));
            changes.setCommittedFinish(PortfolioPages.date(form.get("committedFinish")));
            ProjectView saved = projects.update(projectId, user, version, changes);
            model.addAttribute("project", saved);
            model.addAttribute("can", Permissions.of(saved.myRole()));
            addDetailsForm(model, saved);
            model.addAttribute("saved", true);
        } catch (ConflictException e) {
            ProjectView current = (ProjectView) e.current();
            model.addAttribute("project", current);
            model.addAttribute("can", Permissions.of(current.myRole()));
            model.addAttribute("form", withVersion(form, current.version()));
            model.addAttribute("conflict", e.getMessage());
        } catch (InvalidInputException | ConstraintViolationException e) {
            project(user, projectId, model);
            model.addAttribute("form", form);
            model.addAttribute("errors", FieldErrors.of(e));
        }
        return "projects/overview :: details";
    }

    @GetMapping("/projects/{projectId}/members")
    String members(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, Model model) {
        project(user, projectId, model);
        model.addAttribute("tab", "members");
        addMembers(user, projectId, model);
        return "projects/members";
    }

    @PostMapping("/projects/{projectId}/members")
    String addMember(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestParam String username, @RequestParam ProjectRole role, Model model) {
        try {
            members.add(projectId, user, new MemberDraft(null, username, role));
        } catch (InvalidInputException | ConstraintViolationException e) {
            model.addAttribute("errors", FieldErrors.of(e));
            model.addAttribute("username", username);
        }
        return membersFragment(user, projectId, model);
    }

    @PostMapping("/projects/{projectId}/members/{userId}/role")
    String changeRole(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long userId, @RequestParam ProjectRole role, @RequestParam long version, Model model) {
        try {
            members.changeRole(projectId, userId, user, version, role);
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return membersFragment(user, projectId, model);
    }

    @PostMapping("/projects/{projectId}/members/{userId}/remove")
    String removeMember(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long userId, Model model) {
        try {
            members.remove(projectId, userId, user);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return membersFragment(user, projectId, model);
    }

    @GetMapping("/projects/{projectId}/activity")
    String activity(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        project(user, projectId, model);
        model.addAttribute("tab", "activity");
        PageOf<ChangeSummary> entries = audit.entries(projectId, user, Math.max(page, 0), ACTIVITY_PAGE)
                .map(ChangeSummary::of);
        model.addAttribute("entries", entries);
        return "projects/activity";
    }

    private String membersFragment(LinchpinUser user, long projectId, Model model) {
        project(user, projectId, model);
        addMembers(user, projectId, model);
        return "projects/members :: members";
    }

    private void addMembers(LinchpinUser user, long projectId, Model model) {
        model.addAttribute("members", members.members(projectId, user));
        model.addAttribute("roles", ProjectRole.values());
    }

    private void addDetailsForm(Model model, ProjectView project) {
        model.addAttribute("form", Map.of("code", project.code(), "name", project.name(),
                "description", project.description() == null ? "" : project.description(),
                "timeZone", project.timeZone(), "currency", project.currency(), "status", project.status().name(),
                "plannedStart", project.plannedStart() == null ? "" : project.plannedStart().toString(),
                "committedFinish", project.committedFinish() == null ? "" : project.committedFinish().toString(),
                "version", String.valueOf(project.version())));
    }

    private static ProjectStatus status(String name) {
        for (ProjectStatus status : ProjectStatus.values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        throw new InvalidInputException("status", "choose one of the statuses listed");
    }

    private static Map<String, String> withVersion(Map<String, String> form, long version) {
        Map<String, String> copy = new java.util.HashMap<>(form);
        copy.put("version", String.valueOf(version));
        return copy;
    }

    /** Puts the project, the reader's permissions and the statuses a project can have into the model. */
    ProjectView project(LinchpinUser user, long projectId, Model model) {
        ProjectView project = projects.get(projectId, user);
        model.addAttribute("project", project);
        model.addAttribute("can", Permissions.of(project.myRole()));
        model.addAttribute("projectStatuses", ProjectStatus.values());
        model.addAttribute("timeZones", TIME_ZONES);
        return project;
    }
}

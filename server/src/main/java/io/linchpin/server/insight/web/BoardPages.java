package io.linchpin.server.insight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
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
import io.linchpin.server.projects.PageOf;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectView;
import io.linchpin.server.projects.StatusView;
import io.linchpin.server.projects.TaskKind;
import io.linchpin.server.projects.TaskQuery;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.TaskView;
import io.linchpin.server.projects.TransitionRequest;
import io.linchpin.server.projects.TransitionRule;
import io.linchpin.server.projects.WorkflowService;
import io.linchpin.server.projects.WorkflowView;
import jakarta.validation.ConstraintViolationException;

/**
 * The board of a project: a column per workflow status, a card per task (summaries are left out:
 * their status is their children's business). A card's menu lists the moves the reader's role
 * allows from its status; dragging a card to a column asks for the same move. Every move goes
 * through {@link WorkflowService}, and a refused one is shown with the workflow's reason.
 */
@Controller
class BoardPages {

    /** Cards per column; a longer column says how many more there are. */
    static final int CARDS_PER_COLUMN = 200;

    private final ProjectService projects;
    private final WorkflowService workflows;
    private final TaskService tasks;

    BoardPages(ProjectService projects, WorkflowService workflows, TaskService tasks) {
        this.projects = projects;
        this.workflows = workflows;
        this.tasks = tasks;
    }

    /**
     * A card: the task, the moves the reader may make from its status, and its flags. Late is the
     * task list's rule ({@link TaskQuery.ScheduleFilter#LATE}), so the board and the list agree.
     */
    record Card(TaskView task, List<TransitionRule> moves, boolean critical, boolean late) {
    }

    record Column(StatusView status, List<Card> cards, long total) {
    }

    @GetMapping("/projects/{projectId}/board")
    String board(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, Model model) {
        addBoard(user, projectId, model);
        model.addAttribute("tab", "board");
        return "insight/board";
    }

    @PostMapping("/projects/{projectId}/board/tasks/{taskId}/move")
    String move(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, @PathVariable long taskId,
            @RequestParam long toStatusId, @RequestParam long version, Model model) {
        try {
            TaskView moved = workflows.transition(projectId, taskId, user, version,
                    new TransitionRequest(toStatusId, null, null, null));
            model.addAttribute("message", moved.outlineNumber() + " " + moved.name() + " moved to " + moved.status().name()
                    + ".");
        } catch (ConflictException e) {
            model.addAttribute("problem", "Someone else changed this task meanwhile; the board shows it as it is now.");
        } catch (InvalidInputException e) {
            model.addAttribute("problem", "Not moved: " + String.join("; ", e.fields().stream()
                    .map(InvalidInputException.FieldProblem::message).toList()) + ".");
        } catch (AccessDeniedException | ConstraintViolationException e) {
            model.addAttribute("problem", "Not moved: " + e.getMessage());
        }
        addBoard(user, projectId, model);
        return "insight/board :: board";
    }

    private void addBoard(LinchpinUser user, long projectId, Model model) {
        ProjectView project = projects.get(projectId, user);
        model.addAttribute("project", project);
        WorkflowView workflow = workflows.workflow(projectId, user);
        List<Column> columns = new ArrayList<>();
        for (StatusView status : workflow.statuses()) {
            PageOf<TaskView> page = tasks.list(projectId, user,
                    new TaskQuery(status.id(), null, null, null, null, null, null, null, 0, CARDS_PER_COLUMN));
            Set<Long> late = tasks.list(projectId, user, new TaskQuery(status.id(), null, null, null, null, null,
                    TaskQuery.ScheduleFilter.LATE, null, 0, CARDS_PER_COLUMN)).items().stream().map(TaskView::id)
                    .collect(Collectors.toSet());
            List<TransitionRule> moves = workflow.transitions().stream()
                    .filter(t -> t.fromStatusId() == status.id() && project.myRole().atLeast(t.minimumRole())).toList();
            List<Card> cards = page.items().stream().filter(t -> t.kind() != TaskKind.SUMMARY)
                    .map(t -> new Card(t, moves, t.schedule() != null && t.schedule().critical(), late.contains(t.id())))
                    .toList();
            long summaries = page.items().size() - cards.size();
            columns.add(new Column(status, cards, page.totalItems() - summaries));
        }
        model.addAttribute("columns", columns);
    }
}

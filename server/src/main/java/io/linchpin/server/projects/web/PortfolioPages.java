package io.linchpin.server.projects.web;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.projects.ProjectDraft;
import io.linchpin.server.projects.ProjectQuery;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectStatus;
import io.linchpin.server.projects.ProjectView;
import jakarta.validation.ConstraintViolationException;

/** The first page after signing in: the portfolio of the reader's projects, and a new project. */
@Controller
class PortfolioPages {

    private static final int PAGE_SIZE = 100;

    private final ProjectService projects;

    PortfolioPages(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping("/")
    String portfolio(@AuthenticationPrincipal LinchpinUser user, @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("draft", Map.of("timeZone", "UTC", "currency", "EUR"));
        model.addAttribute("timeZones", ProjectPages.TIME_ZONES);
        addRows(user, status, q, page, model);
        return "projects/portfolio";
    }

    @GetMapping("/projects/rows")
    String rows(@AuthenticationPrincipal LinchpinUser user, @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        addRows(user, status, q, page, model);
        return "projects/portfolio :: rows";
    }

    /** Creates the project and opens it; a refused form comes back with each problem next to its field. */
    @PostMapping("/projects")
    Object create(@AuthenticationPrincipal LinchpinUser user, @RequestParam Map<String, String> form, Model model) {
        try {
            ProjectView created = projects.create(user, new ProjectDraft(form.get("code"), form.get("name"),
                    blankToNull(form.get("description")), null, form.get("timeZone"), form.get("currency"), null,
                    date(form.get("plannedStart")), date(form.get("committedFinish"))));
            return ResponseEntity.noContent().header("HX-Redirect", "/projects/" + created.id()).build();
        } catch (InvalidInputException | ConstraintViolationException e) {
            model.addAttribute("draft", form);
            model.addAttribute("errors", FieldErrors.of(e));
            model.addAttribute("timeZones", ProjectPages.TIME_ZONES);
            return "projects/portfolio :: new-project";
        }
    }

    private void addRows(LinchpinUser user, ProjectStatus status, String q, int page, Model model) {
        model.addAttribute("page", projects.portfolio(user, new ProjectQuery(status, q, null, Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("date", "expected a date such as 2027-03-31; got " + text);
        }
    }
}

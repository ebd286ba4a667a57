package io.linchpin.server.schedule.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.linchpin.engine.plan.FloatBasis;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.ProgressMode;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectView;
import io.linchpin.server.schedule.CalendarService;
import io.linchpin.server.schedule.ScheduleRules;
import io.linchpin.server.schedule.ScheduleService;
import io.linchpin.server.schedule.ScheduleSettings;
import io.linchpin.server.schedule.ScheduleSettingsChanges;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The schedule settings page: rules, project calendar, status date and the scheduling options.
 * Managers edit, everyone in the project reads; saving reschedules the project at once. Critical
 * float is shown in hours (the API takes minutes).
 */
@Controller
class SchedulePages {

    private final ScheduleService schedule;
    private final CalendarService calendars;
    private final ProjectService projects;

    SchedulePages(ScheduleService schedule, CalendarService calendars, ProjectService projects) {
        this.schedule = schedule;
        this.calendars = calendars;
        this.projects = projects;
    }

    /** The settings as the form holds them: text as typed, so a refused form comes back as it was sent. */
    record SettingsForm(String rules, String calendarId, String statusDate, String criticalFloatHours,
            boolean honorConstraints, String lagCalendar, String progressMode, String floatBasis, String mustFinishBy,
            long version, List<String> errors) {

        static SettingsForm of(ScheduleSettings s) {
            return new SettingsForm(s.rules().name(), String.valueOf(s.calendarId()), text(s.statusDate()),
                    BigDecimal.valueOf(s.criticalFloatMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                            .stripTrailingZeros().toPlainString(),
                    s.honorConstraints(), name(s.lagCalendar()), name(s.progressMode()), name(s.floatBasis()),
                    text(s.mustFinishBy()), s.version(), List.of());
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }

        private static String name(Enum<?> value) {
            return value == null ? "" : value.name();
        }
    }

    /** One choice of a select; an empty value is the rules' default. */
    record Choice(String value, String label) {
    }

    @GetMapping("/projects/{projectId}/schedule")
    String page(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, Model model) {
        prepare(user, projectId, model);
        model.addAttribute("form", SettingsForm.of(schedule.settings(projectId, user)));
        return "schedule/settings";
    }

    @PostMapping("/projects/{projectId}/schedule")
    String save(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        prepare(user, projectId, model);
        List<String> errors = new ArrayList<>();
        SettingsForm typed = new SettingsForm(form.getOrDefault("rules", ""), form.getOrDefault("calendarId", ""),
                form.getOrDefault("statusDate", "").strip(), form.getOrDefault("criticalFloatHours", "").strip(),
                "true".equals(form.get("honorConstraints")), form.getOrDefault("lagCalendar", ""),
                form.getOrDefault("progressMode", ""), form.getOrDefault("floatBasis", ""),
                form.getOrDefault("mustFinishBy", "").strip(), parseVersion(form.get("version")), errors);
        ScheduleRules rules = choice(typed.rules(), ScheduleRules::valueOf, "Rules", errors);
        Long calendarId = parse(typed.calendarId(), Long::valueOf, "Project calendar", "choose one of the calendars", errors);
        LocalDate statusDate = parse(typed.statusDate(), LocalDate::parse, "Status date", "a date such as 2027-01-29", errors);
        Integer criticalFloat = parse(typed.criticalFloatHours(), SchedulePages::minutes, "Critical at float up to",
                "a number of hours such as 8 or 0.5", errors);
        LocalDateTime mustFinishBy = parse(typed.mustFinishBy(), LocalDateTime::parse, "Must finish by",
                "a date and time such as 2027-06-30T17:00", errors);
        LagCalendar lagCalendar = choice(typed.lagCalendar(), LagCalendar::valueOf, "Lags counted on", errors);
        ProgressMode progressMode = choice(typed.progressMode(), ProgressMode::valueOf, "Out-of-sequence progress", errors);
        FloatBasis floatBasis = choice(typed.floatBasis(), FloatBasis::valueOf, "Total float from", errors);
        if (errors.isEmpty()) {
            ScheduleSettingsChanges changes = new ScheduleSettingsChanges(rules, calendarId, statusDate, criticalFloat,
                    typed.honorConstraints(), lagCalendar, progressMode, floatBasis, mustFinishBy, typed.version());
            ScheduleSettings saved = FormSave.attempt(() -> schedule.change(projectId, user, typed.version(), changes),
                    "Someone else changed the settings meanwhile; reload the page to see theirs.", SchedulePages::label, errors);
            if (saved != null) {
                model.addAttribute("form", SettingsForm.of(saved));
                model.addAttribute("saved", true);
                return "schedule/settings :: settings";
            }
        }
        response.setStatus(422);
        model.addAttribute("form", typed);
        return "schedule/settings :: settings";
    }

    /** Hours as typed, to whole working minutes. */
    private static Integer minutes(String hours) {
        return new BigDecimal(hours.replace(',', '.')).multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    private static long parseVersion(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Null when the field is empty; a problem named by its label when it cannot be read. */
    private static <T> T parse(String text, Function<String, T> reader, String label, String expected, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return reader.apply(text.strip());
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
            errors.add(label + ": " + expected);
            return null;
        }
    }

    private static <T> T choice(String text, Function<String, T> reader, String label, List<String> errors) {
        return parse(text, reader, label, "choose one of the list", errors);
    }

    /** A field of the API named as the page shows it. */
    private static String label(String field) {
        String f = field.replaceFirst("^change\\.changes\\.", "");
        return switch (f) {
            case "calendarId" -> "Project calendar";
            case "criticalFloatMinutes" -> "Critical at float up to";
            case "statusDate" -> "Status date";
            case "rules" -> "Rules";
            default -> f;
        };
    }

    private void prepare(LinchpinUser user, long projectId, Model model) {
        ProjectView project = projects.get(projectId, user);
        model.addAttribute("project", project);
        model.addAttribute("tab", "schedule");
        model.addAttribute("canManage", project.myRole() != null && project.myRole().atLeast(ProjectRole.MANAGER));
        model.addAttribute("calendars", calendars.list(projectId, user));
        model.addAttribute("lagCalendars", List.of(new Choice("", "the rules' default (MS Project: successor, P6: predecessor)"),
                new Choice("PREDECESSOR", "the predecessor's calendar"), new Choice("SUCCESSOR", "the successor's calendar"),
                new Choice("PROJECT", "the project calendar"), new Choice("TWENTY_FOUR_HOUR", "a 24-hour calendar")));
        model.addAttribute("progressModes", List.of(new Choice("", "retained logic (default)"),
                new Choice("RETAINED_LOGIC", "retained logic"), new Choice("PROGRESS_OVERRIDE", "progress override")));
        model.addAttribute("floatBases", List.of(new Choice("", "the rules' default (MS Project: smallest, P6: finish)"),
                new Choice("START", "start dates"), new Choice("FINISH", "finish dates"),
                new Choice("SMALLEST", "the smaller of start and finish")));
    }
}

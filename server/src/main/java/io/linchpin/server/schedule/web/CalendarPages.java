package io.linchpin.server.schedule.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectView;
import io.linchpin.server.schedule.CalendarDraft;
import io.linchpin.server.schedule.CalendarExceptionDays;
import io.linchpin.server.schedule.CalendarService;
import io.linchpin.server.schedule.CalendarView;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The calendars page: week hours per day as text ("08:00-12:00 13:00-17:00") and exceptions one
 * per line ("2027-12-24 2027-12-26 Christmas", with "@ 08:00-12:00" for shorter hours). Managers
 * edit, everyone in the project reads. A saved calendar reschedules the project at once.
 */
@Controller
class CalendarPages {

    private final CalendarService calendars;
    private final ProjectService projects;

    CalendarPages(CalendarService calendars, ProjectService projects) {
        this.calendars = calendars;
        this.projects = projects;
    }

    /** One calendar as the page's form holds it. */
    record CalendarForm(Long id, String name, int minutesPerDay, Map<DayOfWeek, String> week, String exceptions,
            boolean projectCalendar, long version, List<String> errors) {

        static CalendarForm of(CalendarView c) {
            Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
            c.week().forEach((day, hours) -> week.put(day, String.join(" ", hours)));
            StringBuilder lines = new StringBuilder();
            for (CalendarExceptionDays e : c.exceptions()) {
                lines.append(e.start()).append(' ').append(e.end()).append(' ').append(e.name());
                if (e.hours() != null && !e.hours().isEmpty()) {
                    lines.append(" @ ").append(String.join(" ", e.hours()));
                }
                lines.append('\n');
            }
            return new CalendarForm(c.id(), c.name(), c.minutesPerDay(), week, lines.toString(), c.projectCalendar(),
                    c.version(), List.of());
        }
    }

    @GetMapping("/projects/{projectId}/calendars")
    String page(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId, Model model) {
        project(user, projectId, model);
        model.addAttribute("calendars", calendars.list(projectId, user).stream().map(CalendarForm::of).toList());
        Map<DayOfWeek, String> standard = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            standard.put(day, day.getValue() <= 5 ? "08:00-12:00 13:00-17:00" : "");
        }
        model.addAttribute("blank", new CalendarForm(null, "", 480, standard, "", false, 0, List.of()));
        model.addAttribute("days", DayOfWeek.values());
        return "schedule/calendars";
    }

    @PostMapping("/projects/{projectId}/calendars")
    String create(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        return save(user, projectId, null, form, model, response);
    }

    @PostMapping("/projects/{projectId}/calendars/{calendarId}")
    String update(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long calendarId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response) {
        return save(user, projectId, calendarId, form, model, response);
    }

    private String save(LinchpinUser user, long projectId, Long calendarId, Map<String, String> form, Model model,
            HttpServletResponse response) {
        project(user, projectId, model);
        model.addAttribute("days", DayOfWeek.values());
        List<String> errors = new ArrayList<>();
        Map<DayOfWeek, String> weekText = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String hours = form.getOrDefault(day.name(), "").strip();
            weekText.put(day, hours);
            week.put(day, hours.isEmpty() ? List.of() : Arrays.asList(hours.split("\\s+")));
        }
        String exceptionText = form.getOrDefault("exceptions", "");
        List<CalendarExceptionDays> exceptions = exceptions(exceptionText, errors);
        int perDay = 480;
        try {
            perDay = Math.round(Float.parseFloat(form.getOrDefault("hoursPerDay", "8").strip()) * 60);
        } catch (NumberFormatException e) {
            errors.add("Hours per day: a number such as 8 or 7.5");
        }
        long version = Long.parseLong(form.getOrDefault("version", "0"));
        String name = form.getOrDefault("name", "").strip();
        CalendarForm typed = new CalendarForm(calendarId, name, perDay, weekText, exceptionText,
                "true".equals(form.get("projectCalendar")), version, errors);
        if (errors.isEmpty()) {
            CalendarDraft draft = new CalendarDraft(name, perDay, week, exceptions, version);
            CalendarView saved = FormSave.attempt(() -> calendarId == null ? calendars.create(projectId, user, draft)
                    : calendars.update(projectId, calendarId, user, version, draft),
                    "Someone else changed this calendar meanwhile; reload the page to see their version.", CalendarPages::label,
                    errors);
            if (saved != null) {
                if (calendarId == null) {
                    response.setHeader("HX-Redirect", "/projects/" + projectId + "/calendars");
                }
                model.addAttribute("c", CalendarForm.of(saved));
                model.addAttribute("saved", true);
                return "schedule/calendar :: calendar";
            }
        }
        response.setStatus(422);
        model.addAttribute("c", typed);
        return "schedule/calendar :: calendar";
    }

    /** A field of the API named as the page shows it. */
    private static String label(String field) {
        String f = field.replaceFirst("^(create|update)\\.draft\\.", "");
        if (f.startsWith("week.")) {
            String day = f.substring(5).replaceFirst("\\[.*", "");
            return day.charAt(0) + day.substring(1).toLowerCase(java.util.Locale.ROOT);
        }
        if (f.startsWith("exceptions[")) {
            int line = Integer.parseInt(f.substring(11, f.indexOf(']'))) + 1;
            return "Exceptions, line " + line;
        }
        return f.equals("minutesPerDay") ? "Hours per day" : f.equals("name") ? "Name" : f;
    }

    /** Lines "2027-12-24 2027-12-26 Christmas" or "2027-01-09 2027-01-09 Saturday shift @ 08:00-12:00". */
    private static List<CalendarExceptionDays> exceptions(String text, List<String> errors) {
        List<CalendarExceptionDays> out = new ArrayList<>();
        String[] lines = text.split("\\R");
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] hoursSplit = line.split("@", 2);
            String[] parts = hoursSplit[0].strip().split("\\s+", 3);
            try {
                if (parts.length < 3) {
                    throw new DateTimeParseException("", line, 0);
                }
                List<String> hours = hoursSplit.length < 2 || hoursSplit[1].isBlank() ? List.of()
                        : Arrays.asList(hoursSplit[1].strip().split("\\s+"));
                out.add(new CalendarExceptionDays(parts[2], LocalDate.parse(parts[0]), LocalDate.parse(parts[1]), hours));
            } catch (DateTimeParseException e) {
                errors.add("Exceptions, line " + number + ": write first day, last day and name, "
                        + "as 2027-12-24 2027-12-26 Christmas");
            }
        }
        return out;
    }

    private void project(LinchpinUser user, long projectId, Model model) {
        ProjectView project = projects.get(projectId, user);
        model.addAttribute("project", project);
        model.addAttribute("tab", "calendars");
        model.addAttribute("canManage", project.myRole() != null && project.myRole().atLeast(ProjectRole.MANAGER));
    }
}

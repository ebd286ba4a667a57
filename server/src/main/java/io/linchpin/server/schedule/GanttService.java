package io.linchpin.server.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.NotFoundException;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectView;
import io.linchpin.server.schedule.CalendarStore.CalendarRow;
import io.linchpin.server.schedule.GanttStore.ActiveBaseline;
import io.linchpin.server.schedule.GanttStore.GanttRow;
import io.linchpin.server.schedule.LinkStore.LinkRow;
import io.linchpin.server.schedule.ScheduleStore.ProjectSchedule;

/** The Gantt of a project: every task with its computed dates, every link, the lines to draw. */
@Service
public class GanttService {

    private static final int WBS_DIGITS = 6;

    private final ProjectService projects;
    private final GanttStore gantt;
    private final LinkStore links;
    private final ScheduleStore schedule;
    private final CalendarStore calendars;

    GanttService(ProjectService projects, GanttStore gantt, LinkStore links, ScheduleStore schedule,
            CalendarStore calendars) {
        this.projects = projects;
        this.gantt = gantt;
        this.links = links;
        this.schedule = schedule;
        this.calendars = calendars;
    }

    @Transactional(readOnly = true)
    public GanttView gantt(long projectId, LinchpinUser user) {
        ProjectView project = projects.get(projectId, user);
        ProjectSchedule settings = schedule.settings(projectId).orElseThrow(() -> new NotFoundException("Project",
                projectId));
        Optional<ActiveBaseline> baseline = gantt.activeBaseline(projectId);
        List<Object[]> tasks = new ArrayList<>();
        for (GanttRow r : gantt.rows(projectId, baseline.map(ActiveBaseline::id).orElse(-1L))) {
            Object[] row = {r.id(), r.parentId(), r.wbsKey().length() / WBS_DIGITS, outline(r.wbsKey()),
                    r.name(), r.kind(), r.durationMinutes(), minutes(r.start()), minutes(r.finish()), r.critical() ? 1 : 0,
                    r.percentComplete(), r.committedFinish() == null ? null : minutes(r.committedFinish().plusDays(1)),
                    r.totalFloatMinutes(), r.constraintType(), r.version(), minutes(r.baselineStart()),
                    minutes(r.baselineFinish())};
            tasks.add(baseline.isPresent() ? row : Arrays.copyOf(row, GanttView.COLUMNS.size()));
        }
        List<Object[]> linkRows = new ArrayList<>();
        for (LinkRow l : links.links(projectId)) {
            linkRows.add(new Object[] {l.id(), l.predecessorId(), l.successorId(), l.type().name(), l.lagMinutes(),
                    l.lagKind().name(), l.lagPercent()});
        }
        return new GanttView(projectId, project.code(), project.name(), project.myRole().atLeast(ProjectRole.MEMBER),
                minutes(LocalDateTime.now(settings.zone())),
                settings.statusDate() == null ? null : minutes(settings.statusDate()), calendar(projectId, settings),
                baseline.map(b -> new GanttView.Baseline(b.number(), b.name())).orElse(null),
                baseline.isPresent() ? GanttView.COLUMNS_WITH_BASELINE : GanttView.COLUMNS, tasks,
                GanttView.LINK_COLUMNS, linkRows);
    }

    private GanttView.Calendar calendar(long projectId, ProjectSchedule settings) {
        CalendarRow calendar = calendars.all(projectId).stream()
                .filter(c -> settings.calendarId() != null && c.id() == settings.calendarId()).findFirst()
                .orElse(null);
        if (calendar == null) {
            return new GanttView.Calendar(List.of(true, true, true, true, true, false, false), 480, List.of());
        }
        List<Boolean> workdays = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            workdays.add(!calendar.week().get(day).isBlank());
        }
        List<List<String>> daysOff = calendar.exceptions().stream().filter(e -> e.hours().isBlank())
                .map(e -> List.of(e.start().toString(), e.end().toString())).toList();
        return new GanttView.Calendar(workdays, calendar.minutesPerDay(), daysOff);
    }

    /** "000001000002" is "1.2". */
    static String outline(String wbsKey) {
        StringBuilder outline = new StringBuilder();
        for (int i = 0; i < wbsKey.length(); i += WBS_DIGITS) {
            if (i > 0) {
                outline.append('.');
            }
            outline.append(Integer.parseInt(wbsKey.substring(i, i + WBS_DIGITS)));
        }
        return outline.toString();
    }

    static Long minutes(LocalDateTime at) {
        return at == null ? null : at.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    static long minutes(LocalDate day) {
        return day.toEpochDay() * 24 * 60;
    }
}

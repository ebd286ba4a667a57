package io.linchpin.server.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import io.linchpin.engine.plan.ScheduleOptions;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.projects.ProjectAccess;
import io.linchpin.server.projects.ProjectAudit;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.TaskRef;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.schedule.ScheduleStore.ProjectSchedule;
import jakarta.validation.Valid;

/** A project's schedule settings, and the milestones at risk of missing their committed dates. */
@Service
@Validated
public class ScheduleService {

    private final ScheduleStore store;
    private final CalendarStore calendars;
    private final ProjectAccess access;
    private final ProjectAudit audit;
    private final TaskService tasks;
    private final Rescheduler rescheduler;
    private final JdbcClient jdbc;

    ScheduleService(ScheduleStore store, CalendarStore calendars, ProjectAccess access, ProjectAudit audit,
            TaskService tasks, Rescheduler rescheduler, JdbcClient jdbc) {
        this.store = store;
        this.calendars = calendars;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.rescheduler = rescheduler;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ScheduleSettings settings(long projectId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        return view(store.settings(projectId).orElseThrow());
    }

    /** Changes the rules, calendar, status date and options (managers) and reschedules the project. */
    @Transactional
    public ScheduleSettings change(long projectId, LinchpinUser user, long expectedVersion,
            @Valid ScheduleSettingsChanges changes) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
        ProjectSchedule current = store.settings(projectId).orElseThrow();
        if (calendars.find(projectId, changes.calendarId()).isEmpty()) {
            throw new InvalidInputException("calendarId", "no calendar " + changes.calendarId() + " in this project");
        }
        if (!store.updateSettings(projectId, changes.rules(), changes.calendarId(), changes.statusDate(), changes.options(),
                expectedVersion)) {
            throw new ConflictException("The schedule settings were changed by someone else: they are at version "
                    + current.settingsVersion() + ", your change was based on version " + expectedVersion + ".",
                    view(current));
        }
        rescheduler.reschedule(projectId, null, null, "schedule settings changed");
        ScheduleSettings after = view(store.settings(projectId).orElseThrow());
        audit.record(projectId, "ScheduleSettings", projectId, "UPDATED", view(current), after);
        return after;
    }

    /**
     * The project's milestones whose scheduled finish passes their committed date or their finish in
     * the active baseline, latest slip first.
     */
    @Transactional(readOnly = true)
    public List<AtRiskMilestone> atRisk(long projectId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        return atRisk("t.project_id = :project", Map.of("project", projectId));
    }

    /** The at-risk milestones of every project the person is a member of (every project for an administrator). */
    @Transactional(readOnly = true)
    public List<AtRiskMilestone> atRisk(LinchpinUser user) {
        if (user.admin()) {
            return atRisk("1 = 1", Map.of());
        }
        return atRisk("EXISTS (SELECT 1 FROM project_members m WHERE m.project_id = t.project_id AND m.user_id = :user)",
                Map.of("user", user.id()));
    }

    private record Candidate(long projectId, String code, long taskId, LocalDate committed, LocalDateTime finish,
            Long totalFloat, LocalDateTime baselineFinish) {

        boolean pastCommitted() {
            return committed != null && finish.toLocalDate().isAfter(committed);
        }

        boolean pastBaseline() {
            return baselineFinish != null && finish.isAfter(baselineFinish);
        }

        /** Calendar days late: against the committed date when it is missed, else against the baseline. */
        long daysLate() {
            return pastCommitted() ? ChronoUnit.DAYS.between(committed, finish.toLocalDate())
                    : ChronoUnit.DAYS.between(baselineFinish.toLocalDate(), finish.toLocalDate());
        }
    }

    private List<AtRiskMilestone> atRisk(String filter, Map<String, Object> params) {
        // Few milestones carry a committed date or a baseline, so the date comparison runs here, the same on H2 and
        // PostgreSQL. The baseline is the project's active one.
        List<Candidate> candidates = jdbc.sql("""
                SELECT t.project_id, p.code, t.id, t.committed_finish, t.finish_at, t.total_float_minutes,
                    bt.finish_at AS baseline_finish
                FROM tasks t JOIN projects p ON p.id = t.project_id
                LEFT JOIN baselines b ON b.project_id = t.project_id AND b.number = p.active_baseline
                LEFT JOIN baseline_tasks bt ON bt.baseline_id = b.id AND bt.task_id = t.id
                WHERE t.kind = 'MILESTONE' AND t.finish_at IS NOT NULL
                    AND (t.committed_finish IS NOT NULL OR bt.finish_at IS NOT NULL) AND """ + " " + filter)
                .params(params)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDateTime.class),
                        ScheduleStore.nullableLong(rs, "total_float_minutes"), rs.getObject(7, LocalDateTime.class)))
                .list().stream().filter(c -> c.pastCommitted() || c.pastBaseline()).toList();
        Map<Long, List<Long>> byProject = new LinkedHashMap<>();
        candidates.forEach(c -> byProject.computeIfAbsent(c.projectId(), k -> new ArrayList<>()).add(c.taskId()));
        Map<Long, TaskRef> names = new LinkedHashMap<>();
        byProject.forEach((project, ids) -> names.putAll(tasks.references(project, ids)));
        return candidates.stream()
                .map(c -> new AtRiskMilestone(c.projectId(), c.code(), names.get(c.taskId()), c.committed(), c.finish(),
                        c.totalFloat(), c.daysLate(), c.baselineFinish()))
                .sorted(Comparator.comparingLong(AtRiskMilestone::daysLate).reversed()
                        .thenComparing(m -> m.milestone().outlineNumber()))
                .toList();
    }

    private static ScheduleSettings view(ProjectSchedule s) {
        ScheduleOptions o = s.options();
        return new ScheduleSettings(s.projectId(), s.rules(), s.calendarId() == null ? 0 : s.calendarId(), s.statusDate(),
                o.criticalFloatMinutes(), o.honorConstraints(), o.lagCalendar(), o.progress(), o.floatBasis(),
                o.mustFinishBy(), s.startDay(), s.settingsVersion());
    }
}

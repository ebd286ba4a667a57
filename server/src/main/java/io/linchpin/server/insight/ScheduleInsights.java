package io.linchpin.server.insight;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.engine.analysis.DateExplanation;
import io.linchpin.engine.analysis.HealthCheck;
import io.linchpin.engine.analysis.HealthOptions;
import io.linchpin.engine.analysis.HealthReport;
import io.linchpin.engine.analysis.ScheduleAnalysis;
import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.Timeline;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.NotFoundException;
import io.linchpin.server.projects.ProjectAccess;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.TaskRef;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.schedule.BaselineService;
import io.linchpin.server.schedule.ScheduleSnapshots;

/**
 * What the schedule tells the project manager: why a task has its date, what the last change
 * moved, and the schedule's health. Reads the schedule as it is now and changes nothing.
 */
@Service
public class ScheduleInsights {

    /** The most offending tasks a health check names; {@code count} still says how many there are. */
    static final int MAX_TASKS_PER_CHECK = 1000;

    /** The engine names the task the critical path test delayed by its plan id, the database id. */
    private static final Pattern TESTED_TASK = Pattern.compile(" to (\\d+) moved the project finish");

    private final ScheduleSnapshots snapshots;
    private final BaselineService baselines;
    private final TaskService tasks;
    private final ProjectAccess access;
    private final MilestoneMoveLog moves;

    ScheduleInsights(ScheduleSnapshots snapshots, BaselineService baselines, TaskService tasks, ProjectAccess access,
            MilestoneMoveLog moves) {
        this.snapshots = snapshots;
        this.baselines = baselines;
        this.tasks = tasks;
        this.access = access;
        this.moves = moves;
    }

    /** "Why this date?" for one task: the chain of what drives its early start. */
    @Transactional(readOnly = true)
    public DateWhy why(long projectId, long taskId, LinchpinUser user) {
        tasks.get(projectId, taskId, user);
        Schedule schedule = snapshots.current(projectId);
        if (schedule.task(String.valueOf(taskId)) == null) {
            throw new NotFoundException("Task", taskId);
        }
        DateExplanation explanation = ScheduleAnalysis.explain(schedule, String.valueOf(taskId));
        return Explanations.why(schedule.plan(), refs(projectId, Explanations.taskIds(List.of(explanation))), explanation);
    }

    /** The DCMA 14-point assessment at the project's status date, against its active baseline. */
    @Transactional(readOnly = true)
    public HealthView health(long projectId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        Schedule schedule = snapshots.current(projectId);
        HealthOptions options = HealthOptions.DEFAULTS;
        HealthView.BaselineRef baseline = null;
        var active = baselines.active(projectId);
        if (active.isPresent()) {
            options = options.withBaseline(active.get().dates());
            baseline = new HealthView.BaselineRef(active.get().baseline().number(), active.get().baseline().name());
        }
        HealthReport report = ScheduleAnalysis.assess(schedule, options);
        List<Long> named = new ArrayList<>();
        for (HealthCheck check : report.checks()) {
            check.tasks().stream().limit(MAX_TASKS_PER_CHECK).forEach(id -> named.add(Long.valueOf(id)));
            Matcher tested = TESTED_TASK.matcher(check.measured());
            if (tested.find()) {
                named.add(Long.valueOf(tested.group(1)));
            }
        }
        Map<Long, TaskRef> refs = refs(projectId, named);
        List<HealthView.Check> checks = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        for (HealthCheck c : report.checks()) {
            passed += c.outcome() == HealthCheck.Outcome.PASS ? 1 : 0;
            failed += c.outcome() == HealthCheck.Outcome.FAIL ? 1 : 0;
            checks.add(new HealthView.Check(c.number(), c.name(), c.threshold(), c.outcome(), c.value(), measured(c, refs),
                    c.count(), c.population(), c.tasks().stream().limit(MAX_TASKS_PER_CHECK)
                            .map(id -> refs.get(Long.valueOf(id))).filter(r -> r != null).toList()));
        }
        return new HealthView(report.statusDate(), baseline, passed, failed, checks.size() - passed - failed, checks);
    }

    /** The latest change that moved milestones, with each milestone's chain as the schedule has it now. */
    @Transactional(readOnly = true)
    public LatestChange latestChange(long projectId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        List<MilestoneMoveLog.MoveRow> rows = moves.latest(projectId);
        if (rows.isEmpty()) {
            return new LatestChange(null, null, null, null, List.of());
        }
        Schedule schedule = snapshots.current(projectId);
        Plan plan = schedule.plan();
        List<DateExplanation> explanations = new ArrayList<>();
        for (MilestoneMoveLog.MoveRow row : rows) {
            explanations.add(schedule.task(String.valueOf(row.taskId())) == null ? null
                    : ScheduleAnalysis.explain(schedule, String.valueOf(row.taskId())));
        }
        List<Long> ids = new ArrayList<>(Explanations.taskIds(explanations.stream().filter(e -> e != null).toList()));
        MilestoneMoveLog.MoveRow first = rows.get(0);
        if (first.causeTaskId() != null) {
            ids.add(first.causeTaskId());
        }
        rows.forEach(r -> ids.add(r.taskId()));
        Map<Long, TaskRef> refs = refs(projectId, ids);
        List<LatestChange.Moved> moved = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MilestoneMoveLog.MoveRow row = rows.get(i);
            Task task = plan.task(String.valueOf(row.taskId()));
            WorkCalendar calendar = plan.calendar(task == null || task.calendar() == null ? plan.calendarId() : task.calendar());
            long minutes = workBetween(calendar, row.from(), row.to());
            DateExplanation e = explanations.get(i);
            moved.add(new LatestChange.Moved(refs.get(row.taskId()), row.from(), row.to(), minutes,
                    (double) minutes / calendar.minutesPerDay(), row.to().isAfter(row.from()),
                    e == null ? null : Explanations.why(plan, refs, e)));
        }
        return new LatestChange(first.scheduleVersion(), first.at(), first.cause(),
                first.causeTaskId() == null ? null : refs.get(first.causeTaskId()), moved);
    }

    /** The check's measurement in words, with a task the engine names by id named by its outline number and name. */
    private static String measured(HealthCheck check, Map<Long, TaskRef> refs) {
        Matcher tested = TESTED_TASK.matcher(check.measured());
        if (!tested.find() || !refs.containsKey(Long.valueOf(tested.group(1)))) {
            return check.measured();
        }
        return tested.replaceFirst(Matcher.quoteReplacement(" to " + refs.get(Long.valueOf(tested.group(1))).label()
                + " moved the project finish"));
    }

    private Map<Long, TaskRef> refs(long projectId, Collection<Long> ids) {
        return tasks.references(projectId, ids);
    }

    /** Working minutes from one instant to another on a calendar; negative when {@code to} is earlier. */
    private static long workBetween(WorkCalendar calendar, LocalDateTime from, LocalDateTime to) {
        LocalDateTime first = from.isBefore(to) ? from : to;
        LocalDateTime last = from.isBefore(to) ? to : from;
        Timeline timeline = Timeline.between(first.toLocalDate().minusDays(1), last.toLocalDate().plusDays(1));
        CalendarTable table = calendar.tabulate(timeline);
        return table.workBetween(timeline.minuteOf(from), timeline.minuteOf(to));
    }
}

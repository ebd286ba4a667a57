package io.linchpin.server.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.CycleException;
import io.linchpin.engine.schedule.Driver;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.TaskSchedule;
import io.linchpin.engine.schedule.Workspace;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.projects.TaskRef;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.TasksChanged;
import io.linchpin.server.schedule.ScheduleCache.Entry;
import io.linchpin.server.schedule.ScheduleStore.Computed;
import io.linchpin.server.schedule.ScheduleStore.ProjectSchedule;
import io.linchpin.server.schedule.ScheduleStore.TaskInput;

/**
 * Schedules a project with the engine whenever something it depends on changes, inside the
 * transaction of that change, and writes back only the tasks whose computed values changed.
 * Holds the project's row lock while it works, so reschedules of one project, on one server or
 * several, happen one at a time.
 */
@Service
class Rescheduler {

    private static final int DRIVEN_BY_LENGTH = 500;

    private final ScheduleStore store;
    private final LinkStore links;
    private final CalendarStore calendars;
    private final ScheduleCache cache;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;

    Rescheduler(ScheduleStore store, LinkStore links, CalendarStore calendars, ScheduleCache cache, TaskService tasks,
            ApplicationEventPublisher events) {
        this.store = store;
        this.links = links;
        this.calendars = calendars;
        this.cache = cache;
        this.tasks = tasks;
        this.events = events;
    }

    /** What a reschedule did: how many tasks' computed values it wrote, and whether it re-ran a cached network. */
    record Outcome(int written, boolean rerun) {
    }

    @EventListener
    void on(TasksChanged change) {
        Long oneTask = change.taskIds().size() == 1 ? change.taskIds().iterator().next() : null;
        reschedule(change.projectId(), change.durationOfOneTask() ? oneTask : null, oneTask, change.cause());
    }

    /**
     * Schedules the project and stores what changed.
     *
     * @param durationEdited the task whose duration alone changed since the last reschedule, so a
     *     cached network can re-run from it; null to build the plan from the database
     * @param causeTaskId the task whose change this follows, for {@link MilestoneSlipped}
     * @param cause what changed, in words
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Outcome reschedule(long projectId, Long durationEdited, Long causeTaskId, String cause) {
        ProjectSchedule project = store.lock(projectId);
        if (project.calendarId() == null) {
            store.setCalendar(projectId, calendars.insert(projectId, "Standard", 480, CalendarStore.standardWeek(), List.of()));
            project = store.lock(projectId);
        }
        Entry entry = cache.take(projectId);
        boolean rerun = entry != null && entry.version() == project.scheduleVersion() && durationEdited != null
                && rerun(projectId, entry, durationEdited);
        if (!rerun) {
            entry = build(project);
        }
        // After a re-run only the tasks it reached can have changed: read out and compare those.
        int[] reach = rerun ? entry.network().rerunReach(entry.workspace()) : null;
        List<TaskSchedule> results = reach == null ? Schedule.of(entry.workspace()).tasks()
                : Schedule.tasks(entry.workspace(), reach);
        Computed[] stored = entry.stored();
        Map<Long, Computed> changed = new LinkedHashMap<>();
        List<ScheduleChanged.MovedMilestone> moved = new ArrayList<>();
        for (int r = 0; r < results.size(); r++) {
            TaskSchedule result = results.get(r);
            int k = reach == null ? r : entry.indexById().get(Long.valueOf(result.id()));
            Computed now = computed(result);
            Computed before = stored[k];
            if (now.equals(before)) {
                continue;
            }
            long taskId = entry.taskIds()[k];
            changed.put(taskId, now);
            if (result.milestone() && before != null && before.finish() != null && !now.finish().equals(before.finish())) {
                moved.add(new ScheduleChanged.MovedMilestone(taskId, before.finish(), now.finish()));
                if (now.finish().isAfter(before.finish())) {
                    events.publishEvent(new MilestoneSlipped(projectId, taskId, before.finish(), now.finish(), causeTaskId,
                            cause));
                }
            }
            stored[k] = now;
        }
        store.write(changed);
        long version = project.scheduleVersion() + 1;
        store.setScheduleVersion(projectId, version);
        if (!moved.isEmpty()) {
            events.publishEvent(new ScheduleChanged(projectId, version, causeTaskId, cause, moved));
        }
        Entry done = new Entry(version, entry.network(), entry.workspace(), entry.durations(), entry.taskIds(),
                entry.indexById(), stored, entry.rerunnable());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.put(projectId, done);
            }
        });
        return new Outcome(changed.size(), rerun);
    }

    /** Re-runs the cached network after a duration edit; false when the edit needs a new compile. */
    private boolean rerun(long projectId, Entry entry, long taskId) {
        if (!entry.rerunnable() || !entry.indexById().containsKey(taskId)) {
            return false;
        }
        ScheduleNetwork network = entry.network();
        int index = network.indexOf(String.valueOf(taskId));
        Task task = network.task(index);
        if (network.isSummary(index) || task.milestone() || task.actualStart() != null) {
            return false;
        }
        Integer duration = store.duration(projectId, taskId).orElse(null);
        if (duration == null) {
            return false;
        }
        entry.durations()[index] = duration;
        network.rerun(entry.durations(), index, entry.workspace());
        return true;
    }

    private Entry build(ProjectSchedule project) {
        long projectId = project.projectId();
        List<TaskInput> rows = store.tasks(projectId);
        List<LinkStore.LinkRow> linkRows = links.links(projectId);
        Plan plan = PlanFactory.plan(project, rows, linkRows, calendars.all(projectId));
        ScheduleNetwork network;
        try {
            network = ScheduleNetwork.compile(plan);
        } catch (CycleException e) {
            Map<Long, TaskRef> names = tasks.references(projectId, e.tasks().stream().map(Long::valueOf).toList());
            throw new InvalidInputException("links", "the links form a cycle: " + e.tasks().stream()
                    .map(id -> names.containsKey(Long.valueOf(id)) ? names.get(Long.valueOf(id)).label() : id)
                    .collect(Collectors.joining(" → ")));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("tasks", "the schedule cannot be computed: " + e.getMessage());
        }
        Workspace workspace = network.newWorkspace();
        int[] durations = network.durations();
        network.run(durations, null, workspace);
        long[] ids = new long[rows.size()];
        Computed[] stored = new Computed[rows.size()];
        Map<Long, Integer> indexById = new HashMap<>(rows.size() * 2);
        for (int k = 0; k < rows.size(); k++) {
            ids[k] = rows.get(k).id();
            stored[k] = rows.get(k).computed();
            indexById.put(ids[k], k);
        }
        boolean rerunnable = linkRows.stream().allMatch(l -> (l.type() == LinkType.FS || l.type() == LinkType.SS)
                && l.lagKind() != LagKind.PERCENT);
        return new Entry(project.scheduleVersion(), network, workspace, durations, ids, indexById, stored, rerunnable);
    }

    private static Computed computed(TaskSchedule t) {
        return new Computed(t.start(), t.finish(), t.earlyStart(), t.earlyFinish(), t.lateStart(), t.lateFinish(),
                (long) t.totalFloatMinutes(), (long) t.freeFloatMinutes(), t.critical(), drivenBy(t.drivers()));
    }

    /** "FS 12, SS 14" for the driving links from tasks 12 and 14, else the kind of driver. */
    static String drivenBy(List<Driver> drivers) {
        if (drivers.size() == 1) {
            // Nearly every task has one driver: no stream for it, as this runs for every task of the project.
            Driver d = drivers.get(0);
            return d.kind() == Driver.Kind.LINK ? d.linkType().name() + " " + d.predecessor() : d.kind().name();
        }
        String text = drivers.stream()
                .map(d -> d.kind() == Driver.Kind.LINK ? d.linkType() + " " + d.predecessor() : d.kind().name())
                .distinct().collect(Collectors.joining(", "));
        return text.length() <= DRIVEN_BY_LENGTH ? text : text.substring(0, text.lastIndexOf(", ", DRIVEN_BY_LENGTH - 5)) + ", …";
    }
}

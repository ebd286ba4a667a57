package io.linchpin.server.schedule;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import io.linchpin.server.platform.NotFoundException;
import io.linchpin.server.schedule.ScheduleStore.ProjectSchedule;

/**
 * The engine's schedule of a project as it stands, with its plan, for the reports that read it
 * (why a date, health, variance). Built from the rows and run afresh: it is read-only and never
 * touches the rescheduler's cache, whose entries belong to writing transactions. Task ids of the
 * plan are the database ids as text. Checks no access: callers check the reader's role first.
 */
@Service
public class ScheduleSnapshots {

    private final ScheduleStore store;
    private final LinkStore links;
    private final CalendarStore calendars;

    ScheduleSnapshots(ScheduleStore store, LinkStore links, CalendarStore calendars) {
        this.store = store;
        this.links = links;
        this.calendars = calendars;
    }

    /** The project's schedule now, in the project's wall-clock time. */
    @Transactional(readOnly = true)
    public Schedule current(long projectId) {
        ProjectSchedule project = store.settings(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
        if (project.calendarId() == null) {
            throw new NotFoundException("Schedule of project", projectId);
        }
        Plan plan = PlanFactory.plan(project, store.tasks(projectId), links.links(projectId), calendars.all(projectId));
        return Scheduler.schedule(plan);
    }
}

package io.linchpin.engine.analysis;

import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.TaskSchedule;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a computed {@link Schedule} for the project manager: why a task has its date, which
 * milestones a change moved, the schedule's DCMA 14-point health and its variance from a
 * baseline. Every method is pure: it reads what it is given and changes nothing.
 */
public final class ScheduleAnalysis {

    private ScheduleAnalysis() {
    }

    /**
     * "Why this date?": the chain of drivers behind a task's early start, back to what ends it.
     *
     * @throws IllegalArgumentException if the schedule has no task with this id
     */
    public static DateExplanation explain(Schedule schedule, String taskId) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(taskId, "task id");
        return new Explainer(schedule).explain(taskId);
    }

    /**
     * The milestones whose finish differs between two schedules of a plan (before and after a
     * change), in the order of the later plan, each with the chain that drives it now. Milestones
     * only one of the schedules has are left out.
     */
    public static List<MilestoneMove> moved(Schedule before, Schedule after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<TaskSchedule[]> pairs = new ArrayList<>();
        List<LocalDateTime> dates = new ArrayList<>();
        for (TaskSchedule now : after.tasks()) {
            TaskSchedule then = before.task(now.id());
            if (now.milestone() && !now.summary() && then != null && !then.finish().equals(now.finish())) {
                pairs.add(new TaskSchedule[] {then, now});
                dates.add(then.finish());
                dates.add(now.finish());
            }
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        Calendars calendars = new Calendars(after.plan(), dates);
        Explainer explainer = new Explainer(after);
        List<MilestoneMove> out = new ArrayList<>();
        for (TaskSchedule[] p : pairs) {
            Task t = after.plan().task(p[1].id());
            int minutes = calendars.workBetween(Calendars.calendarOf(after.plan(), t), p[0].finish(), p[1].finish());
            out.add(new MilestoneMove(t.id(), t.name(), p[0].finish(), p[1].finish(), minutes, explainer.explain(t.id())));
        }
        return out;
    }

    /**
     * The DCMA 14-point assessment of a schedule (the populations each check counts are in the
     * package documentation). The critical path test reschedules a copy of the plan; the schedule
     * given is not touched.
     *
     * @throws IllegalArgumentException if the baseline names a task the plan does not have
     */
    public static HealthReport assess(Schedule schedule, HealthOptions options) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(options, "options");
        return new Assessment(schedule, options).run();
    }

    /**
     * Start, finish and duration variance against a baseline for every task the baseline names,
     * in the plan's order, in working time of each task's calendar. Summaries are measured between
     * their rolled-up dates.
     *
     * @param baselineDates baseline dates by task id
     * @throws IllegalArgumentException if the baseline names a task the schedule does not have, or a task without dates
     */
    public static List<Variance> variance(Schedule schedule, Map<String, BaselineDates> baselineDates) {
        Objects.requireNonNull(schedule, "schedule");
        Map<String, BaselineDates> baseline = HealthOptions.checked(baselineDates);
        Plan plan = schedule.plan();
        List<String> unknown = baseline.keySet().stream().filter(id -> schedule.task(id) == null).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the baseline names tasks the schedule does not have: " + String.join(", ", unknown));
        }
        List<LocalDateTime> dates = new ArrayList<>();
        for (Map.Entry<String, BaselineDates> e : baseline.entrySet()) {
            TaskSchedule ts = schedule.task(e.getKey());
            dates.addAll(List.of(e.getValue().start(), e.getValue().finish(), ts.start(), ts.finish()));
        }
        Calendars calendars = new Calendars(plan, dates);
        List<Variance> out = new ArrayList<>();
        for (Task t : plan.tasks()) {
            BaselineDates b = baseline.get(t.id());
            if (b == null) {
                continue;
            }
            TaskSchedule ts = schedule.task(t.id());
            String c = Calendars.calendarOf(plan, t);
            int start = calendars.workBetween(c, b.start(), ts.start());
            int finish = calendars.workBetween(c, b.finish(), ts.finish());
            int planned = b.durationMinutes() != null ? b.durationMinutes() : calendars.workBetween(c, b.start(), b.finish());
            int duration = calendars.workBetween(c, ts.start(), ts.finish()) - planned;
            out.add(new Variance(t.id(), t.name(), c, b, ts.start(), ts.finish(), start, finish, duration,
                    calendars.days(c, start), calendars.days(c, finish), calendars.days(c, duration)));
        }
        return out;
    }
}

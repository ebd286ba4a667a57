package io.linchpin.engine.resource;

import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.schedule.Schedule;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A leveled plan: the schedule after leveling beside the schedule before it, per task the
 * leveling delay, per project its finish before and after, and how the search went.
 *
 * <p>The {@link #leveled()} schedule is the engine's own schedule of the plan with each delayed
 * task held back to its leveled start (the driver {@code NOT_BEFORE}): every link, lag, calendar,
 * constraint and actual is the engine's, so the leveled dates keep all of them.
 */
public final class LeveledPlan {

    private final Plan plan;
    private final Schedule unleveled;
    private final Schedule leveled;
    private final List<LeveledTask> tasks;
    private final Map<String, LeveledTask> byId = new HashMap<>();
    private final List<ProjectOutcome> projects;
    private final List<String> unresolved;
    private final int periodMinutes;
    private final long schedulesEvaluated;
    private final Duration elapsed;
    private final long seed;
    private final CalendarTable planCalendar;

    LeveledPlan(Plan plan, Schedule unleveled, Schedule leveled, List<LeveledTask> tasks, List<ProjectOutcome> projects,
            List<String> unresolved, int periodMinutes, long schedulesEvaluated, Duration elapsed, long seed,
            CalendarTable planCalendar) {
        this.plan = plan;
        this.unleveled = unleveled;
        this.leveled = leveled;
        this.tasks = List.copyOf(tasks);
        for (LeveledTask t : tasks) {
            byId.put(t.id(), t);
        }
        this.projects = List.copyOf(projects);
        this.unresolved = List.copyOf(unresolved);
        this.periodMinutes = periodMinutes;
        this.schedulesEvaluated = schedulesEvaluated;
        this.elapsed = elapsed;
        this.seed = seed;
        this.planCalendar = planCalendar;
    }

    public Plan plan() {
        return plan;
    }

    /** The schedule before leveling (resources ignored). */
    public Schedule unleveled() {
        return unleveled;
    }

    /** The schedule after leveling. */
    public Schedule leveled() {
        return leveled;
    }

    /** Every task without children, in the plan's order. */
    public List<LeveledTask> tasks() {
        return tasks;
    }

    /** A task without children, or {@code null}. */
    public LeveledTask task(String id) {
        return byId.get(id);
    }

    /** The projects, or the plan itself as one project when it names none. */
    public List<ProjectOutcome> projects() {
        return projects;
    }

    /**
     * Tasks whose over-allocation could not be resolved within their float (with
     * {@link PlanLevelingOptions#withinFloat()}) or before a "no later than" constraint: they stay at
     * their unleveled start, still over-allocated, as MS Project leaves such conflicts.
     */
    public List<String> unresolvedTasks() {
        return unresolved;
    }

    /** The length of the periods the plan was leveled in, in minutes of working time. */
    public int periodMinutes() {
        return periodMinutes;
    }

    /** Schedules the search generated. */
    public long schedulesEvaluated() {
        return schedulesEvaluated;
    }

    /** The time leveling took, settling with the engine included. */
    public Duration elapsed() {
        return elapsed;
    }

    public long seed() {
        return seed;
    }

    /** Working time from the plan's start to {@code date} on the plan's calendar, in days of its hours per day. */
    public double workingDays(LocalDateTime date) {
        return workingDays(plan, planCalendar, plan.start(), date);
    }

    static double workingDays(Plan plan, CalendarTable planCalendar, LocalDateTime from, LocalDateTime to) {
        int a = planCalendar.timeline().minuteOf(from);
        int b = planCalendar.timeline().minuteOf(to);
        return planCalendar.workBetween(a, b) / (double) planCalendar.calendar().minutesPerDay();
    }

    /** The last project finish less the first project start, in working days of the plan's calendar. */
    public double totalMakespanWorkingDays() {
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (ProjectOutcome p : projects) {
            first = first == null || p.start().isBefore(first) ? p.start() : first;
            last = last == null || p.finish().isAfter(last) ? p.finish() : last;
        }
        return first == null ? 0 : workingDays(last) - workingDays(first);
    }

    /** The mean over projects of how far leveling moved each project's finish, in working days. */
    public double averageProjectDelayWorkingDays() {
        return projects.stream().mapToDouble(ProjectOutcome::delayWorkingDays).average().orElse(0);
    }
}

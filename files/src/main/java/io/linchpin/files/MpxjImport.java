package io.linchpin.files;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.FloatBasis;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.ProgressMode;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.ScheduleOptions;
import io.linchpin.engine.plan.Task;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.mpxj.ActivityType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.common.CombinedCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectCalendarWeek;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.TaskMode;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;

/** Maps an MPXJ {@link ProjectFile} onto an engine {@link Plan}, noting what it cannot carry. */
final class MpxjImport {

    /** Calendars are written out as exceptions over this many years either side of the plan's dates. */
    private static final int YEARS_BEFORE = 3;
    private static final int YEARS_AFTER = 25;

    private final ProjectFile file;
    private final ProjectFormat format;
    private final ProjectProperties props;
    private final RuleSet rules;
    private final List<String> losses = new ArrayList<>();
    private final Map<Integer, String> calendarIds = new LinkedHashMap<>();
    private final Map<String, WorkCalendar> calendars = new LinkedHashMap<>();
    private final Map<org.mpxj.Task, String> taskIds = new HashMap<>();
    private final Map<String, StoredDates> stored = new HashMap<>();
    private LocalDate rangeFirst;
    private LocalDate rangeLast;

    MpxjImport(ProjectFile file, ProjectFormat format) {
        this.file = file;
        this.format = format;
        this.props = file.getProjectProperties();
        String type = props.getFileType() == null ? "" : props.getFileType();
        this.rules = format == ProjectFormat.XER || format == ProjectFormat.PMXML || type.equals("XER") || type.equals("PMXML")
                ? RuleSet.P6 : RuleSet.MS_PROJECT;
    }

    ImportedPlan read() {
        LocalDateTime start = projectStart();
        List<org.mpxj.Task> included = includedTasks();
        range(start, included);
        ProjectCalendar defaultCalendar = props.getDefaultCalendar() != null ? props.getDefaultCalendar()
                : file.getCalendars().isEmpty() ? null : file.getCalendars().get(0);
        String defaultId = defaultCalendar == null ? null : calendarId(defaultCalendar);
        assignIds(included);
        List<Task> tasks = new ArrayList<>();
        for (org.mpxj.Task t : included) {
            tasks.add(task(t));
        }
        MpxjResources resources = new MpxjResources(file, rules, this::calendarId, taskIds);
        losses.addAll(resources.losses());
        Plan.Builder plan = Plan.builder(start)
                .name(props.getProjectTitle() != null ? props.getProjectTitle() : props.getName())
                .rules(rules)
                .statusDate(props.getStatusDate())
                .options(options())
                .calendarRange(rangeFirst, rangeLast);
        calendars.values().forEach(plan::addCalendar);
        if (defaultId != null) {
            plan.calendar(defaultId);
        }
        plan.tasks(resources.withPriorities(tasks));
        resources.resources().forEach(plan::addResource);
        resources.assignments().forEach(plan::addAssignment);
        return new ImportedPlan(plan.build(), format, losses, stored);
    }

    private LocalDateTime projectStart() {
        LocalDateTime start = rules == RuleSet.P6 && props.getPlannedStart() != null ? props.getPlannedStart() : props.getStartDate();
        if (start == null) {
            start = file.getTasks().stream().map(org.mpxj.Task::getStart).filter(Objects::nonNull).min(LocalDateTime::compareTo)
                    .orElseThrow(() -> new ProjectFileException("the file has no project start date and no task dates"));
            losses.add("the file has no project start; the earliest task start " + start + " is used");
        }
        return start;
    }

    /** Every task but the project summary row, blank rows, inactive and external tasks. */
    private List<org.mpxj.Task> includedTasks() {
        List<org.mpxj.Task> out = new ArrayList<>();
        int inactive = 0;
        int external = 0;
        int emptyWbs = 0;
        for (org.mpxj.Task t : file.getTasks()) {
            if (isProjectSummary(t) || t.getNull()) {
                continue;
            }
            if (rules == RuleSet.P6 && t.getSummary() && !hasActivities(t)) {
                emptyWbs++;
                continue;
            }
            if (!t.getActive()) {
                inactive++;
            } else if (t.getExternalTask() || t.getExternalProject()) {
                external++;
            } else {
                out.add(t);
            }
        }
        if (inactive > 0) {
            losses.add(inactive + " inactive task(s) left out");
        }
        if (external > 0) {
            losses.add(external + " external task(s) left out; links to them are dropped");
        }
        if (emptyWbs > 0) {
            losses.add(emptyWbs + " WBS node(s) without activities left out");
        }
        return out;
    }

    /** Whether a P6 WBS node has an activity anywhere below it. */
    private static boolean hasActivities(org.mpxj.Task wbs) {
        for (org.mpxj.Task child : wbs.getChildTasks()) {
            if (!child.getSummary() || hasActivities(child)) {
                return true;
            }
        }
        return false;
    }

    private boolean isProjectSummary(org.mpxj.Task t) {
        return rules == RuleSet.MS_PROJECT && t.getID() != null && t.getID() == 0;
    }

    private void range(LocalDateTime start, List<org.mpxj.Task> tasks) {
        LocalDate min = start.toLocalDate();
        LocalDate max = min;
        List<LocalDateTime> dates = new ArrayList<>();
        dates.add(props.getStatusDate());
        dates.add(props.getFinishDate());
        dates.add(props.getMustFinishBy());
        for (org.mpxj.Task t : tasks) {
            dates.add(t.getConstraintDate());
            dates.add(t.getSecondaryConstraintDate());
            dates.add(t.getDeadline());
            dates.add(t.getActualStart());
            dates.add(t.getActualFinish());
            dates.add(t.getStart());
            dates.add(t.getFinish());
        }
        for (LocalDateTime d : dates) {
            if (d != null) {
                min = d.toLocalDate().isBefore(min) ? d.toLocalDate() : min;
                max = d.toLocalDate().isAfter(max) ? d.toLocalDate() : max;
            }
        }
        rangeFirst = min.minusYears(YEARS_BEFORE);
        rangeLast = max.plusYears(YEARS_AFTER);
    }

    private void assignIds(List<org.mpxj.Task> tasks) {
        Set<String> used = new HashSet<>();
        for (org.mpxj.Task t : tasks) {
            String id = rules == RuleSet.P6 && t.getActivityID() != null ? t.getActivityID()
                    : t.getID() != null ? String.valueOf(t.getID()) : "UID" + t.getUniqueID();
            if (!used.add(id)) {
                id = "UID" + t.getUniqueID();
                used.add(id);
            }
            taskIds.put(t, id);
        }
    }

    private ScheduleOptions options() {
        ScheduleOptions o = ScheduleOptions.DEFAULTS.withHonorConstraints(rules == RuleSet.P6 || props.getHonorConstraints());
        Duration critical = props.getCriticalSlackLimit();
        if (critical != null) {
            o = o.withCriticalFloatMinutes(minutes(critical));
        }
        if (rules == RuleSet.P6) {
            if (props.getRelationshipLagCalendar() != null) {
                switch (props.getRelationshipLagCalendar()) {
                    case SUCCESSOR:
                        o = o.withLagCalendar(LagCalendar.SUCCESSOR);
                        break;
                    case PROJECT_DEFAULT:
                        o = o.withLagCalendar(LagCalendar.PROJECT);
                        break;
                    case TWENTY_FOUR_HOUR:
                        o = o.withLagCalendar(LagCalendar.TWENTY_FOUR_HOUR);
                        break;
                    default:
                        o = o.withLagCalendar(LagCalendar.PREDECESSOR);
                }
            }
            if (props.getTotalSlackCalculationType() != null) {
                switch (props.getTotalSlackCalculationType()) {
                    case START_SLACK:
                        o = o.withFloatBasis(FloatBasis.START);
                        break;
                    case SMALLEST_SLACK:
                        o = o.withFloatBasis(FloatBasis.SMALLEST);
                        break;
                    default:
                        o = o.withFloatBasis(FloatBasis.FINISH);
                }
            }
            if (props.getSchedulingProgressedActivities() != null) {
                switch (props.getSchedulingProgressedActivities()) {
                    case PROGRESS_OVERRIDE:
                        o = o.withProgress(ProgressMode.PROGRESS_OVERRIDE);
                        break;
                    case RETAINED_LOGIC:
                        o = o.withProgress(ProgressMode.RETAINED_LOGIC);
                        break;
                    default:
                        losses.add("P6 'actual dates' progress scheduling is approximated by retained logic");
                        o = o.withProgress(ProgressMode.RETAINED_LOGIC);
                }
            }
            o = o.withMustFinishBy(props.getMustFinishBy());
        }
        return o;
    }

    private Task task(org.mpxj.Task t) {
        String id = taskIds.get(t);
        Task.Builder b = Task.builder(id).uniqueId(t.getUniqueID() == null ? null : t.getUniqueID().longValue()).name(t.getName());
        org.mpxj.Task parent = t.getParentTask();
        if (parent != null && taskIds.containsKey(parent)) {
            b.parent(taskIds.get(parent));
        }
        boolean summary = t.hasChildTasks();
        b.milestone(!summary && (t.getMilestone() || t.getActivityType() == ActivityType.START_MILESTONE
                || t.getActivityType() == ActivityType.FINISH_MILESTONE));
        b.startMilestone(t.getActivityType() == ActivityType.START_MILESTONE);
        ProjectCalendar calendar = t.getCalendar();
        Duration duration = t.getDuration();
        ResourceSchedule resources = summary || rules == RuleSet.P6 ? null : resourceSchedule(t);
        if (resources != null) {
            b.calendar(resources.calendar);
        } else if (calendar != null) {
            b.calendar(calendarId(calendar));
        }
        if (!summary) {
            int minutes = resources != null ? resources.minutes : duration == null ? 0 : minutes(duration);
            if (duration != null && duration.getUnits().isElapsed()) {
                b.elapsedDuration(minutes);
            } else {
                b.duration(minutes);
            }
            if (t.getActivityType() == ActivityType.LEVEL_OF_EFFORT) {
                losses.add(describe(t) + " is a level-of-effort activity; Linchpin schedules it as a task of its planned duration");
            }
        }
        b.constraint(constraint(t, t.getConstraintType(), t.getConstraintDate()));
        if (t.getSecondaryConstraintType() != null && t.getSecondaryConstraintDate() != null) {
            b.secondaryConstraint(constraint(t, t.getSecondaryConstraintType(), t.getSecondaryConstraintDate()));
        }
        b.deadline(t.getDeadline());
        for (Relation r : t.getPredecessors()) {
            org.mpxj.Task pred = r.getPredecessorTask();
            if (!taskIds.containsKey(pred)) {
                continue;
            }
            b.predecessor(new Link(taskIds.get(pred), linkType(r), lag(r.getLag()), null));
        }
        if (!summary) {
            b.actualStart(t.getActualStart());
            b.actualFinish(t.getActualFinish());
            if (t.getActualStart() != null) {
                Number pct = t.getPercentageComplete();
                b.percentComplete(pct == null ? 0 : Math.max(0, Math.min(100, pct.doubleValue())));
                Number physical = rules == RuleSet.P6 ? t.getPhysicalPercentComplete() : null;
                b.physicalPercentComplete(physical == null ? 0 : Math.max(0, Math.min(100, physical.doubleValue())));
                if (t.getRemainingDuration() != null) {
                    b.remainingDuration(resources != null && duration != null && minutes(duration) > 0
                            ? (int) Math.round((double) minutes(t.getRemainingDuration()) * resources.minutes / minutes(duration))
                            : minutes(t.getRemainingDuration()));
                }
            }
            if (t.getTaskMode() == TaskMode.MANUALLY_SCHEDULED && t.getStart() != null && t.getFinish() != null) {
                b.manual(t.getStart(), t.getFinish());
            }
        }
        stored.put(id, new StoredDates(t.getEarlyStart(), t.getEarlyFinish(), t.getLateStart(), t.getLateFinish(),
                t.getTotalSlack() == null ? null : minutes(t.getTotalSlack())));
        return b.build();
    }

    /** A task as the project manager knows it: its ID (P6: Activity ID) and name. */
    private String describe(org.mpxj.Task t) {
        String id = taskIds.containsKey(t) ? taskIds.get(t) : rules == RuleSet.P6 ? t.getActivityID() : String.valueOf(t.getID());
        return "task " + id + " '" + t.getName() + "'";
    }

    /** The calendar and duration by which MS Project schedules a task from its work resources. */
    private record ResourceSchedule(String calendar, int minutes) {
    }

    private ResourceSchedule resourceSchedule(org.mpxj.Task t) {
        if (t.getType() == TaskType.FIXED_DURATION) {
            return null;
        }
        List<ResourceAssignment> work = new ArrayList<>();
        for (ResourceAssignment a : t.getResourceAssignments()) {
            if (a.getResource() != null && a.getResource().getType() == ResourceType.WORK && a.getWork() != null) {
                work.add(a);
            }
        }
        if (work.isEmpty()) {
            return null;
        }
        String calendar = null;
        int longest = -1;
        Set<String> distinct = new TreeSet<>();
        for (ResourceAssignment a : work) {
            String c = effectiveCalendar(t, a);
            double units = a.getUnits() == null ? 100 : a.getUnits().doubleValue();
            int minutes = units <= 0 ? 0 : (int) Math.round(minutes(a.getWork()) * 100.0 / units);
            distinct.add(c);
            if (minutes > longest) {
                longest = minutes;
                calendar = c;
            }
        }
        if (distinct.size() > 1) {
            losses.add(describe(t) + " is scheduled by " + distinct.size() + " resource calendars " + distinct
                    + "; Linchpin schedules it on the calendar of its longest assignment");
        }
        return new ResourceSchedule(calendar, longest);
    }

    private Constraint constraint(org.mpxj.Task t, org.mpxj.ConstraintType type, LocalDateTime date) {
        if (type == null) {
            return Constraint.ASAP;
        }
        ConstraintType mapped;
        switch (type) {
            case AS_LATE_AS_POSSIBLE:
                mapped = ConstraintType.ALAP;
                break;
            case MUST_START_ON:
                mapped = ConstraintType.MSO;
                break;
            case MUST_FINISH_ON:
                mapped = ConstraintType.MFO;
                break;
            case START_NO_EARLIER_THAN:
                mapped = ConstraintType.SNET;
                break;
            case START_NO_LATER_THAN:
                mapped = ConstraintType.SNLT;
                break;
            case FINISH_NO_EARLIER_THAN:
                mapped = ConstraintType.FNET;
                break;
            case FINISH_NO_LATER_THAN:
                mapped = ConstraintType.FNLT;
                break;
            case START_ON:
                mapped = ConstraintType.START_ON;
                break;
            case FINISH_ON:
                mapped = ConstraintType.FINISH_ON;
                break;
            default:
                return Constraint.ASAP;
        }
        if (mapped.hasDate() && date == null) {
            losses.add(describe(t) + " has a " + mapped + " constraint without a date; it is scheduled as soon as possible");
            return Constraint.ASAP;
        }
        return Constraint.of(mapped, date);
    }

    private static LinkType linkType(Relation r) {
        switch (r.getType()) {
            case START_START:
                return LinkType.SS;
            case FINISH_FINISH:
                return LinkType.FF;
            case START_FINISH:
                return LinkType.SF;
            default:
                return LinkType.FS;
        }
    }

    private Lag lag(Duration lag) {
        if (lag == null || lag.getDuration() == 0) {
            return Lag.NONE;
        }
        if (lag.getUnits() == TimeUnit.PERCENT || lag.getUnits() == TimeUnit.ELAPSED_PERCENT) {
            return Lag.percent(lag.getDuration());
        }
        return lag.getUnits().isElapsed() ? Lag.elapsed(minutes(lag)) : Lag.working(minutes(lag));
    }

    private int minutes(Duration d) {
        if (d.getUnits() == TimeUnit.MINUTES || d.getUnits() == TimeUnit.ELAPSED_MINUTES) {
            return (int) Math.round(d.getDuration());
        }
        TimeUnit target = d.getUnits().isElapsed() ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES;
        return (int) Math.round(d.convertUnits(target, props).getDuration());
    }

    /**
     * The calendar an assignment works on: the resource's, or, when the task has a calendar of its
     * own, the time both work (MPXJ's combined calendar, which has no identity of its own, so the
     * intersection is built here from the two calendars).
     */
    private String effectiveCalendar(org.mpxj.Task t, ResourceAssignment a) {
        ProjectCalendar effective = a.getEffectiveCalendar();
        if (!(effective instanceof CombinedCalendar)) {
            return calendarId(effective);
        }
        String task = calendarId(t.getCalendar());
        String resource = calendarId(a.getResource().getCalendar());
        String id = task + " & " + resource;
        calendars.computeIfAbsent(id, k -> intersection(k, calendars.get(task), calendars.get(resource)));
        return id;
    }

    private static WorkCalendar intersection(String id, WorkCalendar a, WorkCalendar b) {
        WorkCalendar.Builder c = WorkCalendar.builder(id).name(id).minutesPerDay(a.minutesPerDay()).minutesPerWeek(a.minutesPerWeek());
        for (DayOfWeek d : DayOfWeek.values()) {
            c.hours(d, both(a.weekly(d), b.weekly(d)));
        }
        Set<LocalDate> days = new TreeSet<>();
        for (WorkCalendar x : List.of(a, b)) {
            for (CalendarException e : x.exceptions()) {
                for (LocalDate d = e.from(); !d.isAfter(e.to()); d = d.plusDays(1)) {
                    days.add(d);
                }
            }
        }
        for (LocalDate d : days) {
            WorkingHours h = both(a.hoursOn(d), b.hoursOn(d));
            if (!h.equals(both(a.weekly(d.getDayOfWeek()), b.weekly(d.getDayOfWeek())))) {
                c.exception(CalendarException.of(d, d, h));
            }
        }
        return c.build();
    }

    /** The working time two days' hours have in common. */
    private static WorkingHours both(WorkingHours a, WorkingHours b) {
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0, j = 0; i < a.intervals() && j < b.intervals();) {
            int from = Math.max(a.from(i), b.from(j));
            int to = Math.min(a.to(i), b.to(j));
            if (from < to) {
                pairs.add(from);
                pairs.add(to);
            }
            if (a.to(i) < b.to(j)) {
                i++;
            } else {
                j++;
            }
        }
        return pairs.isEmpty() ? WorkingHours.NONE : WorkingHours.ofMinutes(pairs.stream().mapToInt(Integer::intValue).toArray());
    }

    private String calendarId(ProjectCalendar c) {
        String id = calendarIds.get(c.getUniqueID());
        if (id == null) {
            id = c.getName() == null || c.getName().isBlank() ? "calendar " + c.getUniqueID() : c.getName();
            if (calendars.containsKey(id)) {
                id = id + " (" + c.getUniqueID() + ")";
            }
            calendarIds.put(c.getUniqueID(), id);
            calendars.put(id, calendar(id, c));
        }
        return id;
    }

    /**
     * The weekly hours, plus one exception per day on which MPXJ's resolved hours (exceptions, work
     * weeks, base calendars) differ from them.
     */
    private WorkCalendar calendar(String id, ProjectCalendar c) {
        WorkCalendar.Builder b = WorkCalendar.builder(id).name(c.getName());
        Map<DayOfWeek, WorkingHours> week = new HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            WorkingHours h = hours(c.getHours(d));
            week.put(d, h);
            b.hours(d, h);
        }
        Integer mpd = c.getMinutesPerDay();
        Integer mpw = c.getMinutesPerWeek();
        if (mpd != null && mpd > 0) {
            b.minutesPerDay(mpd);
        }
        if (mpw != null && mpw > 0) {
            b.minutesPerWeek(mpw);
        }
        for (LocalDate day : specialDays(c)) {
            WorkingHours h = hours(c.getHours(day));
            if (!h.equals(week.get(day.getDayOfWeek()))) {
                b.exception(CalendarException.of(day, day, h));
            }
        }
        return b.build();
    }

    /** Days on which the calendar or one of its base calendars has an exception or a different work week. */
    private Set<LocalDate> specialDays(ProjectCalendar c) {
        Set<LocalDate> days = new TreeSet<>();
        for (ProjectCalendar cal = c; cal != null; cal = cal.getParent()) {
            for (ProjectCalendarException e : cal.getExpandedCalendarExceptions()) {
                addDays(days, e.getFromDate(), e.getToDate());
            }
            for (ProjectCalendarWeek w : cal.getWorkWeeks()) {
                if (w.getDateRange() != null) {
                    addDays(days, w.getDateRange().getStart(), w.getDateRange().getEnd());
                }
            }
        }
        return days;
    }

    private void addDays(Set<LocalDate> days, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return;
        }
        LocalDate first = from.isBefore(rangeFirst) ? rangeFirst : from;
        LocalDate last = to.isAfter(rangeLast) ? rangeLast : to;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
    }

    private static WorkingHours hours(ProjectCalendarHours hours) {
        if (hours == null || hours.isEmpty()) {
            return WorkingHours.NONE;
        }
        int[] pairs = new int[hours.size() * 2];
        int k = 0;
        for (LocalTimeRange r : hours) {
            LocalTime from = r.getStart();
            LocalTime to = r.getEnd();
            int f = from.getHour() * 60 + from.getMinute();
            int t = to.getHour() * 60 + to.getMinute();
            pairs[k++] = f;
            pairs[k++] = t == 0 || t <= f ? 1440 : t;
        }
        return WorkingHours.ofMinutes(pairs);
    }
}

package io.linchpin.files;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.CostRate;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Project;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.TaskSchedule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mpxj.ActivityType;
import org.mpxj.Availability;
import org.mpxj.ConstraintType;
import org.mpxj.CostRateTable;
import org.mpxj.CostRateTableEntry;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.Priority;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.RelationshipLagCalendar;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.SchedulingProgressedActivities;
import org.mpxj.TotalSlackCalculationType;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.common.LocalDateTimeHelper;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;

/** Writes a plan, with its computed dates, as MSPDI XML or a P6 XER file through MPXJ. */
final class MpxjExport {

    private final Plan plan;
    private final Schedule schedule;
    private final ProjectFile file = new ProjectFile();
    private final Map<String, ProjectCalendar> calendars = new HashMap<>();
    private final Map<String, org.mpxj.Task> tasks = new HashMap<>();
    /** Unique IDs given so far, and those the plan's tasks brought (a task keeps its own, so a re-import can match it). */
    private final Set<Integer> usedUniqueIds = new HashSet<>();
    private final Set<Long> planUniqueIds;
    /** What the format could not carry, one line per kind. */
    private final List<String> notes = new ArrayList<>();

    MpxjExport(Plan plan, Schedule schedule) {
        this.plan = plan;
        this.schedule = schedule;
        this.planUniqueIds = plan.tasks().stream().map(Task::uniqueId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Writes the file and returns what it could not carry. */
    List<String> write(Path path, ProjectFormat format) {
        toProjectFile(format == ProjectFormat.XER);
        try {
            if (format == ProjectFormat.XER) {
                new PrimaveraXERFileWriter().write(file, path.toFile());
            } else {
                new MSPDIWriter().write(file, path.toFile());
            }
        } catch (IOException | RuntimeException e) {
            throw new ProjectFileException(path + ": cannot write " + format + " (" + e.getMessage() + ")", e);
        }
        return List.copyOf(notes);
    }

    /** Builds the MPXJ model of the plan and its dates; {@code p6} adds P6's activity types. */
    ProjectFile toProjectFile(boolean p6) {
        ProjectProperties props = file.getProjectProperties();
        props.setName(plan.name());
        props.setProjectTitle(plan.name());
        props.setStartDate(plan.start());
        props.setPlannedStart(plan.start());
        props.setStatusDate(plan.statusDate());
        props.setFinishDate(schedule.finish());
        props.setHonorConstraints(plan.options().honorConstraints());
        props.setMustFinishBy(plan.options().mustFinishBy());
        props.setCriticalSlackLimit(Duration.getInstance(plan.options().criticalFloatMinutes(), TimeUnit.MINUTES));
        if (plan.options().lagCalendar() != null) {
            props.setRelationshipLagCalendar(RelationshipLagCalendar.valueOf(plan.options().lagCalendar() == LagCalendar.PROJECT
                    ? "PROJECT_DEFAULT" : plan.options().lagCalendar().name()));
        }
        if (plan.options().floatBasis() != null) {
            props.setTotalSlackCalculationType(TotalSlackCalculationType.valueOf(plan.options().floatBasis().name() + "_SLACK"));
        }
        if (plan.options().progress() != null) {
            props.setSchedulingProgressedActivities(SchedulingProgressedActivities.valueOf(plan.options().progress().name()));
        }
        for (WorkCalendar c : plan.calendars().values()) {
            calendars.put(c.id(), calendar(c));
        }
        props.setDefaultCalendar(calendars.get(plan.calendarId()));
        Map<String, List<Task>> children = new HashMap<>();
        for (Task t : plan.tasks()) {
            children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t);
        }
        int[] next = {1};
        addChildren(null, null, children, next, p6);
        resources(p6);
        for (Task t : plan.tasks()) {
            for (Link l : t.predecessors()) {
                Lag lag = l.lag();
                if (p6 && lag.unit() == Lag.Unit.PERCENT) {
                    // P6 has no percentage lags: the same lag in working minutes schedules the same.
                    lag = Lag.working((int) Math.round(plan.task(l.predecessor()).duration() * lag.amount() / 100));
                }
                tasks.get(t.id()).addPredecessor(new Relation.Builder().predecessorTask(tasks.get(l.predecessor()))
                        .type(relationType(l)).lag(lag(lag)));
            }
        }
        return file;
    }

    /**
     * Resources with their max units, calendars and standard rates, and the assignments with their
     * units. The plan's resource id goes to P6's Resource ID and MS Project's Code (MS Project's own
     * ID is a number); a material resource's units are its quantity. P6 gives each resource its
     * currency; MSPDI has one for the file, the first rate's.
     */
    private void resources(boolean p6) {
        Currency currency = plan.resources().stream().map(Resource::rate).filter(r -> r != null).map(CostRate::currency)
                .findFirst().orElse(null);
        if (currency != null) {
            file.getProjectProperties().setCurrencyCode(currency.getCurrencyCode());
        }
        List<String> otherCurrency = new ArrayList<>();
        Map<Currency, org.mpxj.Currency> currencies = new HashMap<>();
        Map<String, org.mpxj.Resource> written = new HashMap<>();
        int id = 1;
        for (Resource r : plan.resources()) {
            org.mpxj.Resource m = file.addResource();
            m.setID(id);
            m.setUniqueID(id++);
            m.setName(r.name());
            m.setResourceID(r.id());
            m.setCode(r.id());
            m.setType(r.isWork() ? ResourceType.WORK : ResourceType.MATERIAL);
            if (r.isWork()) {
                m.getAvailability().add(new Availability(LocalDateTimeHelper.START_DATE_NA, LocalDateTimeHelper.END_DATE_NA,
                        r.maxUnits() * 100));
                // MS Project gives every work resource a calendar of its own, derived from a base calendar.
                ProjectCalendar own = file.addDefaultDerivedCalendar();
                own.setName(r.name());
                own.setParent(calendars.get(r.calendar() != null ? r.calendar() : plan.calendarId()));
                m.setCalendar(own);
            }
            if (r.rate() != null && !p6 && !r.rate().currency().equals(currency)) {
                otherCurrency.add(r.id());
            } else if (r.rate() != null) {
                if (p6) {
                    m.setCurrency(currencies.computeIfAbsent(r.rate().currency(), c -> {
                        org.mpxj.Currency added = new org.mpxj.Currency.Builder(file).currencyID(c.getCurrencyCode())
                                .name(c.getDisplayName()).symbol(c.getSymbol()).exchangeRate(1.0)
                                .numberOfDecimalPlaces(c.getDefaultFractionDigits()).decimalSymbol(".").digitGroupingSymbol(",")
                                .positiveCurrencyFormat("#1.1").negativeCurrencyFormat("(#1.1)").build();
                        file.getCurrencies().add(added);
                        return added;
                    }));
                }
                CostRateTable table = new CostRateTable();
                table.add(new CostRateTableEntry(LocalDateTimeHelper.START_DATE_NA, LocalDateTimeHelper.END_DATE_NA, 0,
                        p6 ? hourlyRate(r.rate()) : new Rate(r.rate().amount(), rateUnit(r.rate().per())), new Rate(0, TimeUnit.HOURS)));
                m.setCostRateTable(0, table);
            }
            written.put(r.id(), m);
        }
        if (!otherCurrency.isEmpty()) {
            notes.add(otherCurrency.size() + " cost rate(s) left out: the file has one currency, " + currency
                    + ", and these resources are paid in another: " + String.join(", ", otherCurrency));
        }
        if (p6 && plan.tasks().stream().anyMatch(t -> t.priority() != Project.DEFAULT_PRIORITY)) {
            notes.add("task priorities written as P6's five levels (Top, High, Normal, Low, Lowest)");
        }
        if (plan.projects().size() > 1) {
            notes.add(plan.projects().size() + " projects sharing the plan's resources written as one project");
        }
        for (Assignment a : plan.assignments()) {
            org.mpxj.Resource r = written.get(a.resource());
            org.mpxj.Task t = tasks.get(a.task());
            ResourceAssignment m = t.addResourceAssignment(r);
            boolean work = r.getType() == ResourceType.WORK;
            m.setUnits(work ? a.units() * 100 : a.units());
            TaskSchedule s = schedule.task(a.task());
            m.setStart(s.start());
            m.setFinish(s.finish());
            if (work) {
                Task task = plan.task(a.task());
                m.setWork(Duration.getInstance(task.duration() * a.units(), TimeUnit.MINUTES));
            }
        }
    }

    /**
     * P6 prices work by the hour: other periods convert as MS Project counts them, by the plan
     * calendar's hours per day and per week, 20 days a month and 52 weeks a year.
     */
    private Rate hourlyRate(CostRate rate) {
        WorkCalendar c = plan.calendar(plan.calendarId());
        double day = c.minutesPerDay() / 60.0;
        double week = c.minutesPerWeek() / 60.0;
        double hours = switch (rate.per()) {
            case DAY -> day;
            case WEEK -> week;
            case MONTH -> 20 * day;
            case YEAR -> 52 * week;
            default -> 1;
        };
        return new Rate(rate.amount().divide(BigDecimal.valueOf(hours), MathContext.DECIMAL64), TimeUnit.HOURS);
    }

    private static TimeUnit rateUnit(CostRate.Per per) {
        switch (per) {
            case DAY:
                return TimeUnit.DAYS;
            case WEEK:
                return TimeUnit.WEEKS;
            case MONTH:
                return TimeUnit.MONTHS;
            case YEAR:
                return TimeUnit.YEARS;
            default:
                return TimeUnit.HOURS;
        }
    }

    /** The first unique ID from {@code from} on that is neither given nor brought by a task of the plan. */
    private int freeUniqueId(int from) {
        int id = from;
        while (planUniqueIds.contains((long) id) || !usedUniqueIds.add(id)) {
            id++;
        }
        return id;
    }

    private void addChildren(String parentId, org.mpxj.Task parent, Map<String, List<Task>> children, int[] next, boolean p6) {
        for (Task t : children.getOrDefault(parentId, List.of())) {
            org.mpxj.Task m = parent == null ? file.addTask() : parent.addTask();
            int id = next[0]++;
            m.setID(id);
            // A task keeps the unique ID it came with, so that a re-import of the file can match it.
            int unique = t.uniqueId() != null && t.uniqueId() > 0 && t.uniqueId() <= Integer.MAX_VALUE
                    && usedUniqueIds.add(t.uniqueId().intValue()) ? t.uniqueId().intValue() : freeUniqueId(id);
            m.setUniqueID(unique);
            m.setName(t.name());
            m.setActivityID(t.id());
            tasks.put(t.id(), m);
            boolean summary = children.containsKey(t.id());
            m.setSummary(summary);
            if (!summary) {
                fill(m, t, p6);
            }
            dates(m, schedule.task(t.id()));
            addChildren(t.id(), m, children, next, p6);
        }
    }

    private void fill(org.mpxj.Task m, Task t, boolean p6) {
        m.setDuration(Duration.getInstance(t.duration(), t.elapsed() ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES));
        m.setMilestone(t.milestone());
        m.setPriority(Priority.getInstance(t.priority()));
        if (p6) {
            m.setActivityType(t.milestone() ? (t.startMilestone() ? ActivityType.START_MILESTONE : ActivityType.FINISH_MILESTONE)
                    : ActivityType.TASK_DEPENDENT);
        }
        if (t.calendar() != null) {
            m.setCalendar(calendars.get(t.calendar()));
        }
        m.setConstraintType(constraintType(t.constraint().type()));
        m.setConstraintDate(t.constraint().date());
        if (t.secondaryConstraint() != null) {
            m.setSecondaryConstraintType(constraintType(t.secondaryConstraint().type()));
            m.setSecondaryConstraintDate(t.secondaryConstraint().date());
        }
        m.setDeadline(t.deadline());
        m.setActualStart(t.actualStart());
        m.setActualFinish(t.actualFinish());
        m.setPercentageComplete(t.percentComplete());
        if (t.physicalPercentComplete() != 0) {
            m.setPhysicalPercentComplete(t.physicalPercentComplete());
        }
        int remaining = t.remainingDuration() != null ? t.remainingDuration()
                : t.actualFinish() != null ? 0 : (int) Math.round(t.duration() * (1 - t.percentComplete() / 100));
        TimeUnit unit = t.elapsed() ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES;
        m.setRemainingDuration(Duration.getInstance(remaining, unit));
        m.setActualDuration(Duration.getInstance(Math.max(0, t.duration() - remaining), unit));
        if (t.isManuallyScheduled()) {
            m.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
        }
    }

    private static void dates(org.mpxj.Task m, TaskSchedule s) {
        m.setStart(s.start());
        m.setFinish(s.finish());
        m.setEarlyStart(s.earlyStart());
        m.setEarlyFinish(s.earlyFinish());
        m.setLateStart(s.lateStart());
        m.setLateFinish(s.lateFinish());
        m.setTotalSlack(Duration.getInstance(s.totalFloatMinutes(), TimeUnit.MINUTES));
        m.setFreeSlack(Duration.getInstance(s.freeFloatMinutes(), TimeUnit.MINUTES));
        m.setCritical(s.critical());
    }

    private ProjectCalendar calendar(WorkCalendar c) {
        ProjectCalendar pc = file.addCalendar();
        pc.setName(c.id());
        pc.setCalendarMinutesPerDay(c.minutesPerDay());
        pc.setCalendarMinutesPerWeek(c.minutesPerWeek());
        for (DayOfWeek d : DayOfWeek.values()) {
            WorkingHours h = c.weekly(d);
            pc.setCalendarDayType(d, h.isWorking() ? DayType.WORKING : DayType.NON_WORKING);
            ranges(pc.addCalendarHours(d), h);
        }
        LocalDate first = plan.start().toLocalDate().minusYears(3);
        LocalDate last = schedule.finish().toLocalDate().plusYears(25);
        for (CalendarException e : c.exceptions()) {
            if (e.recurrence() == null) {
                ranges(pc.addCalendarException(e.from(), e.to()), e.hours());
                continue;
            }
            // Written out day by day over the years around the plan.
            LocalDate to = e.to().isAfter(last) ? last : e.to();
            for (LocalDate d = e.from().isBefore(first) ? first : e.from(); !d.isAfter(to); d = d.plusDays(1)) {
                if (e.appliesOn(d)) {
                    ranges(pc.addCalendarException(d, d), e.hours());
                }
            }
        }
        return pc;
    }

    private static void ranges(ProjectCalendarHours target, WorkingHours hours) {
        for (int i = 0; i < hours.intervals(); i++) {
            target.add(new LocalTimeRange(time(hours.from(i)), time(hours.to(i))));
        }
    }

    private static LocalTime time(int minute) {
        return minute >= 1440 ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
    }

    private static RelationType relationType(Link l) {
        switch (l.type()) {
            case SS:
                return RelationType.START_START;
            case FF:
                return RelationType.FINISH_FINISH;
            case SF:
                return RelationType.START_FINISH;
            default:
                return RelationType.FINISH_START;
        }
    }

    private static Duration lag(Lag lag) {
        switch (lag.unit()) {
            case PERCENT:
                return Duration.getInstance(lag.amount(), TimeUnit.PERCENT);
            case ELAPSED:
                return Duration.getInstance(lag.amount(), TimeUnit.ELAPSED_MINUTES);
            default:
                return Duration.getInstance(lag.amount(), TimeUnit.MINUTES);
        }
    }

    private static ConstraintType constraintType(io.linchpin.engine.plan.ConstraintType type) {
        switch (type) {
            case ALAP:
                return ConstraintType.AS_LATE_AS_POSSIBLE;
            case SNET:
                return ConstraintType.START_NO_EARLIER_THAN;
            case SNLT:
                return ConstraintType.START_NO_LATER_THAN;
            case FNET:
                return ConstraintType.FINISH_NO_EARLIER_THAN;
            case FNLT:
                return ConstraintType.FINISH_NO_LATER_THAN;
            case MSO:
                return ConstraintType.MUST_START_ON;
            case MFO:
                return ConstraintType.MUST_FINISH_ON;
            case START_ON:
                return ConstraintType.START_ON;
            case FINISH_ON:
                return ConstraintType.FINISH_ON;
            default:
                return ConstraintType.AS_SOON_AS_POSSIBLE;
        }
    }
}

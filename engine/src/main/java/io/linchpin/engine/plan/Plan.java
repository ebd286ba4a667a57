package io.linchpin.engine.plan;

import io.linchpin.engine.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A schedulable plan: calendars, tasks and links, with the rule set and options to schedule
 * them by, and the resources assigned to its tasks. Immutable and validated on
 * {@link Builder#build()}: every task id is unique, every named parent, predecessor and calendar
 * exists, and no task is its own ancestor; every resource id is unique, every assignment names a
 * task without children and a resource of the plan, and no task belongs to two projects.
 *
 * <p>Dates are local wall-clock date-times of the plan's {@link #timeZone()}.
 */
public final class Plan {

    /** Id of the calendar used when a plan defines none. */
    public static final String DEFAULT_CALENDAR_ID = "standard";

    private final String name;
    private final LocalDateTime start;
    private final ZoneId timeZone;
    private final RuleSet rules;
    private final LocalDateTime statusDate;
    private final String calendar;
    private final Map<String, WorkCalendar> calendars;
    private final List<Task> tasks;
    private final Map<String, Integer> indexById;
    private final ScheduleOptions options;
    private final LocalDate rangeFirst;
    private final LocalDate rangeLast;
    private final List<Resource> resources;
    private final Map<String, Resource> resourceById;
    private final List<Assignment> assignments;
    private final List<Project> projects;

    private Plan(Builder b, Map<String, WorkCalendar> calendars, String calendar, Map<String, Integer> indexById,
            Map<String, Resource> resourceById) {
        this.name = b.name;
        this.start = b.start;
        this.timeZone = b.timeZone;
        this.rules = b.rules;
        this.statusDate = b.statusDate;
        this.calendar = calendar;
        this.calendars = Collections.unmodifiableMap(calendars);
        this.tasks = List.copyOf(b.tasks);
        this.indexById = Collections.unmodifiableMap(indexById);
        this.options = b.options;
        this.rangeFirst = b.rangeFirst;
        this.rangeLast = b.rangeLast;
        this.resources = List.copyOf(b.resources);
        this.resourceById = Collections.unmodifiableMap(resourceById);
        this.assignments = List.copyOf(b.assignments);
        this.projects = List.copyOf(b.projects);
    }

    public static Builder builder(LocalDateTime start) {
        return new Builder(start);
    }

    /** A builder holding this plan's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(start).name(name).timeZone(timeZone).rules(rules).statusDate(statusDate).calendar(calendar)
                .options(options).calendarRange(rangeFirst, rangeLast);
        calendars.values().forEach(b::addCalendar);
        tasks.forEach(b::addTask);
        resources.forEach(b::addResource);
        assignments.forEach(b::addAssignment);
        projects.forEach(b::addProject);
        return b;
    }

    public String name() {
        return name;
    }

    /** Project start: no task starts earlier unless its progress says so. */
    public LocalDateTime start() {
        return start;
    }

    /** Time zone of the plan's wall-clock dates, or {@code null} if unknown. */
    public ZoneId timeZone() {
        return timeZone;
    }

    public RuleSet rules() {
        return rules;
    }

    /** Status (data) date: where remaining work of started tasks continues from; {@code null} if none. */
    public LocalDateTime statusDate() {
        return statusDate;
    }

    /** Id of the plan's default calendar. */
    public String calendarId() {
        return calendar;
    }

    /** Calendars by id, in the order they were added. */
    public Map<String, WorkCalendar> calendars() {
        return calendars;
    }

    public WorkCalendar calendar(String id) {
        return calendars.get(id);
    }

    /** Tasks in outline order. */
    public List<Task> tasks() {
        return tasks;
    }

    /** Position of a task in {@link #tasks()}, or -1. */
    public int indexOf(String taskId) {
        return indexById.getOrDefault(taskId, -1);
    }

    public Task task(String id) {
        int i = indexOf(id);
        return i < 0 ? null : tasks.get(i);
    }

    public ScheduleOptions options() {
        return options;
    }

    /** First day of an explicitly set calendar range, or {@code null} to derive it from the plan's dates. */
    public LocalDate calendarRangeFirst() {
        return rangeFirst;
    }

    /** Last day of an explicitly set calendar range, or {@code null}. */
    public LocalDate calendarRangeLast() {
        return rangeLast;
    }

    /** Resources, in the order they were added. */
    public List<Resource> resources() {
        return resources;
    }

    /** The resource with this id, or {@code null}. */
    public Resource resource(String id) {
        return resourceById.get(id);
    }

    /** Every assignment of a resource to a task, in the order they were added. */
    public List<Assignment> assignments() {
        return assignments;
    }

    /** The projects sharing the plan's resources; empty when the plan is one project. */
    public List<Project> projects() {
        return projects;
    }

    /** Builds a {@link Plan}. */
    public static final class Builder {
        private String name = "";
        private final LocalDateTime start;
        private ZoneId timeZone;
        private RuleSet rules = RuleSet.MS_PROJECT;
        private LocalDateTime statusDate;
        private String calendar;
        private final List<WorkCalendar> calendars = new ArrayList<>();
        private final List<Task> tasks = new ArrayList<>();
        private ScheduleOptions options = ScheduleOptions.DEFAULTS;
        private LocalDate rangeFirst;
        private LocalDate rangeLast;
        private final List<Resource> resources = new ArrayList<>();
        private final List<Assignment> assignments = new ArrayList<>();
        private final List<Project> projects = new ArrayList<>();

        private Builder(LocalDateTime start) {
            this.start = Objects.requireNonNull(start, "plan start");
        }

        public Builder name(String value) {
            this.name = value == null ? "" : value;
            return this;
        }

        public Builder timeZone(ZoneId value) {
            this.timeZone = value;
            return this;
        }

        public Builder rules(RuleSet value) {
            this.rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        public Builder statusDate(LocalDateTime value) {
            this.statusDate = value;
            return this;
        }

        /** The default calendar's id; the first calendar added if not set. */
        public Builder calendar(String id) {
            this.calendar = id;
            return this;
        }

        public Builder addCalendar(WorkCalendar value) {
            calendars.add(Objects.requireNonNull(value, "calendar"));
            return this;
        }

        public Builder addTask(Task value) {
            tasks.add(Objects.requireNonNull(value, "task"));
            return this;
        }

        public Builder tasks(List<Task> values) {
            tasks.clear();
            values.forEach(this::addTask);
            return this;
        }

        public Builder addResource(Resource value) {
            resources.add(Objects.requireNonNull(value, "resource"));
            return this;
        }

        public Builder addAssignment(Assignment value) {
            assignments.add(Objects.requireNonNull(value, "assignment"));
            return this;
        }

        public Builder addProject(Project value) {
            projects.add(Objects.requireNonNull(value, "project"));
            return this;
        }

        public Builder options(ScheduleOptions value) {
            this.options = Objects.requireNonNull(value, "options");
            return this;
        }

        /** Fixes the range over which calendars are tabulated; both {@code null} derives it from the plan's dates. */
        public Builder calendarRange(LocalDate first, LocalDate last) {
            if ((first == null) != (last == null)) {
                throw new IllegalArgumentException("a calendar range needs both a first and a last day");
            }
            this.rangeFirst = first;
            this.rangeLast = last;
            return this;
        }

        /**
         * Validates and builds the plan.
         *
         * @throws InvalidPlanException listing every problem found
         */
        public Plan build() {
            List<String> problems = new ArrayList<>();
            Map<String, WorkCalendar> byId = new LinkedHashMap<>();
            for (WorkCalendar c : calendars) {
                if (byId.put(c.id(), c) != null) {
                    problems.add("calendar id '" + c.id() + "' is used twice");
                }
            }
            if (byId.isEmpty()) {
                byId.put(DEFAULT_CALENDAR_ID, WorkCalendar.standard(DEFAULT_CALENDAR_ID));
            }
            String defaultCalendar = calendar == null ? byId.keySet().iterator().next() : calendar;
            if (!byId.containsKey(defaultCalendar)) {
                problems.add("the plan's calendar '" + defaultCalendar + "' is not defined");
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < tasks.size(); i++) {
                if (index.putIfAbsent(tasks.get(i).id(), i) != null) {
                    problems.add("task id '" + tasks.get(i).id() + "' is used twice");
                }
            }
            for (Task t : tasks) {
                if (t.parent() != null && !index.containsKey(t.parent())) {
                    problems.add(t + ": parent '" + t.parent() + "' does not exist");
                }
                if (t.calendar() != null && !byId.containsKey(t.calendar())) {
                    problems.add(t + ": calendar '" + t.calendar() + "' is not defined");
                }
                for (Link l : t.predecessors()) {
                    if (!index.containsKey(l.predecessor())) {
                        problems.add(t + ": predecessor '" + l.predecessor() + "' does not exist");
                    } else if (l.predecessor().equals(t.id())) {
                        problems.add(t + " is linked to itself");
                    }
                }
                if (t.actualFinish() != null && t.actualStart() == null) {
                    problems.add(t + " has an actual finish but no actual start");
                }
                if (t.actualFinish() != null && t.actualStart() != null && t.actualFinish().isBefore(t.actualStart())) {
                    problems.add(t + ": actual finish " + t.actualFinish() + " is before actual start " + t.actualStart());
                }
            }
            if (rangeFirst != null && rangeLast.isBefore(rangeFirst)) {
                problems.add("calendar range ends (" + rangeLast + ") before it starts (" + rangeFirst + ")");
            }
            checkParentCycles(index, problems);
            Map<String, Resource> resourceById = checkResources(byId, index, problems);
            if (!problems.isEmpty()) {
                throw new InvalidPlanException(problems);
            }
            return new Plan(this, byId, defaultCalendar, index, resourceById);
        }

        private Map<String, Resource> checkResources(Map<String, WorkCalendar> calendarsById, Map<String, Integer> index,
                List<String> problems) {
            Map<String, Resource> byId = new LinkedHashMap<>();
            for (Resource r : resources) {
                if (byId.put(r.id(), r) != null) {
                    problems.add("resource id '" + r.id() + "' is used twice");
                }
                if (r.calendar() != null && !calendarsById.containsKey(r.calendar())) {
                    problems.add(r + ": calendar '" + r.calendar() + "' is not defined");
                }
            }
            Set<String> summaries = new HashSet<>();
            for (Task t : tasks) {
                if (t.parent() != null) {
                    summaries.add(t.parent());
                }
            }
            Set<List<String>> assigned = new HashSet<>();
            for (Assignment a : assignments) {
                if (!index.containsKey(a.task())) {
                    problems.add("an assignment of " + a.resource() + " names task '" + a.task() + "', which does not exist");
                } else if (summaries.contains(a.task())) {
                    problems.add("task " + a.task() + " is a summary: assign " + a.resource() + " to the tasks below it");
                }
                if (!byId.containsKey(a.resource())) {
                    problems.add("task " + a.task() + ": resource '" + a.resource() + "' does not exist");
                }
                if (!assigned.add(List.of(a.task(), a.resource()))) {
                    problems.add("task " + a.task() + " has resource " + a.resource() + " assigned twice");
                }
            }
            Map<String, String> projectOf = new HashMap<>();
            Set<String> projectIds = new HashSet<>();
            for (Project p : projects) {
                if (!projectIds.add(p.id())) {
                    problems.add("project id '" + p.id() + "' is used twice");
                }
                for (String id : p.tasks()) {
                    if (!index.containsKey(id)) {
                        problems.add("project " + p.id() + " names task '" + id + "', which does not exist");
                    } else if (projectOf.containsKey(id)) {
                        problems.add("task " + id + " is named by projects " + projectOf.get(id) + " and " + p.id());
                    } else {
                        projectOf.put(id, p.id());
                    }
                }
            }
            for (Task t : tasks) {
                String own = projectOf.get(t.id());
                Set<String> seen = new HashSet<>();
                for (String up = t.parent(); up != null && seen.add(up) && index.containsKey(up); up = tasks.get(index.get(up)).parent()) {
                    String above = projectOf.get(up);
                    if (above != null && own != null && !above.equals(own)) {
                        problems.add("task " + t.id() + " belongs to project " + own + " and, through summary " + up + ", to project " + above);
                    }
                }
            }
            return byId;
        }

        private void checkParentCycles(Map<String, Integer> index, List<String> problems) {
            for (Task t : tasks) {
                Set<String> seen = new HashSet<>();
                Task cur = t;
                while (cur != null && cur.parent() != null) {
                    if (!seen.add(cur.id())) {
                        problems.add(t + " is its own ancestor through parents " + seen);
                        break;
                    }
                    Integer p = index.get(cur.parent());
                    cur = p == null ? null : tasks.get(p);
                }
            }
        }
    }
}

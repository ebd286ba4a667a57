package io.linchpin.engine.resource;

import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.CalendarTables;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.leveling.Leveler;
import io.linchpin.engine.leveling.LevelingHorizonException;
import io.linchpin.engine.leveling.LevelingOptions;
import io.linchpin.engine.leveling.LevelingProblem;
import io.linchpin.engine.leveling.LevelingResult;
import io.linchpin.engine.leveling.PeriodCalendar;
import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.InvalidPlanException;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Project;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.TaskSchedule;
import io.linchpin.engine.schedule.Workspace;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Levels a {@link Plan}: delays tasks so that no work resource is asked for more than its max
 * units while it works, never breaking a link, a constraint or an actual, and looks for the
 * earliest finish (for several projects, the earliest total finish, then the smallest average
 * project delay, higher-priority projects first).
 *
 * <pre>{@code
 * LeveledPlan leveled = PlanLeveler.level(plan, PlanLevelingOptions.defaults().withTimeLimit(Duration.ofSeconds(1)));
 * leveled.task("B").levelingDelayMinutes();
 * leveled.leveled().finish();                  // the engine's schedule with the leveling delays
 * }</pre>
 *
 * <h2>From the plan to the leveler</h2>
 *
 * <ul>
 * <li>Activities are the tasks without children. A task's release is its unleveled early start
 * (constraints, the status date and the links of tasks that do not move are in it).</li>
 * <li>Tasks leveling does not move: finished tasks (left out), started tasks (fixed where the
 * schedule has their remaining work: from the actual start under MS Project's rules, from the
 * remaining early start under P6's, to the finish), manually scheduled tasks, tasks with a hard
 * "must start on" or "must finish on" constraint, as-late-as-possible tasks and tasks of priority
 * 1000 (MS Project's "do not level"). Their resources are taken first. The last two still move
 * with their links: where the engine moves them, the plan is leveled again around their new
 * dates.</li>
 * <li>Links of every type, with working, elapsed and percentage lags, on the lag calendar the
 * engine uses; a link from a summary holds from the summary's children (from the one that starts
 * first, for a link from its start), a link to a summary holds for each of its children.</li>
 * <li>A "no later than" constraint, and with {@link PlanLevelingOptions#withinFloat()} the late
 * finish, is a latest finish: a task that cannot be leveled before it stays at its early start.</li>
 * <li>Work resources with their max units while their calendar works. A task works on its own
 * calendar and holds a resource while both work, as an MS Project assignment follows its
 * resource's calendar: a task on the standard calendar asks nothing of a half-day person in the
 * afternoon, nor of anyone on holiday. Material resources are never leveled. Task and project
 * priorities.</li>
 * <li>The periods: the working time of the union of the calendars involved, cut into periods of
 * the longest length that every duration, lag and unleveled start is a whole number of and at
 * whose ends alone a calendar starts or stops working (a working day for a plan on one calendar
 * with whole-day durations, half a day beside a half-day calendar, an hour for hourly durations).
 * Leveling in them is exact; {@link LeveledPlan#periodMinutes()} tells which was chosen.</li>
 * </ul>
 *
 * <h2>Back to the plan</h2>
 *
 * Each task the leveler delayed gets a "not before" time at its leveled start and the engine
 * schedules the plan again: the leveled dates are the engine's, so links and constraints hold by
 * construction. Where the engine puts a task later than the leveler did (a rule the leveler does
 * not model, such as a milestone across calendars, or an as-late-as-possible task that moved), that
 * start becomes the task's release and the plan is leveled again, until the two agree.
 *
 * <p>A task that asks more of a resource than its max units is an error naming both; so is a task
 * that cannot be fitted before the end of the plan's calendar range.
 */
public final class PlanLeveler {

    /** Rounds of leveling again where the engine placed a task later than the leveler. */
    private static final int SETTLING_ROUNDS = 8;
    /** Cells of profile and calendars the axis may take, about 256 MB. */
    private static final long MAX_CELLS = 64L << 20;
    private static final int DO_NOT_LEVEL = 1000;
    /** The capacity of a resource in a period its calendar does not work: no demand counts there. */
    private static final int OFF_DUTY = Integer.MAX_VALUE / 4;

    private PlanLeveler() {
    }

    /**
     * Levels the plan.
     *
     * @throws InvalidPlanException if a task asks more of a resource than it ever has, or cannot be
     *     fitted before the end of the calendar range; the message names the task and the resource
     * @throws io.linchpin.engine.schedule.CycleException if the links form a loop
     */
    public static LeveledPlan level(Plan plan, PlanLevelingOptions options) {
        long startedAt = System.nanoTime();
        ScheduleNetwork net = ScheduleNetwork.compile(plan);
        Workspace ws = net.newWorkspace();
        net.run(ws);
        Schedule unleveled = Schedule.of(ws);
        return new Run(plan, net, unleveled, options, startedAt, System.nanoTime() - startedAt).level();
    }

    /** What the leveler is told about one task without children. */
    private static final class Activity {
        final Task task;
        final int node;
        final CalendarTable calendar;
        final boolean fixed;
        /** Movable: the earliest start (engine minute). Fixed: the scheduled start. */
        int start;
        /** Fixed: the scheduled finish. */
        int finish;
        final int duration;
        int latestFinish = Integer.MAX_VALUE;
        final Map<Resource, Double> demand = new LinkedHashMap<>();
        int project;
        /** A task that leveling does not delay but that its links still move (as late as possible, "do not level"). */
        boolean followsLinks;

        Activity(Task task, int node, CalendarTable calendar, boolean fixed, int duration) {
            this.task = task;
            this.node = node;
            this.calendar = calendar;
            this.fixed = fixed;
            this.duration = duration;
        }
    }

    private record Edge(Activity from, Activity to, Link link, int lagMinutes, CalendarTable lagCalendar) {
    }

    private static final class Run {
        private final Plan plan;
        private final ScheduleNetwork net;
        private final Schedule unleveled;
        private final PlanLevelingOptions options;
        private final long startedAt;
        /** What scheduling the plan took: the engine's leveled schedule at the end takes about as long. */
        private final long scheduling;
        private final Map<String, CalendarTable> tables = new HashMap<>();
        /** Resource calendars equal to a task's calendar (or to one another) share its table. */
        private final CalendarTables distinctTables;
        private CalendarTable allDay;
        private final List<Activity> activities = new ArrayList<>();
        private final Map<String, Activity> byTask = new HashMap<>();
        private final List<Edge> edges = new ArrayList<>();
        private final Map<String, List<String>> children = new HashMap<>();
        private final List<String> projectIds = new ArrayList<>();
        private final List<String> projectNames = new ArrayList<>();
        private final List<Integer> projectPriorities = new ArrayList<>();
        private final Map<String, Integer> projectOfTask = new HashMap<>();
        private long schedules;

        Run(Plan plan, ScheduleNetwork net, Schedule unleveled, PlanLevelingOptions options, long startedAt, long scheduling) {
            this.plan = plan;
            this.net = net;
            this.unleveled = unleveled;
            this.options = options;
            this.startedAt = startedAt;
            this.scheduling = scheduling;
            for (Task t : plan.tasks()) {
                if (t.parent() != null) {
                    children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t.id());
                }
            }
            this.distinctTables = new CalendarTables(net.timeline());
            Set<CalendarTable> added = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = 0; i < net.size(); i++) {
                Task t = net.task(i);
                CalendarTable table = net.calendarOf(i);
                tables.putIfAbsent(t.calendar() == null ? plan.calendarId() : t.calendar(), table);
                if (added.add(table)) {
                    distinctTables.add(table);
                }
            }
        }

        LeveledPlan level() {
            projects();
            activities();
            links();
            demands();
            List<Activity> movable = activities.stream().filter(a -> !a.fixed).toList();
            if (movable.isEmpty()) {
                return result(unleveled, List.of(), 0);
            }
            Map<Activity, Integer> raised = new HashMap<>();
            Workspace ws = net.newWorkspace();
            for (int round = 0; ; round++) {
                Attempt attempt = attempt(movable, raised);
                int[] notBefore = new int[net.size()];
                Arrays.fill(notBefore, Integer.MIN_VALUE);
                for (Activity a : movable) {
                    int j = attempt.index.get(a);
                    if (attempt.result.start(j) > attempt.axis.floor(a.start)) {
                        notBefore[a.node] = attempt.axis.startOf(attempt.result.start(j));
                    }
                }
                net.run(net.durations(), notBefore, ws);
                boolean settled = true;
                for (Activity a : movable) {
                    int engine = ws.earlyStart(a.node);
                    int expected = notBefore[a.node] != Integer.MIN_VALUE ? notBefore[a.node] : a.start;
                    if (attempt.axis.union.workBefore(engine) > attempt.axis.union.workBefore(expected)) {
                        raised.put(a, engine);
                        settled = false;
                    }
                }
                for (Activity a : attempt.order) {
                    if (a.fixed && a.followsLinks) {
                        boolean late = a.task.constraint().type() == ConstraintType.ALAP && plan.rules() == RuleSet.MS_PROJECT;
                        int start = late ? ws.lateStart(a.node) : ws.earlyStart(a.node);
                        if (start != a.start) {
                            a.start = start;
                            a.finish = late ? ws.lateFinish(a.node) : ws.earlyFinish(a.node);
                            settled = false;
                        }
                    }
                }
                if (settled || round == SETTLING_ROUNDS) {
                    List<String> unresolved = new ArrayList<>();
                    for (int j : attempt.result.unresolvedActivities()) {
                        unresolved.add(attempt.order.get(j).task.id());
                    }
                    if (!settled) {
                        raised.keySet().forEach(a -> unresolved.add(a.task.id()));
                        attempt.order.stream().filter(a -> a.fixed && a.followsLinks).forEach(a -> unresolved.add(a.task.id()));
                    }
                    return result(Schedule.of(ws), unresolved, attempt.axis.period);
                }
            }
        }

        /** Which tasks the leveler sees, and which of them it may move. */
        private void activities() {
            int[] durations = net.durations();
            for (Task t : plan.tasks()) {
                int node = net.indexOf(t.id());
                if (net.isSummary(node) || t.actualFinish() != null) {
                    continue;
                }
                TaskSchedule s = unleveled.task(t.id());
                boolean started = t.actualStart() != null;
                boolean fixed = t.isManuallyScheduled() || hardDate(t.constraint()) || hardDate(t.secondaryConstraint())
                        || t.constraint().type() == ConstraintType.ALAP || t.priority() == DO_NOT_LEVEL
                        || started && (options.keepStarted() || plan.rules() == RuleSet.MS_PROJECT);
                CalendarTable calendar = t.elapsed() ? allDay() : net.calendarOf(node);
                Activity a = new Activity(t, node, calendar, fixed, durations[node]);
                a.project = projectOfTask.get(t.id());
                a.followsLinks = !started && !t.isManuallyScheduled() && !hardDate(t.constraint()) && !hardDate(t.secondaryConstraint());
                // A started task holds its resources for its remaining work: under P6 from the remaining
                // early start (the done part lies before the data date, where nothing else may go).
                a.start = minute(fixed && !started ? s.start() : s.earlyStart());
                a.finish = minute(s.finish());
                if (!fixed) {
                    limitFinish(a, t, s);
                }
                activities.add(a);
                byTask.put(t.id(), a);
            }
        }

        private boolean hardDate(Constraint c) {
            return c != null && (c.type() == ConstraintType.MSO || c.type() == ConstraintType.MFO)
                    && (plan.rules() == RuleSet.P6 || plan.options().honorConstraints());
        }

        /** "No later than" constraints, and the late finish when leveling within float. */
        private void limitFinish(Activity a, Task t, TaskSchedule s) {
            if (options.withinFloat()) {
                a.latestFinish = minute(s.lateFinish());
            }
            for (Constraint c : new Constraint[] {t.constraint(), t.secondaryConstraint()}) {
                if (c == null || c.date() == null) {
                    continue;
                }
                int date = minute(c.date());
                if (c.type() == ConstraintType.SNLT) {
                    a.latestFinish = Math.min(a.latestFinish, a.calendar.addWork(a.calendar.nextWorkStart(date), a.duration));
                } else if (c.type() == ConstraintType.FNLT) {
                    a.latestFinish = Math.min(a.latestFinish, date);
                }
            }
        }

        /** Project 0 is the plan's own (tasks no project names); project p + 1 is the plan's p-th. */
        private void projects() {
            projectIds.add(plan.name().isEmpty() ? "plan" : plan.name());
            projectNames.add(plan.name());
            projectPriorities.add(Project.DEFAULT_PRIORITY);
            Map<String, Integer> named = new HashMap<>();
            for (Project p : plan.projects()) {
                projectIds.add(p.id());
                projectNames.add(p.name());
                projectPriorities.add(p.priority());
                for (String id : p.tasks()) {
                    named.put(id, projectIds.size() - 1);
                }
            }
            for (Task t : plan.tasks()) {
                int project = 0;
                for (String id = t.id(); id != null; id = plan.task(id).parent()) {
                    Integer p = named.get(id);
                    if (p != null) {
                        project = p;
                        break;
                    }
                }
                projectOfTask.put(t.id(), project);
            }
        }

        /** The links between movable tasks; the others' are already in the unleveled early starts. */
        private void links() {
            for (Task t : plan.tasks()) {
                for (Link l : t.predecessors()) {
                    Task p = plan.task(l.predecessor());
                    for (String target : leaves(t.id())) {
                        Activity to = byTask.get(target);
                        if (to == null || to.fixed) {
                            continue;
                        }
                        for (Activity from : sources(p, l)) {
                            if (!from.fixed) {
                                edges.add(new Edge(from, to, l, lagMinutes(l, p), lagCalendar(l, p, to)));
                            }
                        }
                    }
                }
            }
        }

        /** A link from a summary's finish holds from every child; from its start, from the child that starts first. */
        private List<Activity> sources(Task p, Link l) {
            List<Activity> out = new ArrayList<>();
            List<String> below = leaves(p.id());
            if (below.size() == 1 && below.get(0).equals(p.id()) || l.type().fromFinish()) {
                for (String id : below) {
                    if (byTask.containsKey(id)) {
                        out.add(byTask.get(id));
                    }
                }
                return out;
            }
            Activity first = null;
            for (String id : below) {
                Activity a = byTask.get(id);
                if (a != null && (first == null || a.start < first.start)) {
                    first = a;
                }
            }
            if (first != null) {
                out.add(first);
            }
            return out;
        }

        private List<String> leaves(String id) {
            List<String> kids = children.get(id);
            if (kids == null) {
                return List.of(id);
            }
            List<String> out = new ArrayList<>();
            for (String k : kids) {
                out.addAll(leaves(k));
            }
            return out;
        }

        /** The lag in minutes, as the engine counts it (a percentage of the predecessor's planned duration). */
        private static int lagMinutes(Link l, Task p) {
            Lag lag = l.lag();
            if (lag.unit() == Lag.Unit.PERCENT) {
                return (int) Math.round(p.duration() * Math.round(lag.amount() * 100) / 10000.0);
            }
            return (int) lag.amount();
        }

        /** The calendar the engine counts the lag on. */
        private CalendarTable lagCalendar(Link l, Task p, Activity to) {
            if (l.lag().isZero()) {
                return null;
            }
            if (l.lag().unit() == Lag.Unit.ELAPSED) {
                return allDay();
            }
            LagCalendar which = l.lagCalendar() != null ? l.lagCalendar()
                    : plan.options().lagCalendar() != null ? plan.options().lagCalendar()
                    : plan.rules() == RuleSet.MS_PROJECT ? LagCalendar.SUCCESSOR : LagCalendar.PREDECESSOR;
            switch (which) {
                case PREDECESSOR:
                    return net.calendarOf(net.indexOf(p.id()));
                case SUCCESSOR:
                    return net.calendarOf(to.node);
                case PROJECT:
                    return table(plan.calendarId());
                default:
                    return allDay();
            }
        }

        /** Around the clock: the calendar of elapsed durations and lags. */
        private CalendarTable allDay() {
            if (allDay == null) {
                allDay = distinctTables.of(WorkCalendar.twentyFourHours("24 hours"));
            }
            return allDay;
        }

        private void demands() {
            for (Assignment as : plan.assignments()) {
                Activity a = byTask.get(as.task());
                Resource r = plan.resource(as.resource());
                if (a != null && r.isWork() && a.duration > 0) {
                    a.demand.merge(r, as.units(), Double::sum);
                }
            }
        }

        private CalendarTable table(String calendarId) {
            return tables.computeIfAbsent(calendarId, id -> distinctTables.of(plan.calendar(id)));
        }

        private CalendarTable resourceCalendar(Resource r) {
            return table(r.calendar() == null ? plan.calendarId() : r.calendar());
        }

        /** One leveling of the plan on an axis long enough for it. */
        private record Attempt(LevelingAxis axis, LevelingResult result, Map<Activity, Integer> index, List<Activity> order) {
        }

        private Attempt attempt(List<Activity> movable, Map<Activity, Integer> raised) {
            for (int stretch = 2; ; stretch *= 2) {
                Mapping m = new Mapping(movable, raised, stretch);
                try {
                    LevelingResult result = Leveler.level(m.problem, m.levelingOptions());
                    schedules += result.schedulesEvaluated();
                    return new Attempt(m.axis, result, m.index, m.order);
                } catch (LevelingHorizonException e) {
                    if (m.wholeRange) {
                        Activity a = m.order.get(e.activity());
                        throw new InvalidPlanException(List.of(describe(a.task) + " cannot be leveled before the end of the calendar range ("
                                + net.timeline().lastDay() + ")" + (e.resource() < 0 ? ""
                                        : ": " + m.resources.get(e.resource()) + " has no room for it until then")));
                    }
                }
            }
        }

        /** The plan as a leveling problem on one axis. */
        private final class Mapping {
            final LevelingAxis axis;
            final LevelingProblem problem;
            final Map<Activity, Integer> index = new HashMap<>();
            final List<Activity> order = new ArrayList<>();
            final List<Resource> resources = new ArrayList<>();
            final int[] latest;
            final boolean wholeRange;

            Mapping(List<Activity> movable, Map<Activity, Integer> raised, int stretch) {
                Set<CalendarTable> calendars = new LinkedHashSet<>();
                Set<Resource> used = new LinkedHashSet<>();
                List<Integer> amounts = new ArrayList<>();
                List<Integer> instants = new ArrayList<>();
                int origin = Integer.MAX_VALUE;
                Map<Resource, Double> work = new HashMap<>();
                int longest = 0;
                for (Activity a : activities) {
                    if (a.fixed && a.demand.isEmpty()) {
                        continue;
                    }
                    index.put(a, order.size());
                    order.add(a);
                    calendars.add(a.calendar);
                    used.addAll(a.demand.keySet());
                    if (!a.fixed) {
                        origin = Math.min(origin, a.start);
                        amounts.add(a.duration);
                        instants.add(a.start);
                        longest = Math.max(longest, a.duration);
                        a.demand.forEach((r, u) -> work.merge(r, a.duration * u / Math.max(r.maxUnits(), 1e-9), Double::sum));
                    }
                }
                for (Edge e : edges) {
                    if (e.lagCalendar() != null) {
                        calendars.add(e.lagCalendar());
                        amounts.add(e.lagMinutes());
                    }
                }
                for (Resource r : used) {
                    calendars.add(resourceCalendar(r));
                    resources.add(r);
                }
                // Room for the unleveled plan and the busiest resource's work done one after the other:
                // a leveled plan rarely needs more, and a longer axis is tried when it does.
                int finish = minute(unleveled.finish());
                double busiest = work.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                long span = stretch * ((long) Math.max(0, finish - origin) + (long) Math.ceil(busiest) + longest) + 1;
                axis = new LevelingAxis(net.timeline(), calendars, origin, span, amounts, instants);
                wholeRange = axis.horizon < (span + axis.period - 1) / axis.period;
                if ((long) axis.horizon * (resources.size() + calendars.size()) > MAX_CELLS) {
                    throw new InvalidPlanException(List.of("leveling this plan would take " + axis.horizon + " periods of "
                            + axis.period + " minutes for " + resources.size() + " resources: too fine a period for its length"));
                }
                latest = new int[order.size()];
                problem = problem(raised);
            }

            private LevelingProblem problem(Map<Activity, Integer> raised) {
                long scale = unitScale();
                LevelingProblem.Builder b = LevelingProblem.builder(order.size(), resources.size()).horizon(axis.horizon);
                for (int r = 0; r < resources.size(); r++) {
                    Resource res = resources.get(r);
                    b.resourceName(r, res.toString());
                    int units = (int) Math.floor(res.maxUnits() * scale + 1e-6);
                    PeriodCalendar working = axis.calendar(resourceCalendar(res));
                    if (working == null) {
                        b.capacity(r, units);
                    } else {
                        int[] profile = new int[axis.horizon];
                        for (int t = 0; t < profile.length; t++) {
                            profile[t] = working.isWorking(t) ? units : OFF_DUTY;
                        }
                        b.capacity(r, profile);
                    }
                }
                Arrays.fill(latest, Integer.MAX_VALUE);
                for (int j = 0; j < order.size(); j++) {
                    Activity a = order.get(j);
                    b.activityName(j, describe(a.task)).priority(j, a.task.priority()).project(j, a.project);
                    b.calendar(j, axis.calendar(a.calendar));
                    for (Map.Entry<Resource, Double> d : a.demand.entrySet()) {
                        Resource r = d.getKey();
                        int units = (int) Math.ceil(d.getValue() * scale - 1e-6);
                        if (units > (int) Math.floor(r.maxUnits() * scale + 1e-6)) {
                            throw new InvalidPlanException(List.of(describe(a.task) + " needs " + units(d.getValue()) + " of " + r
                                    + " at once, but it has at most " + units(r.maxUnits()) + ": no leveling can fit it"));
                        }
                        b.demand(j, resources.indexOf(r), units);
                    }
                    if (a.fixed) {
                        int from = axis.floor(a.start);
                        int to = Math.max(from, axis.ceil(a.finish));
                        PeriodCalendar working = axis.calendar(a.calendar);
                        int periods = working == null ? to - from : countWorking(working, from, to);
                        b.duration(j, periods).fix(j, from);
                    } else {
                        b.duration(j, a.duration / axis.period);
                        Integer up = raised.get(a);
                        b.release(j, Math.max(axis.floor(a.start), up == null ? 0 : axis.ceil(up)));
                        if (a.latestFinish != Integer.MAX_VALUE) {
                            latest[j] = axis.floor(a.latestFinish);
                        }
                    }
                }
                for (Edge e : edges) {
                    b.link(index.get(e.from()), index.get(e.to()), e.link().type(), e.lagMinutes() / axis.period,
                            e.lagCalendar() == null ? null : axis.calendar(e.lagCalendar()));
                }
                for (int p = 0; p < projectIds.size(); p++) {
                    b.project(p, projectIds.get(p), projectPriorities.get(p), 0);
                }
                return b.build();
            }

            LevelingOptions levelingOptions() {
                LevelingOptions o = LevelingOptions.defaults().withSeed(options.seed()).withImprove(options.improve());
                if (options.timeLimit() != null) {
                    Duration left = options.timeLimit().minusNanos(System.nanoTime() - startedAt + scheduling);
                    o = o.withTimeLimit(left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left);
                }
                if (options.maxSchedules() != Long.MAX_VALUE || options.timeLimit() == null) {
                    o = o.withMaxSchedules(options.maxSchedules());
                }
                boolean limited = Arrays.stream(latest).anyMatch(v -> v != Integer.MAX_VALUE);
                return limited ? o.withinFloat(latest) : o;
            }

            /** The smallest of 1, 100, 10^4 and 10^6 that makes every max units and assignment units whole. */
            private long unitScale() {
                List<Double> values = new ArrayList<>();
                resources.forEach(r -> values.add(r.maxUnits()));
                order.forEach(a -> values.addAll(a.demand.values()));
                for (long scale : new long[] {1, 100, 10_000}) {
                    if (values.stream().allMatch(v -> Math.abs(v * scale - Math.rint(v * scale)) < 1e-6)) {
                        return scale;
                    }
                }
                return 1_000_000;
            }
        }

        private static int countWorking(PeriodCalendar c, int from, int to) {
            int count = 0;
            for (int t = from; t < to; t++) {
                count += c.isWorking(t) ? 1 : 0;
            }
            return count;
        }

        private static String units(double units) {
            return (units == Math.rint(units) ? String.valueOf((long) units) : String.valueOf(units)) + " unit" + (units == 1 ? "" : "s");
        }

        private static String describe(Task t) {
            return "task " + t.id() + (t.name().equals(t.id()) ? "" : " '" + t.name() + "'");
        }

        private int minute(LocalDateTime date) {
            return net.timeline().minuteOf(date);
        }

        private LeveledPlan result(Schedule leveled, List<String> unresolved, int period) {
            List<LeveledTask> tasks = new ArrayList<>();
            for (Task t : plan.tasks()) {
                if (net.isSummary(net.indexOf(t.id()))) {
                    continue;
                }
                TaskSchedule before = unleveled.task(t.id());
                TaskSchedule after = leveled.task(t.id());
                CalendarTable cal = net.calendarOf(net.indexOf(t.id()));
                tasks.add(new LeveledTask(t.id(), after.uniqueId(), t.name(), after.start(), after.finish(), before.start(),
                        before.finish(), cal.workBetween(minute(before.start()), minute(after.start()))));
            }
            CalendarTable planCalendar = table(plan.calendarId());
            return new LeveledPlan(plan, unleveled, leveled, tasks, projectOutcomes(planCalendar, tasks), unresolved, period,
                    schedules, Duration.ofNanos(System.nanoTime() - startedAt), options.seed(), planCalendar);
        }

        private List<ProjectOutcome> projectOutcomes(CalendarTable planCalendar, List<LeveledTask> tasks) {
            int count = projectIds.size();
            LocalDateTime[] start = new LocalDateTime[count];
            LocalDateTime[] before = new LocalDateTime[count];
            LocalDateTime[] after = new LocalDateTime[count];
            for (LeveledTask t : tasks) {
                int p = projectOfTask.get(t.id());
                start[p] = start[p] == null || t.unleveledStart().isBefore(start[p]) ? t.unleveledStart() : start[p];
                before[p] = before[p] == null || t.unleveledFinish().isAfter(before[p]) ? t.unleveledFinish() : before[p];
                after[p] = after[p] == null || t.finish().isAfter(after[p]) ? t.finish() : after[p];
            }
            List<ProjectOutcome> outcomes = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                if (start[p] != null) {
                    outcomes.add(new ProjectOutcome(projectIds.get(p), projectNames.get(p), projectPriorities.get(p), start[p],
                            before[p], after[p], LeveledPlan.workingDays(plan, planCalendar, before[p], after[p])));
                }
            }
            return outcomes;
        }

    }
}

package io.linchpin.engine.schedule;

import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.Timeline;
import io.linchpin.engine.plan.FloatBasis;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A computed schedule: every task's dates, floats and drivers, the project finish and the
 * critical (longest) path. Immutable.
 */
public final class Schedule {

    private final Plan plan;
    private final List<TaskSchedule> tasks;
    /** Built on the first look-up by id: many readers only walk {@link #tasks()}. */
    private ById byId;
    private final LocalDateTime finish;
    private final List<String> criticalPath;

    private Schedule(Plan plan, List<TaskSchedule> tasks, LocalDateTime finish, List<String> criticalPath) {
        this.plan = plan;
        this.tasks = List.copyOf(tasks);
        this.finish = finish;
        this.criticalPath = List.copyOf(criticalPath);
    }

    /** Reads the results of a run out of a workspace. */
    public static Schedule of(Workspace ws) {
        return new Reader(ws).read();
    }

    /**
     * Reads the results of some tasks only, by network index, in the order given: after a re-run,
     * those of {@link ScheduleNetwork#rerunReach}, which is what a caller comparing with what it
     * stored needs, at a cost that grows with the reach rather than with the plan.
     */
    public static List<TaskSchedule> tasks(Workspace ws, int[] indices) {
        return new Reader(ws).read(indices);
    }

    public Plan plan() {
        return plan;
    }

    public RuleSet rules() {
        return plan.rules();
    }

    /** Every task, summaries included, in the plan's order. */
    public List<TaskSchedule> tasks() {
        return tasks;
    }

    /** The task with this id, or {@code null}. */
    public TaskSchedule task(String id) {
        ById index = byId;
        if (index == null) {
            index = new ById(tasks);
            byId = index;
        }
        return index.tasks.get(id);
    }

    public LocalDateTime start() {
        return plan.start();
    }

    /** The project finish: the latest early finish. */
    public LocalDateTime finish() {
        return finish;
    }

    /** The longest path: ids of the tasks whose driving links lead to the project finish, first to last. */
    public List<String> criticalPath() {
        return criticalPath;
    }

    /**
     * The tasks by id. Its final field makes the filled map visible to any thread that sees the
     * index, so threads sharing a schedule at worst build it twice.
     */
    private static final class ById {
        final Map<String, TaskSchedule> tasks;

        ById(List<TaskSchedule> list) {
            tasks = new HashMap<>(list.size() * 4 / 3 + 1);
            for (TaskSchedule t : list) {
                tasks.put(t.id(), t);
            }
        }
    }

    /** Turns workspace positions into dates. */
    private static final class Reader {
        private final ScheduleNetwork net;
        private final Workspace ws;
        private final Timeline timeline;
        private final int n;
        private final int[] es;
        private final int[] ef;
        private final int[] ls;
        private final int[] lf;
        private final int[] totalFloat;
        private final boolean[] critical;
        private final ScheduleNetwork.Children children;
        /**
         * Whether the run ended with MS Project's second forward pass, in which successors of
         * as-late-as-possible tasks follow their late dates: the drivers are read as that pass set them.
         */
        private final boolean alapPass;

        Reader(Workspace ws) {
            this.ws = ws;
            this.net = ws.network();
            this.timeline = net.timeline();
            this.n = net.size();
            this.es = new int[n];
            this.ef = new int[n];
            this.ls = new int[n];
            this.lf = new int[n];
            this.totalFloat = new int[n];
            this.critical = new boolean[n];
            this.children = net.outline;
            this.alapPass = net.hasAlap && net.rules == RuleSet.MS_PROJECT;
        }

        Schedule read() {
            positions();
            List<TaskSchedule> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(task(net.internal[i]));
            }
            return new Schedule(net.plan(), out, timeline.dateTimeOf(ws.projectFinish), criticalPath());
        }

        List<TaskSchedule> read(int[] indices) {
            positions();
            List<TaskSchedule> out = new ArrayList<>(indices.length);
            for (int i : indices) {
                out.add(task(i));
            }
            return out;
        }

        /** Every task's positions, floats and critical flag, summaries rolled up: cheap next to the objects read out. */
        private void positions() {
            ws.projectFinish();
            for (int i = 0; i < n; i++) {
                if (!net.isSummary(i)) {
                    es[i] = ws.earlyStart(i);
                    ef[i] = ws.earlyFinish(i);
                    ls[i] = ws.lateStart(i);
                    lf[i] = ws.lateFinish(i);
                    totalFloat[i] = ws.totalFloat(i);
                    critical[i] = net.isCritical(ws, i);
                }
            }
            for (int i = 0; i < n; i++) {
                if (net.isSummary(i) && net.task(i).parent() == null) {
                    rollUp(i);
                }
            }
        }

        /** Summary dates span their children's; float is measured between the summary's own dates, on its calendar. */
        private void rollUp(int s) {
            es[s] = Integer.MAX_VALUE;
            ls[s] = Integer.MAX_VALUE;
            ef[s] = Integer.MIN_VALUE;
            lf[s] = Integer.MIN_VALUE;
            for (int k = children.offset()[s]; k < children.offset()[s + 1]; k++) {
                int c = children.list()[k];
                if (net.isSummary(c)) {
                    rollUp(c);
                }
                es[s] = Math.min(es[s], es[c]);
                ls[s] = Math.min(ls[s], ls[c]);
                ef[s] = Math.max(ef[s], ef[c]);
                lf[s] = Math.max(lf[s], lf[c]);
                critical[s] |= critical[c];
            }
            if (children.offset()[s] == children.offset()[s + 1]) {
                es[s] = ls[s] = ef[s] = lf[s] = net.planStart;
            }
            CalendarTable calendar = net.calendarOf(s);
            int startFloat = calendar.workBetween(es[s], ls[s]);
            int finishFloat = calendar.workBetween(ef[s], lf[s]);
            totalFloat[s] = net.floatBasis == FloatBasis.START ? startFloat
                    : net.floatBasis == FloatBasis.FINISH ? finishFloat : Math.min(startFloat, finishFloat);
        }

        private TaskSchedule task(int i) {
            Task t = net.task(i);
            boolean summary = net.isSummary(i);
            boolean milestone = !summary && (net.flags[i] & ScheduleNetwork.F_MILESTONE) != 0;
            int start = es[i];
            int finish = ef[i];
            if (!summary && t.constraint().type() == ConstraintType.ALAP && net.rules == RuleSet.MS_PROJECT) {
                start = ls[i];
                finish = lf[i];
            }
            LocalDateTime startDate = t.actualStart() != null && !summary ? t.actualStart() : timeline.dateTimeOf(start);
            LocalDateTime finishDate = t.actualFinish() != null && !summary ? t.actualFinish() : timeline.dateTimeOf(finish);
            Long uniqueId = t.uniqueId() == null ? Long.valueOf(net.order[i] + 1L) : t.uniqueId();
            return new TaskSchedule(t.id(), uniqueId, t.name(), summary, milestone, startDate, finishDate,
                    timeline.dateTimeOf(es[i]), timeline.dateTimeOf(ef[i]), timeline.dateTimeOf(ls[i]), timeline.dateTimeOf(lf[i]),
                    totalFloat[i], summary ? totalFloat[i] : freeFloat(i), critical[i], drivers(i));
        }

        /** Slack to the nearest successor's early start, never more than the total float. */
        private int freeFloat(int i) {
            if ((net.flags[i] & ScheduleNetwork.F_FINISHED) != 0) {
                return 0;
            }
            int[] dur = net.duration;
            int best = ws.finishPosition[net.calendar[i]] - ws.ef(i);
            for (int x = net.succOffset[i]; x < net.succOffset[i + 1]; x++) {
                int e = net.succEdge[x];
                int s = net.edgeSucc[e];
                if (net.isSummary(s) || (net.flags[s] & ScheduleNetwork.F_FINISHED) != 0) {
                    continue;
                }
                int allowed = Passes.linkStart(net, e, s, dur[s], ws, dur, false);
                best = Math.min(best, ws.es(s) - allowed);
            }
            return Math.max(0, Math.min(best, totalFloat[i]));
        }

        private List<Driver> drivers(int i) {
            int code = ws.driver[i];
            if (net.isSummary(i)) {
                return List.of(Driver.of(Driver.Kind.CHILDREN));
            }
            if (code < 0) {
                return List.of(Driver.of(kind(code)));
            }
            List<Driver> out = new ArrayList<>();
            int[] dur = net.duration;
            for (int e = net.predOffset[i]; e < net.predOffset[i + 1]; e++) {
                if (Passes.linkStart(net, e, i, dur[i], ws, dur, alapPass) == ws.es(i)) {
                    out.add(linkDriver(e, i));
                }
            }
            return out.isEmpty() ? List.of(linkDriver(code, i)) : out;
        }

        private Driver linkDriver(int e, int s) {
            return new Driver(Driver.Kind.LINK, net.task(net.edgePred[e]).id(), ScheduleNetwork.linkType(net.edgeType[e]),
                    timeline.dateTimeOf(requiredInstant(e, s)));
        }

        /**
         * The instant link {@code e} asks of its successor before the successor's calendar places it
         * on working time: the steps of {@link Passes#linkStart} up to the last conversion, kept here
         * so the passes stay as they are.
         */
        private int requiredInstant(int e, int s) {
            int p = net.edgePred[e];
            boolean fromFinish = ScheduleNetwork.linkType(net.edgeType[e]).fromFinish();
            boolean late = alapPass && (net.flags[p] & ScheduleNetwork.F_ALAP) != 0;
            int source = fromFinish ? (late ? ws.lf(p) : ws.ef(p)) : (late ? ws.ls(p) : ws.es(p));
            if ((net.flags[p] & ScheduleNetwork.F_FINISHED) != 0) {
                source = fromFinish ? net.actualFinish[p] : net.actualStart[p];
            } else if ((net.flags[p] & ScheduleNetwork.F_STARTED) != 0 && !fromFinish) {
                source = net.actualStart[p];
            }
            int instant = fromFinish ? Passes.finishInstant(net, p, source) : Passes.startInstant(net, p, source);
            if (net.edgeMode[e] == ScheduleNetwork.MODE_ELAPSED) {
                instant += net.edgeLag[e];
            } else {
                int amount = net.edgeMode[e] == ScheduleNetwork.MODE_PERCENT
                        ? (int) Math.round(((long) net.duration[p] + net.done[p]) * net.edgeLag[e] / 10000.0) : net.edgeLag[e];
                if (amount != 0) {
                    CalendarTable lag = net.tables[net.edgeLagCalendar[e]];
                    instant = lag.finishAt(lag.workBefore(instant) + amount);
                }
            }
            if (net.rules == RuleSet.P6 && (net.flags[p] & ScheduleNetwork.F_FINISHED) != 0
                    && (net.flags[s] & ScheduleNetwork.F_STARTED) == 0) {
                instant = Math.max(instant, Passes.remainingFinishInstant(net, p, ws));
            }
            return instant;
        }

        private static Driver.Kind kind(int code) {
            switch (code) {
                case ScheduleNetwork.DRIVER_STATUS_DATE:
                    return Driver.Kind.STATUS_DATE;
                case ScheduleNetwork.DRIVER_CONSTRAINT:
                    return Driver.Kind.CONSTRAINT;
                case ScheduleNetwork.DRIVER_ACTUAL:
                    return Driver.Kind.ACTUAL_START;
                case ScheduleNetwork.DRIVER_NOT_BEFORE:
                    return Driver.Kind.NOT_BEFORE;
                case ScheduleNetwork.DRIVER_MANUAL:
                    return Driver.Kind.MANUAL;
                case ScheduleNetwork.DRIVER_CHILDREN:
                    return Driver.Kind.CHILDREN;
                default:
                    return Driver.Kind.PROJECT_START;
            }
        }

        /** Follows driving links back from the task that finishes last. */
        private List<String> criticalPath() {
            int last = -1;
            for (int i = n - 1; i >= 0 && last < 0; i--) {
                if (!net.isSummary(i) && ef[i] == ws.projectFinish) {
                    last = i;
                }
            }
            List<String> path = new ArrayList<>();
            boolean[] seen = new boolean[n];
            int cur = last;
            while (cur >= 0 && !seen[cur]) {
                seen[cur] = true;
                path.add(net.task(cur).id());
                int code = ws.driver[cur];
                cur = code >= 0 ? leafOf(net.edgePred[code]) : -1;
            }
            Collections.reverse(path);
            return path;
        }

        /** A link from a summary is driven by the child that set the summary's date; follow that child. */
        private int leafOf(int p) {
            if (!net.isSummary(p)) {
                return p;
            }
            for (int k = net.memberOffset[p]; k < net.memberOffset[p + 1]; k++) {
                int m = net.members[k];
                if (ef[m] == ef[p] || es[m] == es[p]) {
                    return m;
                }
            }
            return -1;
        }
    }
}

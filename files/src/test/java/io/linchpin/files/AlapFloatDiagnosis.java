package io.linchpin.files;

import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.Timeline;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.TaskSchedule;
import io.linchpin.engine.schedule.Workspace;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Tests rules for P6's total float of unstarted as-late-as-possible activities against the float
 * the file stores, and prints how many activities each rule matches: those P6 could not delay
 * (their stored early dates are those of an as-soon-as-possible pass) and those it did delay,
 * counted apart. The passes here are small re-implementations restricted to what the oracle file
 * needs, kept to show how the engine's rule (P6's first pass) was found and what the others give
 * ({@code -Doracle.alap} on the oracle test); not part of the import.
 */
final class AlapFloatDiagnosis {

    private final ImportedPlan imported;
    private final Plan plan;
    private final Timeline timeline;
    private final Map<String, CalendarTable> tables = new LinkedHashMap<>();
    private final CalendarTable twentyFourHours;
    private final Schedule asap;
    private final List<Task> undelayed = new ArrayList<>();
    private final List<Task> delayed = new ArrayList<>();

    private AlapFloatDiagnosis(ImportedPlan imported) {
        this.imported = imported;
        this.plan = imported.plan();
        this.timeline = Timeline.between(plan.start().toLocalDate().minusYears(2), plan.start().toLocalDate().plusYears(12));
        for (WorkCalendar c : plan.calendars().values()) {
            tables.put(c.id(), c.tabulate(timeline));
        }
        this.twentyFourHours = WorkCalendar.twentyFourHours("24h").tabulate(timeline);
        List<Task> asSoonAsPossible = plan.tasks().stream().map(t -> isAlap(t) ? t.toBuilder().constraint(Constraint.ASAP).build() : t).toList();
        this.asap = schedule(plan.toBuilder().tasks(asSoonAsPossible).build());
        for (Task t : plan.tasks()) {
            StoredDates s = imported.storedDates().get(t.id());
            if (isAlap(t) && t.actualStart() == null && s != null && s.totalFloatMinutes() != null) {
                (s.earlyFinish().equals(asap.task(t.id()).earlyFinish()) ? undelayed : delayed).add(t);
            }
        }
    }

    static void print(ImportedPlan imported) {
        AlapFloatDiagnosis d = new AlapFloatDiagnosis(imported);
        if (d.undelayed.isEmpty() && d.delayed.isEmpty()) {
            return;
        }
        System.out.printf("as-late-as-possible float rules: %d activities P6 could not delay, %d it delayed%n", d.undelayed.size(), d.delayed.size());
        d.report("LF - EF of the final dates on the activity's calendar", t -> d.ownFloat(t, d.stored(t).earlyFinish()));
        Schedule engine = schedule(d.plan);
        d.report("the engine (P6's first pass for activities not moved)", t -> engine.task(t.id()).totalFloatMinutes());
        d.report("LF - EF of an as-soon-as-possible pass", t -> d.ownFloat(t, d.asap.task(t.id()).earlyFinish()));
        d.report("early dates from the Monday of the early start's week", t -> d.ownFloat(t, d.mondayFinish(t)));
        for (Map.Entry<String, CalendarTable> c : d.tables.entrySet()) {
            d.report("LF - EF on calendar " + c.getKey(), t -> d.between(c.getValue(), d.stored(t).earlyFinish(), d.stored(t).lateFinish()));
        }
        d.report("LF - EF on a 24-hour calendar", t -> d.between(d.twentyFourHours, d.stored(t).earlyFinish(), d.stored(t).lateFinish()));
        d.report("LF - EF on the driving predecessor's calendar", t -> d.between(d.table(d.drivingPredecessor(t)), d.stored(t).earlyFinish(),
                d.stored(t).lateFinish()));
        // Started and finished activities keep their stored dates, so only the others are compared.
        Map<String, LocalDateTime[]> plain = d.firstPass(Started.AS_SCHEDULED, false);
        long same = plain.entrySet().stream().filter(e -> {
            TaskSchedule a = d.asap.task(e.getKey());
            return d.plan.task(e.getKey()).actualStart() != null
                    || e.getValue()[0].equals(a.earlyStart()) && e.getValue()[1].equals(a.earlyFinish());
        }).count();
        System.out.printf("  the first pass below, with no change of rule, equals the engine's as-soon-as-possible pass for %d of its %d activities%n",
                same, plain.size());
        Map<String, LocalDateTime> plainLate = d.firstBackwardPass(false, false);
        long sameLate = plainLate.entrySet().stream().filter(e -> d.stored(d.plan.task(e.getKey())).lateFinish().equals(e.getValue())).count();
        System.out.printf("  the first backward pass below, with no change of rule, equals the stored late finish for %d of its %d activities%n",
                sameLate, plainLate.size());
        for (Started started : Started.values()) {
            for (boolean nextStart : new boolean[] {false, true}) {
                Map<String, LocalDateTime[]> firstPass = d.firstPass(started, nextStart);
                String name = "LF - EF of a first pass" + started.description
                        + (nextStart ? ", links read the predecessor's finish as its next work start" : "");
                d.reportNotDelayed(name, t -> d.ownFloat(t, firstPass.get(t.id())[1]));
            }
        }
        Map<String, LocalDateTime[]> best = d.firstPass(Started.PHYSICALLY_COMPLETE_END_AT_DATA_DATE, true);
        for (boolean positional : new boolean[] {false, true}) {
            for (boolean constraintsOnProjectDay : new boolean[] {false, true}) {
                Map<String, LocalDateTime> late = d.firstBackwardPass(positional, constraintsOnProjectDay);
                String name = "the last, with LF of a first backward pass" + (positional ? ", links across calendars read by hours into the day" : "")
                        + (constraintsOnProjectDay ? ", finish-on dates read by hours into the project calendar's weekly day" : "");
                d.reportNotDelayed(name, t -> d.between(d.table(t), best.get(t.id())[1], late.get(t.id())));
            }
        }
    }

    private void report(String rule, ToIntFunction<Task> floatOf) {
        System.out.printf("  %-110s %3d / %3d not delayed, %3d / %3d delayed%n", rule, count(undelayed, floatOf), undelayed.size(),
                count(delayed, floatOf), delayed.size());
    }

    /** For rules computed only over the activities P6 could not delay and what precedes them. */
    private void reportNotDelayed(String rule, ToIntFunction<Task> floatOf) {
        System.out.printf("  %-110s %3d / %3d not delayed%n", rule, count(undelayed, floatOf), undelayed.size());
    }

    private int count(List<Task> tasks, ToIntFunction<Task> floatOf) {
        int matched = 0;
        for (Task t : tasks) {
            try {
                if (floatOf.applyAsInt(t) == stored(t).totalFloatMinutes()) {
                    matched++;
                }
            } catch (RuntimeException e) {
                // A rule that has no value for this activity (no predecessor, outside the first pass) does not match it.
            }
        }
        return matched;
    }

    private StoredDates stored(Task t) {
        return imported.storedDates().get(t.id());
    }

    private int ownFloat(Task t, LocalDateTime earlyFinish) {
        return between(table(t), earlyFinish, stored(t).lateFinish());
    }

    private int between(CalendarTable table, LocalDateTime from, LocalDateTime to) {
        return position(table, to) - position(table, from);
    }

    private int position(CalendarTable table, LocalDateTime at) {
        return table.workBefore(timeline.minuteOf(at));
    }

    private CalendarTable table(Task t) {
        return tables.get(t.calendar() == null ? plan.calendarId() : t.calendar());
    }

    private LocalDateTime mondayFinish(Task t) {
        LocalDateTime monday = stored(t).earlyStart().toLocalDate().with(DayOfWeek.MONDAY).atStartOfDay();
        CalendarTable own = table(t);
        int start = position(own, monday);
        return timeline.dateTimeOf(own.finishAt(start + t.duration()));
    }

    private Task drivingPredecessor(Task t) {
        Task best = null;
        LocalDateTime latest = null;
        for (Link l : t.predecessors()) {
            StoredDates p = imported.storedDates().get(l.predecessor());
            LocalDateTime at = l.type().fromFinish() ? p.earlyFinish() : p.earlyStart();
            if (latest == null || at.isAfter(latest)) {
                latest = at;
                best = plan.task(l.predecessor());
            }
        }
        return best;
    }

    /**
     * A forward pass over the activities not delayed and everything before them, with
     * as-late-as-possible activities as soon as possible. Finished activities keep their stored
     * dates; started ones too, or end at the data date (all, or those at 100 % physical); links read the predecessor's finish as
     * stored, or as the start of the next work on the predecessor's calendar. Returns early start
     * and finish by id.
     */
    private Map<String, LocalDateTime[]> firstPass(Started started, boolean nextWorkStart) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Task t : undelayed) {
            visit(t.id(), seen, order);
        }
        Map<String, LocalDateTime[]> dates = new HashMap<>();
        LocalDateTime dataDate = plan.statusDate();
        for (String id : order) {
            Task t = plan.task(id);
            StoredDates s = stored(t);
            CalendarTable own = table(t);
            if (t.actualFinish() != null) {
                dates.put(id, new LocalDateTime[] {s.earlyStart(), s.earlyFinish()});
                continue;
            }
            if (t.actualStart() != null) {
                boolean atDataDate = started == Started.END_AT_DATA_DATE
                        || started == Started.PHYSICALLY_COMPLETE_END_AT_DATA_DATE && t.physicalPercentComplete() >= 100;
                LocalDateTime finish = atDataDate ? timeline.dateTimeOf(own.finishAt(position(own, dataDate))) : s.earlyFinish();
                dates.put(id, new LocalDateTime[] {s.earlyStart(), finish});
                continue;
            }
            int best = position(own, dataDate);
            if (t.constraint() != null && t.constraint().type() == ConstraintType.SNET) {
                best = Math.max(best, position(own, t.constraint().date()));
            }
            for (Link l : t.predecessors()) {
                if (!l.lag().isZero() || l.type() == LinkType.SF) {
                    throw new IllegalStateException("the first pass takes no lags or start-to-finish links: " + id);
                }
                Task p = plan.task(l.predecessor());
                LocalDateTime[] pd = dates.get(p.id());
                LocalDateTime at = l.type().fromFinish() ? pd[1] : pd[0];
                if (l.type().fromFinish() && nextWorkStart && p.actualStart() == null) {
                    CalendarTable theirs = table(p);
                    at = timeline.dateTimeOf(theirs.startAt(position(theirs, at)));
                }
                int required = position(own, at) - (l.type().toFinish() ? t.duration() : 0);
                best = Math.max(best, required);
            }
            if (t.milestone()) {
                LocalDateTime at = timeline.dateTimeOf(t.startMilestone() ? own.startAt(best) : own.finishAt(best));
                dates.put(id, new LocalDateTime[] {at, at});
            } else {
                dates.put(id, new LocalDateTime[] {timeline.dateTimeOf(own.startAt(best)), timeline.dateTimeOf(own.finishAt(best + t.duration()))});
            }
        }
        return dates;
    }

    /**
     * A backward pass over the activities not delayed and everything after them, from the latest
     * stored early finish. Links read the successor's late start (late finish for finish-to-finish)
     * as it stands, or, across calendars, by the working time into its day on the successor's
     * calendar, laid on the same day of the predecessor's calendar; finish-on constraint dates are
     * read as they stand, or by the working time into their day on the project's calendar.
     * Returns the late finish by id.
     */
    private Map<String, LocalDateTime> firstBackwardPass(boolean positional, boolean constraintsOnProjectDay) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, List<String>> successors = new HashMap<>();
        for (Task t : plan.tasks()) {
            for (Link l : t.predecessors()) {
                successors.computeIfAbsent(l.predecessor(), k -> new ArrayList<>()).add(t.id());
            }
        }
        for (Task t : undelayed) {
            visitSuccessors(t.id(), successors, seen, order);
        }
        LocalDateTime projectFinish = plan.tasks().stream().map(t -> imported.storedDates().get(t.id())).filter(s -> s != null && s.earlyFinish() != null)
                .map(StoredDates::earlyFinish).max(LocalDateTime::compareTo).orElseThrow();
        CalendarTable project = tables.get(plan.calendarId());
        Map<String, LocalDateTime[]> late = new HashMap<>();
        for (String id : order) {
            Task t = plan.task(id);
            CalendarTable own = table(t);
            int duration = t.actualStart() != null && t.remainingDuration() != null ? t.remainingDuration() : t.duration();
            int finish = position(own, projectFinish);
            for (String sid : successors.getOrDefault(id, List.of())) {
                Task s = plan.task(sid);
                Link l = s.predecessors().stream().filter(x -> x.predecessor().equals(id)).findFirst().orElseThrow();
                if (l.type() == LinkType.SF || l.lag().unit() != io.linchpin.engine.plan.Lag.Unit.WORKING) {
                    throw new IllegalStateException("the first backward pass takes only working lags and no start-to-finish links: " + sid);
                }
                LocalDateTime at = l.type() == LinkType.FF ? late.get(sid)[1] : late.get(sid)[0];
                int required = (positional && !table(s).equals(own) ? sameWorkIntoDay(table(s), own, at) : position(own, at)) - (int) l.lag().amount();
                finish = Math.min(finish, l.type() == LinkType.SS ? required + duration : required);
            }
            if (t.constraint() != null && t.constraint().type() == ConstraintType.FINISH_ON) {
                LocalDateTime date = t.constraint().date();
                finish = Math.min(finish, constraintsOnProjectDay ? weeklyWorkIntoDay(project, own, date) : position(own, date));
            }
            LocalDateTime lateFinish = timeline.dateTimeOf(t.milestone() && t.startMilestone() ? own.startAt(finish) : own.finishAt(finish));
            LocalDateTime lateStart = t.milestone() ? lateFinish : timeline.dateTimeOf(own.startAt(finish - duration));
            late.put(id, new LocalDateTime[] {lateStart, lateFinish});
        }
        Map<String, LocalDateTime> lateFinishes = new HashMap<>();
        late.forEach((id, dates) -> lateFinishes.put(id, dates[1]));
        return lateFinishes;
    }

    /**
     * The position on {@code to} as much working time into the day of {@code at} as the weekly
     * hours of {@code from} have by then, holidays aside (at most the whole day of {@code to}).
     */
    private int weeklyWorkIntoDay(CalendarTable from, CalendarTable to, LocalDateTime at) {
        WorkingHours hours = from.calendar().weekly(at.getDayOfWeek());
        int minute = at.getHour() * 60 + at.getMinute();
        int worked = 0;
        for (int i = 0; i < hours.intervals(); i++) {
            worked += Math.max(0, Math.min(minute, hours.to(i)) - hours.from(i));
        }
        LocalDateTime day = at.toLocalDate().atStartOfDay();
        int dayStart = position(to, day);
        return dayStart + Math.min(worked, position(to, day.plusDays(1)) - dayStart);
    }

    /** The position on {@code to} as much working time into the day of {@code at} as {@code from} has worked by then (at most the whole day). */
    private int sameWorkIntoDay(CalendarTable from, CalendarTable to, LocalDateTime at) {
        LocalDateTime day = at.toLocalDate().atStartOfDay();
        int worked = position(from, at) - position(from, day);
        int dayStart = position(to, day);
        return dayStart + Math.min(worked, position(to, day.plusDays(1)) - dayStart);
    }

    private void visitSuccessors(String id, Map<String, List<String>> successors, Set<String> seen, List<String> order) {
        if (!seen.add(id)) {
            return;
        }
        for (String s : successors.getOrDefault(id, List.of())) {
            visitSuccessors(s, successors, seen, order);
        }
        order.add(id);
    }

    /** How the first pass treats started activities. */
    private enum Started {
        AS_SCHEDULED(""),
        END_AT_DATA_DATE(", started activities ending at the data date"),
        PHYSICALLY_COMPLETE_END_AT_DATA_DATE(", started activities at 100 % physical ending at the data date");

        final String description;

        Started(String description) {
            this.description = description;
        }
    }

    private void visit(String id, Set<String> seen, List<String> order) {
        if (!seen.add(id)) {
            return;
        }
        for (Link l : plan.task(id).predecessors()) {
            visit(l.predecessor(), seen, order);
        }
        order.add(id);
    }

    private static boolean isAlap(Task t) {
        return t.constraint() != null && t.constraint().type() == ConstraintType.ALAP;
    }

    private static Schedule schedule(Plan plan) {
        ScheduleNetwork network = ScheduleNetwork.compile(plan);
        Workspace ws = network.newWorkspace();
        network.run(ws);
        return Schedule.of(ws);
    }
}

package io.linchpin.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.leveling.Cases;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.ScheduleOptions;
import io.linchpin.engine.plan.Task;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the passes on random valid networks: mixed link types and lags, no constraints.
 * Each property runs on a fixed list of seeds ({@link Cases}), under both rule sets; a failure
 * names its seed.
 * MS Project rules are checked across two calendars. P6 hands a late date to a predecessor on
 * another calendar as it stands rather than as the latest instant it allows (what the oracle file
 * shows), which can cost a predecessor float, so P6 is checked on one calendar.
 */
class SchedulePropertiesTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 8, 0);

    /** A random plan: tasks link only to earlier tasks, so it has no cycle. */
    static Plan randomPlan(long seed, RuleSet rules) {
        return randomPlan(seed, rules, rules == RuleSet.MS_PROJECT);
    }

    static Plan randomPlan(long seed, RuleSet rules, boolean twoCalendars) {
        Random r = new Random(seed);
        WorkCalendar night = WorkCalendar.builder("night").hours(DayOfWeek.MONDAY, WorkingHours.ofMinutes(1320, 1440))
                .hours(DayOfWeek.TUESDAY, WorkingHours.ofMinutes(0, 360, 1320, 1440)).hours(DayOfWeek.WEDNESDAY, WorkingHours.ofMinutes(0, 360, 1320, 1440))
                .hours(DayOfWeek.THURSDAY, WorkingHours.ofMinutes(0, 360, 1320, 1440)).hours(DayOfWeek.FRIDAY, WorkingHours.ofMinutes(0, 360, 1320, 1440))
                .hours(DayOfWeek.SATURDAY, WorkingHours.ofMinutes(0, 360))
                .exception(CalendarException.of(LocalDate.of(2025, 1, 14), LocalDate.of(2025, 1, 15), WorkingHours.NONE)).build();
        Plan.Builder plan = Plan.builder(START).rules(rules).addCalendar(WorkCalendar.standard("std")).addCalendar(night)
                .options(ScheduleOptions.DEFAULTS.withLagCalendar(LagCalendar.SUCCESSOR));
        int n = 2 + r.nextInt(40);
        for (int i = 0; i < n; i++) {
            Task.Builder t = Task.builder("T" + i).duration(r.nextInt(4) == 0 ? 0 : 60 * (1 + r.nextInt(40)));
            if (twoCalendars && r.nextInt(3) == 0) {
                t.calendar("night");
            }
            int links = i == 0 ? 0 : r.nextInt(3);
            for (int k = 0; k < links; k++) {
                LinkType type = LinkType.values()[r.nextInt(4)];
                int lag = r.nextInt(3) == 0 ? 60 * (r.nextInt(17) - 8) : 0;
                t.predecessor(new Link("T" + r.nextInt(i), type, Lag.working(lag), null));
            }
            plan.addTask(t.build());
        }
        return plan.build();
    }

    /** Runs the property on {@code count} seeds under every rule set. */
    private static void forRandomPlans(int count, PlanProperty property) {
        Cases.check(count, seed -> {
            for (RuleSet rules : RuleSet.values()) {
                try {
                    property.check(seed, rules);
                } catch (AssertionError e) {
                    throw new AssertionError(rules + ": " + e.getMessage(), e);
                }
            }
        });
    }

    @FunctionalInterface
    private interface PlanProperty {
        void check(long seed, RuleSet rules);
    }

    @Test
    void everyLinkHoldsForEarlyAndForLateDates() {
        forRandomPlans(300, this::everyLinkHoldsForEarlyAndForLateDates);
    }

    private void everyLinkHoldsForEarlyAndForLateDates(long seed, RuleSet rules) {
        Plan plan = randomPlan(seed, rules);
        ScheduleNetwork net = ScheduleNetwork.compile(plan);
        Workspace ws = net.newWorkspace();
        net.run(ws);
        for (int s = 0; s < net.size(); s++) {
            CalendarTable cal = net.calendarOf(s);
            for (Link l : net.task(s).predecessors()) {
                int p = net.indexOf(l.predecessor());
                int lag = (int) l.lag().amount();
                int early = l.type().fromFinish() ? ws.earlyFinish(p) : ws.earlyStart(p);
                int earlySucc = l.type().toFinish() ? ws.earlyFinish(s) : ws.earlyStart(s);
                assertThat(cal.workBefore(earlySucc)).as("early %s -> %s %s", l.predecessor(), s, l.type())
                        .isGreaterThanOrEqualTo(cal.workBefore(early) + lag);
                int late = l.type().fromFinish() ? ws.lateFinish(p) : ws.lateStart(p);
                int lateSucc = l.type().toFinish() ? ws.lateFinish(s) : ws.lateStart(s);
                assertThat(cal.workBefore(lateSucc)).as("late %s -> %s %s", l.predecessor(), s, l.type())
                        .isGreaterThanOrEqualTo(cal.workBefore(late) + lag);
            }
        }
    }

    @Test
    void withoutConstraintsFloatIsNeverNegativeAndIsLateStartMinusEarlyStart() {
        forRandomPlans(300, this::withoutConstraintsFloatIsNeverNegativeAndIsLateStartMinusEarlyStart);
    }

    private void withoutConstraintsFloatIsNeverNegativeAndIsLateStartMinusEarlyStart(long seed, RuleSet rules) {
        Plan plan = randomPlan(seed, rules);
        ScheduleNetwork net = ScheduleNetwork.compile(plan);
        Workspace ws = net.newWorkspace();
        net.run(ws);
        for (int i = 0; i < net.size(); i++) {
            assertThat(ws.totalFloat(i)).as("float of %s", net.task(i).id()).isNotNegative()
                    .isEqualTo(net.calendarOf(i).workBetween(ws.earlyStart(i), ws.lateStart(i)));
            assertThat(ws.lateStart(i)).isGreaterThanOrEqualTo(ws.earlyStart(i));
        }
        assertThat(Collections.min(totalFloats(ws, net))).isZero();
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheInput() {
        forRandomPlans(200, this::theResultDoesNotDependOnTheOrderOfTheInput);
    }

    private void theResultDoesNotDependOnTheOrderOfTheInput(long seed, RuleSet rules) {
        Plan plan = randomPlan(seed, rules, true);
        List<Task> shuffled = new ArrayList<>();
        for (Task t : plan.tasks()) {
            List<Link> links = new ArrayList<>(t.predecessors());
            Collections.shuffle(links, new Random(seed + 1));
            shuffled.add(t.toBuilder().predecessors(links).build());
        }
        Collections.shuffle(shuffled, new Random(seed));
        Schedule a = Scheduler.schedule(plan);
        Schedule b = Scheduler.schedule(plan.toBuilder().tasks(shuffled).build());
        for (TaskSchedule t : a.tasks()) {
            TaskSchedule u = b.task(t.id());
            assertThat(List.of(u.earlyStart(), u.earlyFinish(), u.lateStart(), u.lateFinish(), u.totalFloatMinutes(), u.freeFloatMinutes()))
                    .as(t.id()).isEqualTo(List.of(t.earlyStart(), t.earlyFinish(), t.lateStart(), t.lateFinish(), t.totalFloatMinutes(),
                            t.freeFloatMinutes()));
        }
        assertThat(b.finish()).isEqualTo(a.finish());
    }

    @Test
    void aRerunAfterOneChangeEqualsAFullRun() {
        forRandomPlans(200, this::aRerunAfterOneChangeEqualsAFullRun);
    }

    private void aRerunAfterOneChangeEqualsAFullRun(long seed, RuleSet rules) {
        rerunsEqualFullRuns(ScheduleNetwork.compile(randomPlan(seed, rules, true)), seed);
    }

    /** Five random duration changes, each re-run from the changed task, against full runs: every date and float equal. */
    static void rerunsEqualFullRuns(ScheduleNetwork net, long seed) {
        Workspace incremental = net.newWorkspace();
        Workspace full = net.newWorkspace();
        int[] durations = net.durations();
        net.run(durations, null, incremental);
        Random r = new Random(seed);
        for (int change = 0; change < 5; change++) {
            int task = r.nextInt(net.size());
            durations[task] = Math.max(0, durations[task] + 60 * (r.nextInt(41) - 20));
            net.rerun(durations, task, incremental);
            net.run(durations, null, full);
            for (int i = 0; i < net.size(); i++) {
                assertThat(List.of(incremental.earlyStart(i), incremental.earlyFinish(i), incremental.lateStart(i), incremental.lateFinish(i),
                        incremental.totalFloat(i))).as("%s after changing %s", net.task(i).id(), net.task(task).id())
                        .isEqualTo(List.of(full.earlyStart(i), full.earlyFinish(i), full.lateStart(i), full.lateFinish(i), full.totalFloat(i)));
            }
            assertThat(incremental.projectFinish()).isEqualTo(full.projectFinish());
        }
    }

    @Test
    void anEarlyRunGivesTheEarlyDatesAndLongestPathOfAFullRunAndNoLateDates() {
        forRandomPlans(200, this::anEarlyRunGivesTheEarlyDatesAndLongestPathOfAFullRunAndNoLateDates);
    }

    private void anEarlyRunGivesTheEarlyDatesAndLongestPathOfAFullRunAndNoLateDates(long seed, RuleSet rules) {
        Plan plan = randomPlan(seed, rules, true);
        ScheduleNetwork net = ScheduleNetwork.compile(plan);
        Workspace early = net.newWorkspace();
        Workspace full = net.newWorkspace();
        int[] durations = net.durations();
        Random r = new Random(seed);
        for (int i = 0; i < durations.length; i++) {
            durations[i] = durations[i] == 0 ? 0 : 60 + r.nextInt(2400);
        }
        net.runEarly(durations, early);
        net.run(durations, null, full);
        for (int i = 0; i < net.size(); i++) {
            assertThat(List.of(early.earlyStart(i), early.earlyFinish(i))).as(net.task(i).id())
                    .isEqualTo(List.of(full.earlyStart(i), full.earlyFinish(i)));
        }
        assertThat(early.projectFinish()).isEqualTo(full.projectFinish());
        int[] found = new int[net.size()];
        int[] expected = new int[net.size()];
        int count = net.longestPath(durations, early, found);
        assertThat(Arrays.stream(found, 0, count).sorted().toArray())
                .containsExactly(Arrays.stream(expected, 0, net.longestPath(durations, full, expected)).sorted().toArray());
        assertThatThrownBy(() -> early.lateFinish(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("early dates only");
        // A re-run after an early run cannot start from late dates it does not have: it runs in full.
        net.rerun(durations, 0, early);
        assertThat(early.totalFloat(0)).isEqualTo(full.totalFloat(0));
    }

    private static List<Integer> totalFloats(Workspace ws, ScheduleNetwork net) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < net.size(); i++) {
            out.add(ws.totalFloat(i));
        }
        return out;
    }
}

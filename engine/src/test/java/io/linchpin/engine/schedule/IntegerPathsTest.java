package io.linchpin.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.leveling.Cases;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.LagCalendar;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The integer step, with its links between plain tasks on two calendars read through
 * {@link CrossReads}, gives exactly what the general step gives every task: same positions, same
 * driving links, on random plans with three calendars, every link type, lags on every lag
 * calendar, milestones of both kinds at and after the project start, and some tasks to start no
 * earlier than a date.
 */
class IntegerPathsTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 8, 0);

    private static WorkCalendar site() {
        WorkCalendar.Builder b = WorkCalendar.builder("site");
        for (DayOfWeek d : DayOfWeek.values()) {
            b.hours(d, d == DayOfWeek.SUNDAY ? WorkingHours.NONE : WorkingHours.ofMinutes(420, 720, 750, 1110));
        }
        return b.exception(CalendarException.of(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 24), WorkingHours.NONE)).build();
    }

    private static WorkCalendar night() {
        WorkCalendar.Builder b = WorkCalendar.builder("night");
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            b.hours(d, WorkingHours.ofMinutes(0, 300, 1260, 1440));
        }
        return b.build();
    }

    static Plan randomPlan(SplittableRandom r, RuleSet rules) {
        Plan.Builder plan = Plan.builder(START).rules(rules).addCalendar(WorkCalendar.standard("std")).addCalendar(site()).addCalendar(night());
        String[] calendars = {"std", "site", "night"};
        LagCalendar[] lagCalendars = {null, null, LagCalendar.PREDECESSOR, LagCalendar.SUCCESSOR, LagCalendar.PROJECT, LagCalendar.TWENTY_FOUR_HOUR};
        int n = 2 + r.nextInt(60);
        for (int i = 0; i < n; i++) {
            boolean milestone = r.nextInt(4) == 0;
            Task.Builder t = Task.builder("T" + i).duration(milestone ? 0 : 30 * (1 + r.nextInt(60))).calendar(calendars[r.nextInt(3)]);
            if (milestone && rules == RuleSet.P6 && r.nextBoolean()) {
                t.milestone(true).startMilestone(true);
            }
            if (r.nextInt(15) == 0) {
                t.constraint(Constraint.of(ConstraintType.SNET, START.plusDays(r.nextInt(20))));
            }
            int links = i == 0 ? 0 : r.nextInt(4);
            for (int k = 0; k < links; k++) {
                LinkType type = LinkType.values()[r.nextInt(4)];
                int kind = r.nextInt(10);
                Lag lag = kind < 5 ? Lag.NONE : kind < 8 ? Lag.working(30 * (r.nextInt(33) - 8)) : kind == 8 ? Lag.elapsed(60 * r.nextInt(30)) : Lag.percent(r.nextInt(50));
                t.predecessor(new Link("T" + r.nextInt(i), type, lag, lagCalendars[r.nextInt(lagCalendars.length)]));
            }
            plan.addTask(t.build());
        }
        return plan.build();
    }

    private static List<Integer> positions(ScheduleNetwork net, Workspace ws) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < net.size(); i++) {
            out.addAll(List.of(ws.es(i), ws.ef(i), ws.ls(i), ws.lf(i), ws.driver[i]));
        }
        out.add(ws.projectFinish());
        return out;
    }

    @Test
    void theIntegerStepEqualsTheGeneralStep() {
        int[] crossLinks = new int[1];
        Cases.check(400, seed -> {
            for (RuleSet rules : RuleSet.values()) {
                ScheduleNetwork net = ScheduleNetwork.compile(randomPlan(new SplittableRandom(seed), rules));
                Workspace fast = net.newWorkspace();
                Workspace general = net.newWorkspace();
                net.run(fast);
                net.runGeneral(general);
                assertThat(positions(net, fast)).as("%s", rules).isEqualTo(positions(net, general));
                for (byte mode : net.edgeMode) {
                    crossLinks[0] += mode == ScheduleNetwork.MODE_CROSS ? 1 : 0;
                }
            }
        });
        assertThat(crossLinks[0]).as("links read through CrossReads").isGreaterThan(5_000);
    }

    /** A re-run reads again the converted links of the tasks it visits: it equals a full run on these plans too. */
    @Test
    void aRerunEqualsAFullRunWithLinksAcrossCalendarsAndStartNoEarlierThan() {
        Cases.check(200, seed -> {
            for (RuleSet rules : RuleSet.values()) {
                SchedulePropertiesTest.rerunsEqualFullRuns(ScheduleNetwork.compile(randomPlan(new SplittableRandom(seed), rules)), seed);
            }
        });
    }
}

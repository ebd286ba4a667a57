package io.linchpin.engine.analysis;

import static io.linchpin.engine.analysis.Plans.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.CycleException;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Invariants of the analysis on random plans, one seeded loop per property; a failure names its seed. */
class AnalysisPropertiesTest {

    private static final long[] SEEDS = seeds(200);

    private static long[] seeds(int count) {
        long[] out = new long[count];
        Random r = new Random(20251201L);
        for (int i = 0; i < count; i++) {
            out[i] = r.nextLong();
        }
        return out;
    }

    /**
     * Random plans on two calendars (one with holidays and a short Friday), every link type,
     * working, elapsed and percentage lags, some start constraints, as-late-as-possible tasks and
     * summaries, by either rule set.
     */
    static Plan randomPlan(long seed, boolean finishToStartOnly) {
        Random r = new Random(seed);
        WorkCalendar site = WorkCalendar.builder("site").hours(DayOfWeek.MONDAY, WorkingHours.ofMinutes(420, 960))
                .hours(DayOfWeek.TUESDAY, WorkingHours.ofMinutes(420, 960)).hours(DayOfWeek.WEDNESDAY, WorkingHours.ofMinutes(420, 960))
                .hours(DayOfWeek.THURSDAY, WorkingHours.ofMinutes(420, 960)).hours(DayOfWeek.FRIDAY, WorkingHours.ofMinutes(420, 720))
                .exception(CalendarException.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 16), WorkingHours.NONE)).build();
        Plan.Builder plan = Plan.builder(START).rules(r.nextBoolean() ? RuleSet.MS_PROJECT : RuleSet.P6)
                .addCalendar(WorkCalendar.standard("std")).addCalendar(site);
        int n = 2 + r.nextInt(30);
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Task.Builder t = Task.builder("T" + i).duration(r.nextInt(5) == 0 ? 0 : 60 * (1 + r.nextInt(40)));
            if (!finishToStartOnly && r.nextInt(3) == 0) {
                t.calendar("site");
            }
            if (!finishToStartOnly && r.nextInt(8) == 0) {
                t.constraint(Constraint.of(ConstraintType.SNET, START.plusHours(r.nextInt(400))));
            } else if (!finishToStartOnly && r.nextInt(10) == 0) {
                t.constraint(new Constraint(ConstraintType.ALAP, null));
            }
            if (!summaries.isEmpty() && r.nextInt(4) == 0) {
                t.parent(summaries.get(r.nextInt(summaries.size())));
            }
            int links = i == 0 ? 0 : r.nextInt(3);
            for (int k = 0; k < links; k++) {
                LinkType type = finishToStartOnly ? LinkType.FS : LinkType.values()[r.nextInt(4)];
                Lag lag = finishToStartOnly ? Lag.NONE : switch (r.nextInt(5)) {
                    case 0 -> Lag.working(60 * (r.nextInt(17) - 8));
                    case 1 -> Lag.elapsed(60 * r.nextInt(60));
                    case 2 -> Lag.percent(25 * r.nextInt(5));
                    default -> Lag.NONE;
                };
                String parent = t.build().parent();
                String from = !summaries.isEmpty() && r.nextInt(5) == 0 ? summaries.get(r.nextInt(summaries.size())) : "T" + r.nextInt(i);
                t.predecessor(new Link(from.equals(parent) ? "T" + r.nextInt(i) : from, type, lag, null));
            }
            plan.addTask(t.build());
            if (!finishToStartOnly && r.nextInt(6) == 0) {
                String s = "S" + i;
                summaries.add(s);
                plan.addTask(Task.builder(s).build());
            }
        }
        return plan.build();
    }

    @Test
    void everyChainEndsAtAnOriginAndEveryLinkStepLandsOnWhatTheLinkAskedFor() {
        int plans = 0;
        int linkSteps = 0;
        int summarySteps = 0;
        int holidayGaps = 0;
        for (long seed : SEEDS) {
            Plan plan;
            Schedule s;
            try {
                plan = randomPlan(seed, false);
                s = Scheduler.schedule(plan);
            } catch (CycleException e) {
                // A link from a summary can close a loop through a child added later: not what is tested here.
                continue;
            }
            plans++;
            Calendars calendars = new Calendars(plan, s.tasks().stream().flatMap(t -> Stream.of(t.earlyStart(), t.earlyFinish())).toList());
            for (Task t : plan.tasks()) {
                DateExplanation e = ScheduleAnalysis.explain(s, t.id());
                assertThat(e.steps().get(0).taskId()).as("seed %d, task %s", seed, t.id()).isEqualTo(t.id());
                assertThat(e.origin()).as("seed %d, task %s", seed, t.id())
                        .isNotInstanceOfAny(Cause.DrivingLink.class, Cause.SummaryChild.class);
                for (int k = 0; k < e.steps().size(); k++) {
                    ExplanationStep step = e.steps().get(k);
                    if (step.cause() instanceof Cause.DrivingLink link) {
                        linkSteps++;
                        assertThat(e.steps().get(k + 1).taskId()).as("seed %d, task %s", seed, t.id()).isEqualTo(link.predecessor());
                        boolean start = link.type() == LinkType.FS || link.type() == LinkType.SS;
                        int between = calendars.workBetween(step.calendarId(), link.requiredAt(), start ? step.earlyStart() : step.earlyFinish());
                        assertThat(between).as("seed %d, task %s: no working time between what %s asked and the date", seed, step.taskId(), link)
                                .isZero();
                        assertThat(step.gap() != null).as("seed %d, task %s", seed, step.taskId())
                                .isEqualTo(start && step.earlyStart().isAfter(link.requiredAt()));
                    }
                    if (step.cause() instanceof Cause.SummaryChild child) {
                        summarySteps++;
                        assertThat(e.steps().get(k + 1).taskId()).isEqualTo(child.child());
                    }
                    if (step.gap() != null) {
                        WorkCalendar c = plan.calendar(step.gap().calendarId());
                        assertThat(step.gap().daysOff()).as("seed %d", seed).allMatch(d -> c.hoursOn(d).minutes() == 0);
                        holidayGaps += step.gap().daysOff().contains(LocalDate.of(2025, 1, 15)) ? 1 : 0;
                    }
                }
            }
        }
        // The plans must reach what the property is about.
        assertThat(plans).isGreaterThan(150);
        assertThat(linkSteps).isGreaterThan(1000);
        assertThat(holidayGaps).isPositive();
        assertThat(summarySteps).isPositive();
    }

    @Test
    void theCriticalPathTestPassesOnFinishToStartNetworksWithoutConstraints() {
        for (long seed : SEEDS) {
            Schedule s = Scheduler.schedule(randomPlan(seed, true));
            HealthCheck c = ScheduleAnalysis.assess(s, HealthOptions.DEFAULTS).check(12);
            assertThat(c.outcome()).as("seed %d: %s", seed, c.measured()).isIn(HealthCheck.Outcome.PASS, HealthCheck.Outcome.NOT_APPLICABLE);
        }
    }
}

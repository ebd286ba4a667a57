package io.linchpin.engine.analysis;

import static io.linchpin.engine.analysis.Plans.DAY;
import static io.linchpin.engine.analysis.Plans.START;
import static io.linchpin.engine.analysis.Plans.at;
import static io.linchpin.engine.analysis.Plans.milestone;
import static io.linchpin.engine.analysis.Plans.plan;
import static io.linchpin.engine.analysis.Plans.schedule;
import static io.linchpin.engine.analysis.Plans.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainTest {

    @Test
    void everyLinkTypeWithItsLagAndWhatItAskedFor() {
        Schedule s = schedule(task("A", 2),
                task("FS", 1).predecessor(Link.of("A", LinkType.FS, Lag.working(DAY))),
                task("SS", 1).predecessor(Link.of("A", LinkType.SS, Lag.working(DAY))),
                task("FF", 1).predecessor(Link.of("A", LinkType.FF, Lag.working(-240))),
                task("SF", 1).predecessor(Link.of("A", LinkType.SF, Lag.working(3 * DAY))));

        DateExplanation fs = ScheduleAnalysis.explain(s, "FS");
        assertThat(fs.taskIds()).containsExactly("FS", "A");
        assertThat(fs.steps().get(0).cause()).isEqualTo(new Cause.DrivingLink("A", LinkType.FS, Lag.working(DAY), null,
                at("2025-01-07T17:00"), at("2025-01-08T17:00"), List.of()));
        // A day of lag ends Wednesday 17:00; the task starts with the next working minute.
        assertThat(fs.steps().get(0).gap()).isEqualTo(new CalendarGap(at("2025-01-08T17:00"), at("2025-01-09T08:00"), "standard", List.of()));
        assertThat(fs.origin()).isEqualTo(new Cause.ProjectStart(START));
        assertThat(fs.steps().get(1).gap()).isNull();

        Cause.DrivingLink ss = (Cause.DrivingLink) ScheduleAnalysis.explain(s, "SS").steps().get(0).cause();
        assertThat(ss.predecessorDate()).isEqualTo(START);
        assertThat(ss.requiredAt()).isEqualTo(at("2025-01-06T17:00"));
        assertThat(s.task("SS").earlyStart()).isEqualTo(at("2025-01-07T08:00"));

        ExplanationStep ff = ScheduleAnalysis.explain(s, "FF").steps().get(0);
        assertThat(ff.cause()).isEqualTo(new Cause.DrivingLink("A", LinkType.FF, Lag.working(-240), null,
                at("2025-01-07T17:00"), at("2025-01-07T12:00"), List.of()));
        assertThat(ff.earlyFinish()).isEqualTo(at("2025-01-07T12:00"));
        assertThat(ff.earlyStart()).isEqualTo(at("2025-01-06T13:00"));
        assertThat(ff.gap()).as("a finish requirement is met by the finish, no gap").isNull();
        assertThat(ff.cause().describe()).isEqualTo(
                "FF link from A with a lead of 240 working minutes: its finish 2025-01-07T17:00 lets the task finish no earlier than 2025-01-07T12:00");

        ExplanationStep sf = ScheduleAnalysis.explain(s, "SF").steps().get(0);
        assertThat(((Cause.DrivingLink) sf.cause()).requiredAt()).isEqualTo(at("2025-01-08T17:00"));
        assertThat(sf.earlyStart()).isEqualTo(at("2025-01-08T08:00"));
    }

    @Test
    void aChainRunsBackThroughEveryDrivingLinkAndNamesTies() {
        Schedule s = schedule(task("A", 2), task("B", 2), task("C", 1).predecessor(Link.fs("A")),
                task("D", 1).predecessor(Link.fs("C")).predecessor(Link.fs("B")),
                task("E", 1).predecessor(Link.fs("A")).predecessor(Link.fs("B")));
        assertThat(ScheduleAnalysis.explain(s, "D").taskIds()).containsExactly("D", "C", "A");
        Cause.DrivingLink e = (Cause.DrivingLink) ScheduleAnalysis.explain(s, "E").steps().get(0).cause();
        assertThat(e.predecessor()).isEqualTo("A");
        assertThat(e.alsoDriving()).containsExactly("B");
    }

    @Test
    void aConstraintEndsTheChainAndAWeekendGapIsNamed() {
        Schedule s = schedule(task("A", 2),
                task("B", 1).predecessor(Link.fs("A")).constraint(Constraint.of(ConstraintType.SNET, at("2025-01-11T10:00"))),
                task("C", 1).predecessor(Link.fs("B")));
        DateExplanation c = ScheduleAnalysis.explain(s, "C");
        assertThat(c.taskIds()).containsExactly("C", "B");
        ExplanationStep b = c.steps().get(1);
        assertThat(b.cause()).isEqualTo(new Cause.DateConstraint(ConstraintType.SNET, at("2025-01-11T10:00")));
        assertThat(b.earlyStart()).isEqualTo(at("2025-01-13T08:00"));
        assertThat(b.gap()).isEqualTo(new CalendarGap(at("2025-01-11T10:00"), at("2025-01-13T08:00"), "standard",
                List.of(LocalDate.of(2025, 1, 11), LocalDate.of(2025, 1, 12))));
    }

    @Test
    void aFinishConstraintIsNamedWithoutAGap() {
        Schedule s = schedule(task("A", 2).constraint(Constraint.of(ConstraintType.FNET, at("2025-01-10T17:00"))));
        ExplanationStep a = ScheduleAnalysis.explain(s, "A").steps().get(0);
        assertThat(a.cause()).isEqualTo(new Cause.DateConstraint(ConstraintType.FNET, at("2025-01-10T17:00")));
        assertThat(a.earlyStart()).isEqualTo(at("2025-01-09T08:00"));
        assertThat(a.gap()).isNull();
    }

    @Test
    void ofTwoConstraintsTheOneThatHoldsTheDateIsNamed() {
        Schedule s = schedule(task("A", 1).constraint(Constraint.of(ConstraintType.SNET, START))
                .secondaryConstraint(Constraint.of(ConstraintType.FNET, at("2025-01-10T17:00"))));
        assertThat(ScheduleAnalysis.explain(s, "A").origin()).isEqualTo(new Cause.DateConstraint(ConstraintType.FNET, at("2025-01-10T17:00")));
        Schedule primary = schedule(task("A", 1).constraint(Constraint.of(ConstraintType.SNET, at("2025-01-08T08:00")))
                .secondaryConstraint(Constraint.of(ConstraintType.FNET, at("2025-01-06T17:00"))));
        assertThat(ScheduleAnalysis.explain(primary, "A").origin()).isEqualTo(new Cause.DateConstraint(ConstraintType.SNET, at("2025-01-08T08:00")));
    }

    @Test
    void aHolidayGapNamesTheDayAndTheCalendar() {
        Plan p = Plan.builder(START)
                .addCalendar(Plans.standardWithHolidays("site", LocalDate.of(2025, 1, 8)))
                .addTask(task("A", 2).build())
                .addTask(task("B", 1).predecessor(Link.fs("A")).build())
                .build();
        ExplanationStep b = ScheduleAnalysis.explain(Scheduler.schedule(p), "B").steps().get(0);
        assertThat(b.earlyStart()).isEqualTo(at("2025-01-09T08:00"));
        assertThat(b.gap()).isEqualTo(new CalendarGap(at("2025-01-07T17:00"), at("2025-01-09T08:00"), "site", List.of(LocalDate.of(2025, 1, 8))));
        assertThat(b.describe()).isEqualTo("B starts 2025-01-09T08:00: FS link from A: its finish 2025-01-07T17:00 lets the task start no earlier"
                + " than 2025-01-07T17:00; calendar site has no working time from 2025-01-07T17:00 to 2025-01-09T08:00 (days off: 2025-01-08)");
    }

    @Test
    void progressInMsProjectIsTheActualStartAndTheWorkLeft() {
        Plan p = plan(RuleSet.MS_PROJECT, at("2025-01-08T08:00"),
                task("A", 4).actualStart(START).percentComplete(50),
                task("B", 1).predecessor(Link.fs("A")));
        DateExplanation b = ScheduleAnalysis.explain(Scheduler.schedule(p), "B");
        assertThat(b.taskIds()).containsExactly("B", "A");
        assertThat(b.origin()).isEqualTo(new Cause.Progress(START, null, 50, 2 * DAY, at("2025-01-08T08:00")));
        assertThat(b.earlyStart()).isEqualTo(at("2025-01-10T08:00"));
    }

    @Test
    void progressInP6ContinuesFromTheStatusDate() {
        Plan p = plan(RuleSet.P6, at("2025-01-08T08:00"),
                task("A", 4).actualStart(START).remainingDuration(3 * DAY),
                task("U", 1));
        Schedule s = Scheduler.schedule(p);
        ExplanationStep a = ScheduleAnalysis.explain(s, "A").steps().get(0);
        assertThat(a.cause()).isEqualTo(new Cause.StatusDate(at("2025-01-08T08:00"), START, 3 * DAY));
        assertThat(a.earlyFinish()).isEqualTo(at("2025-01-10T17:00"));
        assertThat(ScheduleAnalysis.explain(s, "U").origin()).isEqualTo(new Cause.StatusDate(at("2025-01-08T08:00"), null, DAY));
    }

    @Test
    void summariesLeadToTheChildThatSetsTheirDate() {
        Schedule s = schedule(task("A", 1),
                Task.builder("S").predecessor(Link.fs("A")),
                task("X", 2).parent("S"),
                task("Y", 3).parent("S").predecessor(Link.fs("X")),
                task("Z", 1).predecessor(Link.fs("S")));
        DateExplanation summary = ScheduleAnalysis.explain(s, "S");
        assertThat(summary.steps().get(0).cause()).isEqualTo(new Cause.SummaryChild("X", false));
        assertThat(summary.taskIds()).containsExactly("S", "X", "A");
        // X has no link of its own: the link into S holds it.
        assertThat(((Cause.DrivingLink) summary.steps().get(1).cause()).heldBy()).isEqualTo("S");

        DateExplanation z = ScheduleAnalysis.explain(s, "Z");
        assertThat(z.taskIds()).containsExactly("Z", "S", "Y", "X", "A");
        assertThat(z.steps().get(1).cause()).isEqualTo(new Cause.SummaryChild("Y", true));
        assertThat(z.earlyStart()).isEqualTo(at("2025-01-14T08:00"));
    }

    @Test
    void asLateAsPossible() {
        Task.Builder[] tasks = {task("X", 3), task("A", 1).constraint(new Constraint(ConstraintType.ALAP, null)),
                task("B", 1).predecessor(Link.fs("A")), milestone("F").predecessor(Link.fs("X")).predecessor(Link.fs("B"))};
        // MS Project shows A at its late dates and B follows them.
        DateExplanation b = ScheduleAnalysis.explain(Scheduler.schedule(plan(RuleSet.MS_PROJECT, null, tasks)), "B");
        assertThat(b.earlyStart()).isEqualTo(at("2025-01-08T08:00"));
        Cause.DrivingLink fromA = (Cause.DrivingLink) b.steps().get(0).cause();
        assertThat(fromA.predecessorDate()).isEqualTo(at("2025-01-07T17:00"));
        assertThat(fromA.requiredAt()).isEqualTo(at("2025-01-07T17:00"));
        // P6 moves the activity itself as late as its successors allow: that ends the chain.
        Schedule p6 = Scheduler.schedule(plan(RuleSet.P6, null, tasks));
        assertThat(ScheduleAnalysis.explain(p6, "B").taskIds()).containsExactly("B", "A");
        assertThat(ScheduleAnalysis.explain(p6, "B").origin()).isEqualTo(new Cause.AsLateAsPossible(at("2025-01-07T17:00")));
    }

    @Test
    void manualTasksKeepTheirDates() {
        Schedule s = schedule(task("A", 1), task("M", 1).predecessor(Link.fs("A")).manual(at("2025-01-13T08:00"), at("2025-01-13T17:00")));
        assertThat(ScheduleAnalysis.explain(s, "M").steps()).hasSize(1)
                .first().extracting(ExplanationStep::cause).isEqualTo(new Cause.ManualDates(at("2025-01-13T08:00"), at("2025-01-13T17:00")));
    }

    @Test
    void anUnknownTaskIsNamed() {
        Schedule s = schedule(task("A", 1));
        assertThatThrownBy(() -> ScheduleAnalysis.explain(s, "nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("task 'nope' is not in the schedule");
    }

    @Test
    void movedMilestonesCarryFromToAndTheirChain() {
        Schedule before = schedule(task("A", 2), milestone("M").predecessor(Link.fs("A")), milestone("N"),
                task("B", 1), milestone("K").predecessor(Link.fs("B")));
        Schedule after = schedule(task("A", 4), milestone("M").predecessor(Link.fs("A")), milestone("N"),
                task("B", 1), milestone("K").predecessor(Link.fs("B")));
        List<MilestoneMove> moves = ScheduleAnalysis.moved(before, after);
        assertThat(moves).hasSize(1);
        MilestoneMove m = moves.get(0);
        assertThat(m.taskId()).isEqualTo("M");
        assertThat(m.from()).isEqualTo(at("2025-01-07T17:00"));
        assertThat(m.to()).isEqualTo(at("2025-01-09T17:00"));
        assertThat(m.workingMinutes()).isEqualTo(2 * DAY);
        assertThat(m.slipped()).isTrue();
        assertThat(m.why().taskIds()).containsExactly("M", "A");
        assertThat(ScheduleAnalysis.moved(after, before).get(0).workingMinutes()).isEqualTo(-2 * DAY);
        assertThat(ScheduleAnalysis.moved(before, before)).isEmpty();
    }
}

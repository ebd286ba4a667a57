package io.linchpin.engine.analysis;

import static io.linchpin.engine.analysis.Plans.DAY;
import static io.linchpin.engine.analysis.Plans.START;
import static io.linchpin.engine.analysis.Plans.at;
import static io.linchpin.engine.analysis.Plans.milestone;
import static io.linchpin.engine.analysis.Plans.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.analysis.HealthCheck.Outcome;
import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Scheduler;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AssessTest {

    private static HealthCheck check(int number, HealthOptions options, Task.Builder... tasks) {
        return check(number, options, b -> b, tasks);
    }

    private static HealthCheck check(int number, HealthOptions options, UnaryOperator<Plan.Builder> extra, Task.Builder... tasks) {
        Plan.Builder b = Plan.builder(START);
        for (Task.Builder t : tasks) {
            b.addTask(t.build());
        }
        HealthReport report = ScheduleAnalysis.assess(Scheduler.schedule(extra.apply(b).build()), options);
        assertThat(report.checks()).extracting(HealthCheck::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        return report.check(number);
    }

    private static HealthCheck check(int number, Task.Builder... tasks) {
        return check(number, HealthOptions.DEFAULTS, tasks);
    }

    /** T1 .. Tn, each finish-to-start after the one before, the link into task i (2..n) made by {@code link}. */
    private static Task.Builder[] chain(int n, java.util.function.IntFunction<Link> link) {
        Task.Builder[] out = new Task.Builder[n];
        out[0] = task("T1", 1);
        for (int i = 2; i <= n; i++) {
            out[i - 1] = task("T" + i, 1).predecessor(link.apply(i));
        }
        return out;
    }

    @Test
    void logicCountsTasksWithoutAPredecessorOrASuccessorButNotTheStartAndFinishMilestones() {
        Task.Builder[] linked = {milestone("Start"), task("A", 2).predecessor(Link.fs("Start")), task("B", 2).predecessor(Link.fs("A")),
                milestone("Finish").predecessor(Link.fs("B"))};
        HealthCheck pass = check(1, linked);
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pass.population()).isEqualTo(4);
        assertThat(pass.count()).isZero();

        HealthCheck fail = check(1, milestone("Start"), task("A", 2).predecessor(Link.fs("Start")), task("B", 2).predecessor(Link.fs("A")),
                task("X", 1), milestone("Finish").predecessor(Link.fs("B")));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.tasks()).containsExactly("X");
        assertThat(fail.value()).isEqualTo(20.0);
        assertThat(fail.measured()).isEqualTo("1 of 5 tasks (20.0 %)");
    }

    @Test
    void logicOnASummaryHoldsTheTasksBelowIt() {
        HealthCheck c = check(1, milestone("Start"), Task.builder("S").predecessor(Link.fs("Start")), task("C1", 1).parent("S"),
                task("C2", 1).parent("S"), milestone("Finish").predecessor(Link.fs("S")));
        assertThat(c.outcome()).isEqualTo(Outcome.PASS);
        assertThat(c.population()).as("summaries are not counted").isEqualTo(4);
    }

    @Test
    void leadsMustBeNone() {
        assertThat(check(2, task("A", 2), task("B", 1).predecessor(Link.fs("A"))).outcome()).isEqualTo(Outcome.PASS);
        HealthCheck fail = check(2, task("A", 2), task("B", 1).predecessor(Link.of("A", LinkType.FS, Lag.working(-240))));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.value()).isEqualTo(1);
        assertThat(fail.tasks()).containsExactly("B");
        assertThat(check(2, task("A", 2)).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void lagsUpToFivePercentOfTheLinks() {
        HealthCheck pass = check(3, chain(21, i -> i == 5 ? Link.of("T4", LinkType.FS, Lag.working(DAY)) : Link.fs("T" + (i - 1))));
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pass.value()).isEqualTo(5.0);
        HealthCheck fail = check(3, chain(21, i -> i == 5 || i == 9 ? Link.of("T" + (i - 1), LinkType.FS, Lag.elapsed(60)) : Link.fs("T" + (i - 1))));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.value()).isEqualTo(10.0);
        assertThat(fail.tasks()).containsExactly("T5", "T9");
    }

    @Test
    void atLeastNinetyPercentFinishToStart() {
        HealthCheck pass = check(4, chain(11, i -> i == 3 ? Link.of("T2", LinkType.SS, Lag.NONE) : Link.fs("T" + (i - 1))));
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pass.value()).isEqualTo(90.0);
        HealthCheck fail = check(4, chain(11, i -> i == 3 || i == 7 ? Link.of("T" + (i - 1), LinkType.FF, Lag.NONE) : Link.fs("T" + (i - 1))));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.value()).isEqualTo(80.0);
        assertThat(fail.tasks()).containsExactly("T3", "T7");
    }

    @Test
    void linksIntoFinishedTasksAreNotCounted() {
        HealthCheck c = check(2, HealthOptions.DEFAULTS.withStatusDate(at("2025-01-20T08:00")),
                task("A", 2).actualStart(START).actualFinish(at("2025-01-07T17:00")),
                task("B", 1).predecessor(Link.of("A", LinkType.FS, Lag.working(-240))).actualStart(at("2025-01-07T13:00"))
                        .actualFinish(at("2025-01-08T12:00")),
                task("C", 1).predecessor(Link.fs("B")));
        assertThat(c.outcome()).isEqualTo(Outcome.PASS);
        assertThat(c.population()).isEqualTo(1);
    }

    @Test
    void hardConstraintsUpToFivePercent() {
        HealthCheck pass = check(5, chain(20, i -> Link.fs("T" + (i - 1))));
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        Task.Builder[] tasks = chain(20, i -> Link.fs("T" + (i - 1)));
        tasks[3].constraint(Constraint.of(ConstraintType.SNET, at("2025-01-09T08:00")));
        tasks[5].constraint(Constraint.of(ConstraintType.MSO, at("2025-01-13T08:00")));
        assertThat(check(5, tasks).outcome()).as("1 of 20, SNET is soft").isEqualTo(Outcome.PASS);
        tasks[9].secondaryConstraint(Constraint.of(ConstraintType.FNLT, at("2025-03-01T17:00")));
        HealthCheck fail = check(5, tasks);
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.tasks()).containsExactly("T6", "T10");
        assertThat(fail.value()).isEqualTo(10.0);
    }

    @Test
    void highFloatIsMoreThanFortyFourWorkingDays() {
        HealthCheck pass = check(6, task("A", 45), task("B", 1), milestone("F").predecessor(Link.fs("A")).predecessor(Link.fs("B")));
        assertThat(pass.outcome()).as("B has exactly 44 days").isEqualTo(Outcome.PASS);
        HealthCheck fail = check(6, task("A", 46), task("B", 1), milestone("F").predecessor(Link.fs("A")).predecessor(Link.fs("B")));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.tasks()).containsExactly("B");
        assertThat(check(6, HealthOptions.DEFAULTS.withHighFloatDays(50), task("A", 46), task("B", 1),
                milestone("F").predecessor(Link.fs("A")).predecessor(Link.fs("B"))).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void negativeFloatMustBeNone() {
        assertThat(check(7, task("A", 5), task("B", 1).predecessor(Link.fs("A"))).outcome()).isEqualTo(Outcome.PASS);
        HealthCheck fail = check(7, task("A", 5), task("B", 1).predecessor(Link.fs("A")).deadline(at("2025-01-10T17:00")));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.tasks()).containsExactly("A", "B");
    }

    @Test
    void highDurationIsMoreThanFortyFourWorkingDaysOfTheBaselineElseThePlan() {
        assertThat(check(8, task("A", 44), milestone("M")).outcome()).isEqualTo(Outcome.PASS);
        HealthCheck fail = check(8, task("A", 45), milestone("M"));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.population()).as("milestones are not counted").isEqualTo(1);
        assertThat(fail.tasks()).containsExactly("A");
        HealthOptions baseline = HealthOptions.DEFAULTS.withBaseline(Map.of("A", BaselineDates.of(START, at("2025-01-17T17:00"))));
        assertThat(check(8, baseline, task("A", 45), milestone("M")).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void invalidDatesAreForecastsBeforeAndActualsAfterTheStatusDate() {
        HealthOptions status = HealthOptions.DEFAULTS.withStatusDate(at("2025-01-08T08:00"));
        HealthCheck pass = check(9, status, task("A", 2).actualStart(START).actualFinish(at("2025-01-07T17:00")),
                task("B", 1).predecessor(Link.fs("A")));
        assertThat(pass.outcome()).as("B starts at the status date").isEqualTo(Outcome.PASS);
        HealthCheck fail = check(9, status, task("A", 2).actualStart(START).actualFinish(at("2025-01-07T17:00")),
                task("B", 1).predecessor(Link.fs("A")), task("Late", 1), task("Future", 3).actualStart(at("2025-01-09T08:00")));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.tasks()).containsExactly("Late", "Future");
        assertThat(check(9, task("A", 1)).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void resourcesAreNotApplicableToAPlanWithoutAny() {
        assertThat(check(10, task("A", 1)).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        HealthCheck fail = check(10, HealthOptions.DEFAULTS,
                b -> b.addResource(Resource.work("R", 1)).addAssignment(new Assignment("A", "R", 1)),
                task("A", 1), task("B", 1), milestone("M"));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.tasks()).containsExactly("B");
        assertThat(fail.population()).isEqualTo(2);
        HealthCheck pass = check(10, HealthOptions.DEFAULTS,
                b -> b.addResource(Resource.work("R", 1)).addAssignment(new Assignment("A", "R", 1)).addAssignment(new Assignment("B", "R", 1)),
                task("A", 1), task("B", 1), milestone("M"));
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void missedTasksFinishAfterTheBaselineFinishThatWasDueByTheStatusDate() {
        Map<String, BaselineDates> baseline = Map.of("A", BaselineDates.of(START, at("2025-01-07T17:00")),
                "B", BaselineDates.of(at("2025-01-08T08:00"), at("2025-01-08T17:00")),
                "C", BaselineDates.of(at("2025-01-20T08:00"), at("2025-01-20T17:00")));
        HealthOptions o = HealthOptions.DEFAULTS.withStatusDate(at("2025-01-10T17:00")).withBaseline(baseline);
        HealthCheck pass = check(11, o, task("A", 2).actualStart(START).actualFinish(at("2025-01-07T17:00")),
                task("B", 1).predecessor(Link.fs("A")).actualStart(at("2025-01-08T08:00")).actualFinish(at("2025-01-08T17:00")),
                task("C", 1).predecessor(Link.fs("B")).constraint(Constraint.of(ConstraintType.SNET, at("2025-01-20T08:00"))));
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pass.population()).as("C is not due yet").isEqualTo(2);
        HealthCheck fail = check(11, o, task("A", 2).actualStart(START).actualFinish(at("2025-01-07T17:00")),
                task("B", 1).predecessor(Link.fs("A")).actualStart(at("2025-01-08T08:00")).percentComplete(50),
                task("C", 1).predecessor(Link.fs("B")));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.tasks()).as("its forecast finish lies in the past, but it is not finished").containsExactly("B");
        HealthCheck late = check(11, o, task("A", 2).actualStart(START).actualFinish(at("2025-01-08T12:00")),
                task("B", 1).predecessor(Link.fs("A")).actualStart(at("2025-01-08T13:00")).actualFinish(at("2025-01-09T12:00")),
                task("C", 1).predecessor(Link.fs("B")));
        assertThat(late.tasks()).as("finished after their baseline finish").containsExactly("A", "B");
        assertThat(late.value()).isEqualTo(100.0);
        assertThat(check(11, task("A", 1)).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void theCriticalPathTestDelaysTheFirstCriticalTask() {
        HealthCheck pass = check(12, task("A", 2), task("B", 3).predecessor(Link.fs("A")), milestone("F").predecessor(Link.fs("B")));
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pass.value()).isEqualTo(600.0);
        assertThat(pass.measured()).isEqualTo("a delay of 600.0 working days to A moved the project finish by 600.0");
        // A start-to-start link does not carry A's finish: the path to the finish is broken.
        HealthCheck fail = check(12, task("A", 2), task("B", 10).predecessor(Link.of("A", LinkType.SS, Lag.working(DAY))));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.tasks()).containsExactly("A");
        assertThat(fail.value()).as("A now finishes 602 days in, B 11").isEqualTo(591.0);
        assertThat(check(12, milestone("M")).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void cpliComparesTheFloatOfTheFinishWithThePathLength() {
        HealthCheck pass = check(13, task("A", 4), milestone("F").predecessor(Link.fs("A")));
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pass.value()).isEqualTo(1.0);
        // Ten days of work, a deadline two days earlier: (10 - 2) / 10.
        HealthCheck fail = check(13, task("A", 10), milestone("F").predecessor(Link.fs("A")).deadline(at("2025-01-15T17:00")));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.value()).isEqualTo(0.8);
        HealthCheck target = check(13, HealthOptions.DEFAULTS.withTargetFinish(at("2025-01-24T17:00")), task("A", 10));
        assertThat(target.value()).isEqualTo(1.5);
        HealthCheck fromStatus = check(13, HealthOptions.DEFAULTS.withStatusDate(at("2025-01-13T08:00")).withTargetFinish(at("2025-01-16T17:00")),
                task("A", 10).actualStart(START).percentComplete(50));
        assertThat(fromStatus.value()).as("5 days left, 1 late").isEqualTo(0.8);
    }

    @Test
    void beiIsTasksFinishedOverTasksDue() {
        Map<String, BaselineDates> baseline = new java.util.HashMap<>();
        List<Task.Builder> tasks = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            LocalDateTime day = START.plusDays(i - 1);
            baseline.put("T" + i, BaselineDates.of(day, day.withHour(17)));
            tasks.add(task("T" + i, 1).actualStart(day).actualFinish(i == 4 ? null : day.withHour(17)).percentComplete(i == 4 ? 50 : 100));
        }
        HealthOptions o = HealthOptions.DEFAULTS.withStatusDate(at("2025-01-10T17:00")).withBaseline(baseline);
        HealthCheck fail = check(14, o, tasks.toArray(Task.Builder[]::new));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.value()).isEqualTo(0.75);
        assertThat(fail.tasks()).containsExactly("T4");
        tasks.set(3, task("T4", 1).actualStart(START.plusDays(3)).actualFinish(START.plusDays(3).withHour(17)));
        assertThat(check(14, o, tasks.toArray(Task.Builder[]::new)).value()).isEqualTo(1.0);
        assertThat(check(14, task("A", 1)).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aBaselineOfTasksThePlanDoesNotHaveIsRefused() {
        HealthOptions o = HealthOptions.DEFAULTS.withBaseline(Map.of("Z", BaselineDates.of(START, START), "Y", BaselineDates.of(START, START)));
        assertThatThrownBy(() -> ScheduleAnalysis.assess(Scheduler.schedule(Plans.plan(task("A", 1))), o))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the baseline names tasks the plan does not have: Y, Z");
        assertThatThrownBy(() -> HealthOptions.DEFAULTS.withHighFloatDays(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("high float days must be positive, got 0");
        assertThatThrownBy(() -> BaselineDates.of(at("2025-01-08T08:00"), START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseline finish 2025-01-06T08:00 is before baseline start");
    }
}

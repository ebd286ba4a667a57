package io.linchpin.engine.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.InvalidPlanException;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Project;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanLevelerTest {

    static final LocalDateTime MONDAY = LocalDateTime.of(2025, 1, 6, 8, 0);
    static final int DAY = 480;
    private static final PlanLevelingOptions OPTIONS = PlanLevelingOptions.defaults().withMaxSchedules(2_000);

    static LeveledPlan levelAndCheck(Plan plan, PlanLevelingOptions options) {
        assertThat(LeveledPlanChecker.brokenLinks(plan, PlanLeveler.level(plan, options).unleveled()))
                .as("the checker accepts the unleveled schedule").isEmpty();
        LeveledPlan l = PlanLeveler.level(plan, options);
        assertThat(LeveledPlanChecker.violations(l, options)).isEmpty();
        return l;
    }

    private static Task task(String id, int days, Link... predecessors) {
        Task.Builder b = Task.builder(id).duration(days * DAY);
        for (Link l : predecessors) {
            b.predecessor(l);
        }
        return b.build();
    }

    @Test
    void twoTasksOnOneElectricianRunOneAfterTheOther() {
        Plan plan = Plan.builder(MONDAY).addTask(task("A", 3)).addTask(task("B", 2))
                .addResource(Resource.work("ELEC", 1).withName("Electrician"))
                .addAssignment(new Assignment("A", "ELEC", 1)).addAssignment(new Assignment("B", "ELEC", 1))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(l.leveled().finish()).isEqualTo(LocalDateTime.of(2025, 1, 10, 17, 0));
        assertThat(l.unleveled().finish()).isEqualTo(LocalDateTime.of(2025, 1, 8, 17, 0));
        assertThat(l.task("A").levelingDelayMinutes() + l.task("B").levelingDelayMinutes()).isIn(2 * DAY, 3 * DAY);
        assertThat(l.periodMinutes()).isEqualTo(DAY);
        assertThat(l.workingDays(l.leveled().finish())).isEqualTo(5.0);
    }

    /** The package documentation's example: the cables go first because their successor can run beside the trays. */
    @Test
    void findsTheShorterOrderNotJustAPriorityRule() {
        Plan plan = Plan.builder(MONDAY)
                .addTask(Task.builder("1").name("Pull cable").duration(3 * DAY).build())
                .addTask(Task.builder("2").name("Fit trays").duration(2 * DAY).build())
                .addTask(Task.builder("3").name("Terminate").duration(DAY).predecessor(Link.fs("1")).build())
                .addResource(Resource.work("ELEC", 2)).addAssignment(new Assignment("1", "ELEC", 2))
                .addAssignment(new Assignment("2", "ELEC", 1))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(l.task("2").start()).isEqualTo(LocalDateTime.of(2025, 1, 9, 8, 0));
        assertThat(l.task("2").levelingDelayMinutes()).isEqualTo(3 * DAY);
        assertThat(l.task("3").start()).isEqualTo(LocalDateTime.of(2025, 1, 9, 8, 0));
        assertThat(l.leveled().finish()).isEqualTo(LocalDateTime.of(2025, 1, 10, 17, 0));
    }

    /** Every link type with a lag or a lead; the crane is needed by all four, one at a time. */
    @Test
    void everyLinkTypeAndLagHoldsAfterLeveling() {
        Plan plan = Plan.builder(MONDAY)
                .addTask(task("A", 2))
                .addTask(task("B", 3, Link.of("A", LinkType.SS, Lag.working(DAY))))
                .addTask(task("C", 2, Link.of("B", LinkType.FF, Lag.working(2 * DAY))))
                .addTask(task("D", 1, Link.of("A", LinkType.SF, Lag.working(4 * DAY))))
                .addTask(task("E", 2, Link.of("C", LinkType.FS, Lag.working(-DAY))))
                .addTask(task("F", 1, Link.of("D", LinkType.FS, Lag.elapsed(36 * 60))))
                .addTask(task("G", 2, Link.of("B", LinkType.FS, Lag.percent(50))))
                .addResource(Resource.work("CRANE", 1))
                .addAssignment(new Assignment("A", "CRANE", 1)).addAssignment(new Assignment("B", "CRANE", 1))
                .addAssignment(new Assignment("C", "CRANE", 1)).addAssignment(new Assignment("D", "CRANE", 1))
                .addAssignment(new Assignment("E", "CRANE", 1)).addAssignment(new Assignment("F", "CRANE", 1))
                .addAssignment(new Assignment("G", "CRANE", 1))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(l.workingDays(l.leveled().finish())).isGreaterThanOrEqualTo(13.0);
        assertThat(l.tasks()).allSatisfy(t -> assertThat(t.levelingDelayMinutes()).isNotNegative());
    }

    @Test
    void theSameChainOfLinksUnderP6RulesCountsLagsOnThePredecessorsCalendar() {
        Plan plan = Plan.builder(MONDAY).rules(RuleSet.P6).addCalendar(WorkCalendar.standard("standard"))
                .addCalendar(RandomPlans.fourDays())
                .addTask(Task.builder("A").duration(2 * DAY).calendar("four-day").build())
                .addTask(Task.builder("B").duration(2 * DAY).predecessor(Link.of("A", LinkType.FS, Lag.working(DAY))).build())
                .addTask(Task.builder("C").duration(3 * DAY).calendar("four-day").build())
                .addResource(Resource.work("R", 1))
                .addAssignment(new Assignment("A", "R", 1)).addAssignment(new Assignment("B", "R", 1))
                .addAssignment(new Assignment("C", "R", 1))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(l.tasks()).extracting(LeveledTask::id).containsExactly("A", "B", "C");
    }

    /**
     * Dana is away Tuesday and Wednesday. Tasks on the standard calendar hold her only while she
     * works, as MS Project assignments follow their resource's calendar: B can start on Tuesday,
     * since it needs her on Thursday only, when A no longer does.
     */
    @Test
    void aResourceOnHolidayIsHeldByNoTaskThen() {
        WorkCalendar away = RandomPlans.withHoliday("dana", LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 8));
        Plan plan = Plan.builder(MONDAY).addCalendar(WorkCalendar.standard("standard")).addCalendar(away)
                .addTask(task("A", 3)).addTask(task("B", 3))
                .addResource(Resource.work("DANA", 1).withCalendar("dana"))
                .addAssignment(new Assignment("A", "DANA", 1)).addAssignment(new Assignment("B", "DANA", 1))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(List.of(l.task("A").start(), l.task("B").start())).containsExactlyInAnyOrder(MONDAY, MONDAY.plusDays(1));
        assertThat(l.leveled().finish()).isEqualTo(LocalDateTime.of(2025, 1, 9, 17, 0));
        assertThat(ResourceHistogram.of(plan, l.leveled(), ResourceHistogram.Bucket.WEEK).resource("DANA").periods().get(0).demand())
                .isEqualTo(2.0 * DAY);
    }

    /** Tasks on Dana's own calendar pause over her holiday, and still never hold her twice. */
    @Test
    void tasksOnTheResourcesCalendarPauseOverItsHoliday() {
        WorkCalendar away = RandomPlans.withHoliday("dana", LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 8));
        Plan plan = Plan.builder(MONDAY).addCalendar(WorkCalendar.standard("standard")).addCalendar(away)
                .addTask(Task.builder("A").duration(2 * DAY).calendar("dana").build())
                .addTask(Task.builder("B").duration(DAY).calendar("dana").build())
                .addResource(Resource.work("DANA", 1).withCalendar("dana"))
                .addAssignment(new Assignment("A", "DANA", 1)).addAssignment(new Assignment("B", "DANA", 1))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(l.leveled().finish()).isEqualTo(LocalDateTime.of(2025, 1, 10, 17, 0));
        assertThat(l.periodMinutes()).isEqualTo(DAY);
    }

    /** A half-time person (50 % max units) can do one half-time task at a time, and a half-day calendar halves the period. */
    @Test
    void partTimeResourcesByMaxUnitsAndByCalendar() {
        Plan plan = Plan.builder(MONDAY).addCalendar(WorkCalendar.standard("standard")).addCalendar(RandomPlans.mornings())
                .addTask(task("A", 2)).addTask(task("B", 2))
                .addTask(Task.builder("M1").duration(2 * 240).calendar("mornings").build())
                .addTask(Task.builder("M2").duration(240).calendar("mornings").build())
                .addTask(task("F", 1))
                .addResource(Resource.work("HALF", 0.5)).addResource(Resource.work("AM", 1).withCalendar("mornings"))
                .addResource(Resource.work("DESK", 1))
                .addAssignment(new Assignment("A", "HALF", 0.5)).addAssignment(new Assignment("B", "HALF", 0.5))
                .addAssignment(new Assignment("M1", "AM", 1)).addAssignment(new Assignment("M2", "AM", 1))
                .addAssignment(new Assignment("M1", "DESK", 1)).addAssignment(new Assignment("F", "DESK", 1))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(l.periodMinutes()).isEqualTo(240);
        assertThat(List.of(l.task("A").start(), l.task("B").start())).contains(MONDAY, LocalDateTime.of(2025, 1, 8, 8, 0));
        assertThat(l.workingDays(l.task("M2").finish()) + l.workingDays(l.task("M1").finish())).isLessThanOrEqualTo(4.5);
        ResourceHistogram h = ResourceHistogram.of(plan, l.leveled(), ResourceHistogram.Bucket.DAY);
        assertThat(h.resources()).noneMatch(ResourceLoad::overAllocated);
        assertThat(h.resource("HALF").peakUnits()).isEqualTo(0.5);
    }

    /**
     * A morning crew on two full-day tasks: each holds it in the mornings only, so the second can
     * start at Monday noon and need the crew on Tuesday morning alone.
     */
    @Test
    void aMorningCrewIsHeldInTheMorningsOnly() {
        Plan plan = Plan.builder(MONDAY).addCalendar(WorkCalendar.standard("standard")).addCalendar(RandomPlans.mornings())
                .addTask(Task.builder("7").name("Commission").duration(DAY).build())
                .addTask(Task.builder("8").name("Test").duration(DAY).build())
                .addResource(Resource.work("AM", 1).withName("Morning crew").withCalendar("mornings"))
                .addAssignment(new Assignment("7", "AM", 1)).addAssignment(new Assignment("8", "AM", 1))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(List.of(l.task("7").start(), l.task("8").start())).containsExactlyInAnyOrder(MONDAY, MONDAY.withHour(13));
        assertThat(l.leveled().finish()).isEqualTo(MONDAY.plusDays(1).withHour(12));
        assertThat(l.periodMinutes()).isEqualTo(240);
        LoadPeriod monday = ResourceHistogram.of(plan, l.leveled(), ResourceHistogram.Bucket.DAY).resource("AM").periods().get(0);
        assertThat(monday.demand()).isEqualTo(240.0);
        assertThat(monday.capacity()).isEqualTo(240.0);
        assertThat(monday.overAllocated()).isFalse();
    }

    @Test
    void aDemandAboveMaxUnitsIsAnErrorNamingTheTaskAndTheResource() {
        Plan plan = Plan.builder(MONDAY).addTask(Task.builder("4").name("Pull cable").duration(DAY).build())
                .addResource(Resource.work("ELEC", 2).withName("Electricians"))
                .addAssignment(new Assignment("4", "ELEC", 3))
                .build();

        assertThatThrownBy(() -> PlanLeveler.level(plan, OPTIONS)).isInstanceOf(InvalidPlanException.class)
                .hasMessage("task 4 'Pull cable' needs 3 units of resource ELEC 'Electricians' at once, but it has at most 2 units:"
                        + " no leveling can fit it");
    }

    @Test
    void startedTasksStayAndTheRestGoesAroundThem() {
        Plan plan = Plan.builder(MONDAY).statusDate(LocalDateTime.of(2025, 1, 7, 17, 0))
                .addTask(Task.builder("A").duration(3 * DAY).actualStart(MONDAY).percentComplete(40).build())
                .addTask(task("B", 2)).addTask(task("C", 1, Link.fs("B")))
                .addResource(Resource.work("R", 1))
                .addAssignment(new Assignment("A", "R", 1)).addAssignment(new Assignment("B", "R", 1))
                .addAssignment(new Assignment("C", "R", 1))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(l.task("A").start()).isEqualTo(MONDAY);
        assertThat(l.task("A").finish()).isEqualTo(l.task("A").unleveledFinish());
        assertThat(l.task("B").start()).isEqualTo(LocalDateTime.of(2025, 1, 9, 8, 0));
    }

    @Test
    void priorityOneThousandIsNeverDelayedAndHigherPriorityGoesFirst() {
        Plan plan = Plan.builder(MONDAY)
                .addTask(Task.builder("LOW").duration(DAY).priority(100).build())
                .addTask(Task.builder("HIGH").duration(DAY).priority(900).build())
                .addTask(Task.builder("FIXED").duration(DAY).priority(1000).build())
                .addResource(Resource.work("R", 1))
                .addAssignment(new Assignment("LOW", "R", 1)).addAssignment(new Assignment("HIGH", "R", 1))
                .addAssignment(new Assignment("FIXED", "R", 1))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(l.task("FIXED").start()).isEqualTo(MONDAY);
        assertThat(l.task("HIGH").start()).isEqualTo(LocalDateTime.of(2025, 1, 7, 8, 0));
        assertThat(l.task("LOW").start()).isEqualTo(LocalDateTime.of(2025, 1, 8, 8, 0));
    }

    /** Two projects sharing a crew: the higher-priority one keeps its finish, the total is the same either way. */
    @Test
    void higherPriorityProjectFinishesFirst() {
        Plan plan = Plan.builder(MONDAY)
                .addTask(Task.builder("P").name("Plant").build())
                .addTask(Task.builder("P1").duration(2 * DAY).parent("P").build())
                .addTask(Task.builder("P2").duration(2 * DAY).parent("P").predecessor(Link.fs("P1")).build())
                .addTask(Task.builder("O").name("Office").build())
                .addTask(Task.builder("O1").duration(2 * DAY).parent("O").build())
                .addTask(Task.builder("O2").duration(2 * DAY).parent("O").predecessor(Link.fs("O1")).build())
                .addResource(Resource.work("CREW", 1))
                .addAssignment(new Assignment("P1", "CREW", 1)).addAssignment(new Assignment("P2", "CREW", 1))
                .addAssignment(new Assignment("O1", "CREW", 1)).addAssignment(new Assignment("O2", "CREW", 1))
                .addProject(new Project("PLANT", "Plant", 200, List.of("P")))
                .addProject(new Project("OFFICE", "Office", 800, List.of("O")))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(l.projects()).extracting(ProjectOutcome::id).containsExactly("PLANT", "OFFICE");
        assertThat(l.projects().get(1).finish()).isEqualTo(LocalDateTime.of(2025, 1, 9, 17, 0));
        assertThat(l.projects().get(1).delayWorkingDays()).isZero();
        assertThat(l.projects().get(0).delayWorkingDays()).isEqualTo(4.0);
        assertThat(l.totalMakespanWorkingDays()).isEqualTo(8.0);
        assertThat(l.averageProjectDelayWorkingDays()).isEqualTo(2.0);
    }

    @Test
    void withinFloatLeavesWhatCannotBeLeveledAndSaysSo() {
        Plan plan = Plan.builder(MONDAY)
                .addTask(task("A", 2)).addTask(task("B", 2)).addTask(task("C", 4))
                .addResource(Resource.work("R", 1))
                .addAssignment(new Assignment("A", "R", 1)).addAssignment(new Assignment("B", "R", 1))
                .build();
        PlanLevelingOptions within = OPTIONS.withinFloat(true);

        LeveledPlan l = levelAndCheck(plan, within);

        assertThat(l.unresolvedTasks()).isEmpty();
        assertThat(l.leveled().finish()).isEqualTo(l.unleveled().finish());

        Plan tight = plan.toBuilder().tasks(List.of(task("A", 3), task("B", 2), task("C", 4))).build();
        LeveledPlan t = levelAndCheck(tight, within);

        assertThat(t.unresolvedTasks()).hasSize(1);
        assertThat(t.leveled().finish()).isEqualTo(t.unleveled().finish());
    }

    @Test
    void aStartNoLaterThanConstraintIsNeverBroken() {
        Plan plan = Plan.builder(MONDAY)
                .addTask(task("A", 3))
                .addTask(Task.builder("B").duration(2 * DAY).constraint(Constraint.of(ConstraintType.SNLT, MONDAY.plusDays(1))).build())
                .addResource(Resource.work("R", 1))
                .addAssignment(new Assignment("A", "R", 1)).addAssignment(new Assignment("B", "R", 1))
                .build();

        LeveledPlan l = levelAndCheck(plan, OPTIONS);

        assertThat(l.task("B").start()).isEqualTo(MONDAY);
        assertThat(l.task("A").start()).isEqualTo(LocalDateTime.of(2025, 1, 8, 8, 0));
    }

    @Test
    void theSameSeedGivesTheSameDatesAndTheUnleveledDatesStay() {
        PlanLevelingOptions o = OPTIONS.withSeed(7);
        Plan plan = RandomPlans.generate(new java.util.SplittableRandom(3), 25);

        LeveledPlan first = levelAndCheck(plan, o);
        LeveledPlan second = PlanLeveler.level(plan, o);

        assertThat(second.tasks()).isEqualTo(first.tasks());
        assertThat(first.unleveled().tasks()).isEqualTo(io.linchpin.engine.schedule.Scheduler.schedule(plan).tasks());
    }
}

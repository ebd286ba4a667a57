package io.linchpin.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.linchpin.engine.plan.InvalidPlanException;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Earned value against examples worked by hand (standard calendar: Monday to Friday, 8 hours). */
class EarnedValueTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2025, 1, 6, 8, 0);
    private static final int DAY = 480;

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2025, month, day, hour, 0);
    }

    @Test
    void theTextbookExample() {
        // BAC 100,000 over 10 weeks; at the end of week 5 the work is 40 % done for 45,000.
        Plan plan = Plan.builder(MONDAY).addTask(Task.builder("A").duration(50 * DAY).actualStart(MONDAY).percentComplete(40).build()).build();
        CostModel costs = CostModel.builder().currency(Currency.getInstance("USD"))
                .cost(TaskCost.budgeted("A", money("100000.00"), MONDAY, at(3, 14, 17)).withActualCost(money("45000.00"))).build();
        EarnedValueReport r = EarnedValue.analyze(plan, costs, at(2, 7, 17), ReportingPeriod.WEEK);
        EarnedValueFigures f = r.plan();
        assertThat(f.bac()).isEqualTo(money("100000.00"));
        assertThat(f.pv()).isEqualTo(money("50000.00"));
        assertThat(f.ev()).isEqualTo(money("40000.00"));
        assertThat(f.ac()).isEqualTo(money("45000.00"));
        assertThat(f.sv()).isEqualTo(money("-10000.00"));
        assertThat(f.cv()).isEqualTo(money("-5000.00"));
        assertThat(f.spi()).isEqualTo(money("0.8"));
        assertThat(f.cpi()).isEqualTo(money("0.8888888889"));
        // BAC / CPI = 100,000 x 45,000 / 40,000
        assertThat(f.eacCpi()).isEqualTo(money("112500.00"));
        assertThat(f.eacAtBudgetRate()).isEqualTo(money("105000.00"));
        // 45,000 + 60,000 / (0.8889 x 0.8) = 45,000 + 84,375
        assertThat(f.eacComposite()).isEqualTo(money("129375.00"));
        assertThat(f.etc()).isEqualTo(money("67500.00"));
        assertThat(f.vac()).isEqualTo(money("-12500.00"));
        assertThat(f.tcpiBac()).isEqualTo(money("1.0909090909"));
        assertThat(f.tcpiEac()).isEqualTo(money("0.8888888889"));
        // The baseline planned 40,000 by the end of day 20: ES 20 days against AT 25.
        EarnedSchedule es = r.earnedSchedule();
        assertThat(es.es()).isEqualTo(at(1, 31, 17));
        assertThat(es.esWorkingDays()).isEqualTo(20.0);
        assertThat(es.atWorkingDays()).isEqualTo(25.0);
        assertThat(es.spiT()).isCloseTo(0.8, within(1e-12));
        assertThat(es.svT()).isCloseTo(-5.0, within(1e-12));
        assertThat(es.plannedDurationWorkingDays()).isEqualTo(50.0);
        // PD / SPI(t) = 62.5 working days: Wednesday 2 April at noon.
        assertThat(es.ieacTWorkingDays()).isCloseTo(62.5, within(1e-9));
        assertThat(es.ieacT()).isEqualTo(at(4, 2, 12));
    }

    @Test
    void earnedScheduleInterpolatesInsideTheBaselinesPeriodsAsLipkeDoes() {
        // 1,000 over four weeks with weights 1, 2, 3, 4: planned 100, 300, 600, 1,000 by each
        // week's end. EV 450 lies between weeks 2 and 3: ES = 2 + (450 - 300) / (600 - 300) = 2.5 weeks.
        Plan plan = Plan.builder(MONDAY).addTask(Task.builder("A").duration(20 * DAY).actualStart(MONDAY).percentComplete(45).build()).build();
        CostModel costs = CostModel.builder().cost(TaskCost.budgeted("A", money("1000"), MONDAY, at(1, 31, 17))
                .withProfile(List.of(money("1"), money("2"), money("3"), money("4"))).withActualCost(money("500"))).build();
        EarnedValueReport r = EarnedValue.analyze(plan, costs, at(1, 24, 17), ReportingPeriod.WEEK);
        assertThat(r.plan().pv()).isEqualTo(money("600.00"));
        assertThat(r.plan().ev()).isEqualTo(money("450.00"));
        assertThat(r.plan().spi()).isEqualTo(money("0.75"));
        assertThat(r.plan().cpi()).isEqualTo(money("0.9"));
        EarnedSchedule es = r.earnedSchedule();
        assertThat(es.esWorkingDays()).isCloseTo(12.5, within(1e-9));
        assertThat(es.es()).isEqualTo(at(1, 22, 12));
        assertThat(es.spiT()).isCloseTo(12.5 / 15, within(1e-12));
        assertThat(es.svT()).isCloseTo(-2.5, within(1e-9));
        // PD / SPI(t) = 20 / (12.5 / 15) = 24 working days: Thursday 6 February, 17:00.
        assertThat(es.ieacTWorkingDays()).isCloseTo(24.0, within(1e-9));
        assertThat(es.ieacT()).isEqualTo(at(2, 6, 17));
        // The status date, Friday 17:00, cuts week 3 before its weekend.
        assertThat(r.curve()).extracting(CurvePeriod::cumulativePv)
                .containsExactly(money("100.00"), money("300.00"), money("600.00"), money("600.00"), money("1000.00"));
    }

    /** S (A, B) and C: A done in week 1, B a quarter done on Wednesday of week 2, C not started. */
    private static EarnedValueReport branches() {
        Plan plan = Plan.builder(MONDAY).addTask(Task.builder("S").name("Build").build())
                .addTask(Task.builder("A").parent("S").duration(5 * DAY).actualStart(MONDAY).actualFinish(at(1, 10, 17)).percentComplete(100).build())
                .addTask(Task.builder("B").parent("S").duration(5 * DAY).actualStart(at(1, 13, 8)).percentComplete(25).build())
                .addTask(Task.builder("C").duration(10 * DAY).build()).build();
        CostModel costs = CostModel.builder().currency(Currency.getInstance("EUR"))
                .cost(TaskCost.budgeted("A", money("600"), MONDAY, at(1, 10, 17)).withActualCost(money("650")))
                .cost(TaskCost.budgeted("B", money("400"), at(1, 13, 8), at(1, 17, 17)).withActualCost(money("80")))
                .cost(TaskCost.budgeted("C", money("1000"), at(1, 20, 8), at(1, 31, 17))).build();
        return EarnedValue.analyze(plan, costs, at(1, 15, 17), ReportingPeriod.WEEK);
    }

    @Test
    void rollsFiguresUpPerWbsBranch() {
        EarnedValueReport r = branches();
        assertThat(r.plan().bac()).isEqualTo(money("2000.00"));
        // A 600, B three days of five: 240.
        assertThat(r.plan().pv()).isEqualTo(money("840.00"));
        assertThat(r.plan().ev()).isEqualTo(money("700.00"));
        assertThat(r.plan().ac()).isEqualTo(money("730.00"));
        assertThat(r.wbs()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo("S");
            assertThat(w.name()).isEqualTo("Build");
            assertThat(w.figures().bac()).isEqualTo(money("1000.00"));
            assertThat(w.figures().pv()).isEqualTo(money("840.00"));
            assertThat(w.figures().ev()).isEqualTo(money("700.00"));
            assertThat(w.figures().cv()).isEqualTo(money("-30.00"));
            assertThat(w.figures().spi()).isEqualTo(money("0.8333333333"));
        });
    }

    @Test
    void drawsTheSCurvePeriodByPeriodWithTheStatusDateCuttingItsWeek() {
        List<CurvePeriod> curve = branches().curve();
        assertThat(curve).extracting(CurvePeriod::from, CurvePeriod::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(at(1, 6, 0), at(1, 13, 0)),
                org.assertj.core.groups.Tuple.tuple(at(1, 13, 0), at(1, 15, 17)),
                org.assertj.core.groups.Tuple.tuple(at(1, 15, 17), at(1, 20, 0)),
                org.assertj.core.groups.Tuple.tuple(at(1, 20, 0), at(1, 27, 0)),
                org.assertj.core.groups.Tuple.tuple(at(1, 27, 0), at(2, 3, 0)));
        assertThat(curve).extracting(CurvePeriod::pv)
                .containsExactly(money("600.00"), money("240.00"), money("160.00"), money("500.00"), money("500.00"));
        assertThat(curve).extracting(CurvePeriod::cumulativeEv)
                .containsExactly(money("600.00"), money("700.00"), null, null, null);
        assertThat(curve).extracting(CurvePeriod::ac).containsExactly(money("650.00"), money("80.00"), null, null, null);
        assertThat(curve.get(4).cumulativePv()).isEqualTo(money("2000.00"));
    }

    @Test
    void aMilestonesBudgetFallsDueAtItsBaselineDate() {
        Plan plan = Plan.builder(MONDAY).addTask(Task.builder("M").milestone(true).build()).build();
        CostModel costs = CostModel.builder().currency(Currency.getInstance("JPY"))
                .cost(TaskCost.budgeted("M", money("5000"), at(1, 10, 17), at(1, 10, 17))).build();
        assertThat(EarnedValue.analyze(plan, costs, at(1, 10, 16), ReportingPeriod.DAY).plan().pv()).isEqualTo(money("0"));
        assertThat(EarnedValue.analyze(plan, costs, at(1, 10, 17), ReportingPeriod.DAY).plan().pv()).isEqualTo(money("5000"));
    }

    @Test
    void leavesIndicesUndefinedWhereTheyWouldDivideByZero() {
        Plan plan = Plan.builder(MONDAY).addTask(Task.builder("A").duration(5 * DAY).build()).build();
        CostModel costs = CostModel.builder().cost(TaskCost.budgeted("A", money("100"), at(1, 13, 8), at(1, 17, 17))).build();
        EarnedValueReport r = EarnedValue.analyze(plan, costs, MONDAY, ReportingPeriod.WEEK);
        assertThat(r.plan().spi()).isNull();
        assertThat(r.plan().cpi()).isNull();
        assertThat(r.plan().eacCpi()).isNull();
        assertThat(r.plan().eacComposite()).isNull();
        assertThat(r.plan().etc()).isNull();
        assertThat(r.plan().tcpiEac()).isNull();
        assertThat(r.plan().tcpiBac()).isEqualTo(money("1"));
        assertThat(r.plan().eacAtBudgetRate()).isEqualTo(money("100.00"));
        assertThat(r.earnedSchedule().esWorkingDays()).isZero();
        assertThat(r.earnedSchedule().spiT()).isNull();
        assertThat(r.earnedSchedule().ieacT()).isNull();
    }

    @Test
    void namesEveryCostThatDoesNotFitThePlan() {
        Plan plan = Plan.builder(MONDAY).addTask(Task.builder("S").build()).addTask(Task.builder("A").parent("S").duration(DAY).build()).build();
        CostModel costs = CostModel.builder().cost(TaskCost.budgeted("ghost", money("1"), MONDAY, MONDAY))
                .cost(TaskCost.budgeted("S", money("1"), MONDAY, MONDAY))
                .cost(new TaskCost("A", money("10"), null, null, null, null)).build();
        assertThatThrownBy(() -> EarnedValue.analyze(plan, costs, MONDAY, ReportingPeriod.WEEK))
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.problems()).containsExactly(
                        "cost of task 'ghost': no such task",
                        "task S is a summary: budgets, actual costs and baselines go on the tasks under it, whose sums it shows",
                        "task A has a budget but no baseline dates to plan it over"));
        assertThatThrownBy(() -> new TaskCost("A", money("-1"), null, null, null, null)).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> TaskCost.budgeted("A", money("1"), at(1, 10, 8), MONDAY)).hasMessageContaining("is before its start");
        assertThatThrownBy(() -> TaskCost.budgeted("A", money("1"), MONDAY, MONDAY).withProfile(List.of(BigDecimal.ZERO)))
                .hasMessageContaining("a weight above zero");
    }
}

package io.linchpin.engine.evm;

import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.Timeline;
import io.linchpin.engine.plan.InvalidPlanException;
import io.linchpin.engine.plan.Outline;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Earned value management at a status date: how much of the budget the baseline planned to have
 * spent (PV), how much of it the work done has earned (EV) and what it cost (AC), for the plan and
 * every WBS branch, with the S-curve and earned schedule.
 *
 * <p>A task's budget is planned over its baseline's working time on the task's calendar, evenly
 * or by its profile. Its earned value is its budget times its percent complete. For the S-curve,
 * earned value and actual cost are laid evenly over the task's actual working time up to the
 * status date (or its actual finish); a task with neither an actual start nor an actual finish
 * books them at the status date. Progress and costs in the plan are taken as of the status date.
 */
public final class EarnedValue {

    private final Plan plan;
    private final CostModel costs;
    private final Timeline timeline;
    private final Map<String, CalendarTable> tables = new HashMap<>();
    private final CalendarTable planCalendar;
    private final int status;
    private final int scale;
    private final Outline outline;
    private final Spread[] planned;
    private final Spread[] earned;
    private final Spread[] spent;

    private EarnedValue(Plan plan, CostModel costs, LocalDateTime statusDate) {
        this.plan = plan;
        this.costs = costs;
        this.scale = costs.scale();
        this.outline = Outline.of(plan);
        int n = plan.tasks().size();
        validate();
        this.timeline = timeline(statusDate);
        this.planCalendar = table(plan.calendarId());
        this.status = timeline.minuteOf(statusDate);
        this.planned = new Spread[n];
        this.earned = new Spread[n];
        this.spent = new Spread[n];
        for (int i = 0; i < n; i++) {
            Task t = plan.tasks().get(i);
            TaskCost c = costs.costs().get(t.id());
            if (c == null || outline.isSummary(i)) {
                continue;
            }
            CalendarTable calendar = table(t.calendar() == null ? plan.calendarId() : t.calendar());
            planned[i] = c.hasBaseline()
                    ? new Spread(c.budget(), calendar, timeline.minuteOf(c.baselineStart()), timeline.minuteOf(c.baselineFinish()), c.profile())
                    : Spread.at(BigDecimal.ZERO, calendar, status);
            BigDecimal ev = c.budget().multiply(BigDecimal.valueOf(t.percentComplete())).movePointLeft(2);
            earned[i] = actualSpread(ev, calendar, t);
            spent[i] = actualSpread(c.actualCost(), calendar, t);
        }
    }

    /**
     * Measures a plan's earned value.
     *
     * @param statusDate the instant progress and costs are measured at
     * @param period the length of the S-curve's periods
     * @throws InvalidPlanException listing every cost that names a missing task, sits on a summary
     *     task or has a budget without baseline dates
     */
    public static EarnedValueReport analyze(Plan plan, CostModel costs, LocalDateTime statusDate, ReportingPeriod period) {
        Objects.requireNonNull(statusDate, "status date");
        Objects.requireNonNull(period, "period");
        return new EarnedValue(plan, costs, statusDate).report(statusDate, period);
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        for (TaskCost c : costs.costs().values()) {
            int i = plan.indexOf(c.task());
            if (i < 0) {
                problems.add("cost of task '" + c.task() + "': no such task");
            } else if (outline.isSummary(i) && (c.budget().signum() != 0 || c.actualCost().signum() != 0 || c.hasBaseline())) {
                problems.add(plan.tasks().get(i) + " is a summary: budgets, actual costs and baselines go on the tasks under it, whose sums it shows");
            } else if (c.budget().signum() > 0 && !c.hasBaseline()) {
                problems.add(plan.tasks().get(i) + " has a budget but no baseline dates to plan it over");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
    }

    private Timeline timeline(LocalDateTime statusDate) {
        LocalDate first = plan.start().toLocalDate();
        LocalDate last = first;
        List<LocalDateTime> dates = new ArrayList<>();
        dates.add(statusDate);
        for (TaskCost c : costs.costs().values()) {
            dates.add(c.baselineStart());
            dates.add(c.baselineFinish());
        }
        for (Task t : plan.tasks()) {
            dates.add(t.actualStart());
            dates.add(t.actualFinish());
        }
        for (LocalDateTime d : dates) {
            if (d != null) {
                first = d.toLocalDate().isBefore(first) ? d.toLocalDate() : first;
                last = d.toLocalDate().isAfter(last) ? d.toLocalDate() : last;
            }
        }
        return Timeline.between(first.minusYears(1), last.plusYears(1));
    }

    private CalendarTable table(String calendarId) {
        return tables.computeIfAbsent(calendarId, id -> plan.calendar(id).tabulate(timeline));
    }

    /** Earned value or actual cost laid over the task's actual working time up to the status date. */
    private Spread actualSpread(BigDecimal amount, CalendarTable calendar, Task t) {
        if (t.actualStart() == null) {
            return Spread.at(amount, calendar, status);
        }
        int start = Math.min(status, timeline.minuteOf(t.actualStart()));
        int end = t.actualFinish() == null ? status : Math.min(status, timeline.minuteOf(t.actualFinish()));
        return new Spread(amount, calendar, start, Math.max(start, end), List.of());
    }

    private EarnedValueReport report(LocalDateTime statusDate, ReportingPeriod period) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            all.add(i);
        }
        EarnedValueFigures whole = figures(all);
        List<WbsFigures> wbs = new ArrayList<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            if (outline.isSummary(i)) {
                Task t = plan.tasks().get(i);
                wbs.add(new WbsFigures(t.id(), t.name(), figures(outline.leaves(i))));
            }
        }
        return new EarnedValueReport(statusDate, costs.currency(), whole, earnedSchedule(), wbs, curve(period));
    }

    private EarnedValueFigures figures(List<Integer> tasks) {
        BigDecimal bac = BigDecimal.ZERO;
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal ev = BigDecimal.ZERO;
        BigDecimal ac = BigDecimal.ZERO;
        for (int i : tasks) {
            if (planned[i] != null) {
                bac = bac.add(planned[i].amount());
                pv = pv.add(planned[i].at(status));
                ev = ev.add(earned[i].amount());
                ac = ac.add(spent[i].amount());
            }
        }
        return EarnedValueFigures.of(bac, pv, ev, ac, scale);
    }

    private BigDecimal sum(Spread[] spreads, int instant) {
        BigDecimal total = BigDecimal.ZERO;
        for (Spread s : spreads) {
            if (s != null) {
                total = total.add(s.at(instant));
            }
        }
        return total;
    }

    /** The last instant at which planned value still grows: the latest budgeted baseline finish. */
    private int plannedEnd() {
        int last = timeline.minuteOf(plan.start());
        for (int i = 0; i < planned.length; i++) {
            TaskCost c = planned[i] == null ? null : costs.costs().get(plan.tasks().get(i).id());
            if (c != null && c.budget().signum() > 0) {
                last = Math.max(last, timeline.minuteOf(c.baselineFinish()));
            }
        }
        return last;
    }

    private EarnedSchedule earnedSchedule() {
        BigDecimal bac = BigDecimal.ZERO;
        BigDecimal ev = BigDecimal.ZERO;
        for (int i = 0; i < planned.length; i++) {
            if (planned[i] != null) {
                bac = bac.add(planned[i].amount());
                ev = ev.add(earned[i].amount());
            }
        }
        if (bac.signum() == 0) {
            return null;
        }
        int start = timeline.minuteOf(plan.start());
        int end = plannedEnd();
        double esPosition;
        if (sum(planned, start).compareTo(ev) >= 0) {
            esPosition = planCalendar.workBefore(start);
        } else {
            // The first minute by whose end planned value reaches earned value, then Lipke's
            // interpolation inside it (planned value grows evenly within a minute).
            int lo = start;
            int hi = end;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sum(planned, mid).compareTo(ev) >= 0) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            BigDecimal before = sum(planned, lo - 1);
            BigDecimal after = sum(planned, lo);
            double fraction = ev.subtract(before).divide(after.subtract(before), 17, RoundingMode.HALF_EVEN).doubleValue();
            int from = planCalendar.workBefore(lo - 1);
            esPosition = from + fraction * (planCalendar.workBefore(lo) - from);
        }
        double day = planCalendar.calendar().minutesPerDay();
        int origin = planCalendar.workBefore(start);
        double es = (esPosition - origin) / day;
        double at = (planCalendar.workBefore(status) - origin) / day;
        double pd = (planCalendar.workBefore(end) - origin) / day;
        Double spiT = at > 0 ? es / at : null;
        Double ieac = spiT != null && spiT > 0 ? pd / spiT : null;
        return new EarnedSchedule(dateAt(es * day + origin), es, at, spiT, es - at, pd, ieac == null ? null : dateAt(ieac * day + origin), ieac);
    }

    /** The date at which the plan's calendar has worked to a position (rounded to the minute). */
    private LocalDateTime dateAt(double position) {
        return timeline.dateTimeOf(planCalendar.finishAt((int) Math.round(position)));
    }

    private List<CurvePeriod> curve(ReportingPeriod period) {
        int first = status;
        int last = Math.max(status, plannedEnd());
        for (int i = 0; i < planned.length; i++) {
            if (planned[i] != null) {
                TaskCost c = costs.costs().get(plan.tasks().get(i).id());
                Task t = plan.tasks().get(i);
                if (c.hasBaseline()) {
                    first = Math.min(first, timeline.minuteOf(c.baselineStart()));
                }
                if (t.actualStart() != null) {
                    first = Math.min(first, timeline.minuteOf(t.actualStart()));
                }
            }
        }
        TreeSet<Integer> bounds = new TreeSet<>();
        LocalDateTime b = period.startOf(timeline.dateTimeOf(first));
        while (true) {
            int minute = timeline.minuteOf(b);
            bounds.add(minute);
            if (minute >= last) {
                break;
            }
            b = period.next(b);
        }
        bounds.add(status);
        List<CurvePeriod> out = new ArrayList<>();
        Integer from = null;
        BigDecimal[] previous = null;
        for (int to : bounds) {
            BigDecimal[] now = {money(sum(planned, to)), to <= status ? money(sum(earned, to)) : null, to <= status ? money(sum(spent, to)) : null};
            if (from != null) {
                out.add(new CurvePeriod(timeline.dateTimeOf(from), timeline.dateTimeOf(to), now[0].subtract(previous[0]),
                        now[1] == null ? null : now[1].subtract(previous[1]), now[2] == null ? null : now[2].subtract(previous[2]),
                        now[0], now[1], now[2]));
            }
            from = to;
            previous = now;
        }
        return out;
    }

    private BigDecimal money(BigDecimal amount) {
        return amount.setScale(scale, RoundingMode.HALF_EVEN);
    }
}

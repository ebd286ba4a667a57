package io.linchpin.engine.resource;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Project;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random plans for leveling tests: the standard calendar, a four-day week and a mornings-only
 * calendar; resources of whole and fractional max units on those calendars, some with a holiday;
 * tasks on the three calendars, assigned to any of them (a task holds a resource while both work); links of
 * every type with working, elapsed and percentage lags and leads; summaries, start-no-earlier
 * constraints, started tasks, priorities, two projects, and either rule set.
 */
final class RandomPlans {

    private static final int[] DURATIONS = {0, 120, 240, 480, 480, 960, 1440};
    private static final double[] MAX_UNITS = {1, 1, 2, 3, 0.5, 1.5};

    private RandomPlans() {
    }

    static WorkCalendar mornings() {
        WorkCalendar.Builder b = WorkCalendar.builder("mornings").minutesPerDay(240).minutesPerWeek(1200);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            b.hours(d, WorkingHours.ofMinutes(480, 720));
        }
        return b.build();
    }

    static WorkCalendar fourDays() {
        WorkCalendar.Builder b = WorkCalendar.builder("four-day").minutesPerWeek(1920);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            b.hours(d, WorkingHours.ofMinutes(480, 720, 780, 1020));
        }
        return b.build();
    }

    /** The standard calendar with days off. */
    static WorkCalendar withHoliday(String id, LocalDate from, LocalDate to) {
        WorkCalendar standard = WorkCalendar.standard(id);
        WorkCalendar.Builder b = WorkCalendar.builder(id);
        for (DayOfWeek d : DayOfWeek.values()) {
            b.hours(d, standard.weekly(d));
        }
        return b.exception(CalendarException.of(from, to, WorkingHours.NONE)).build();
    }

    static Plan generate(SplittableRandom random, int n) {
        Plan.Builder plan = Plan.builder(PlanLevelerTest.MONDAY).rules(random.nextBoolean() ? RuleSet.MS_PROJECT : RuleSet.P6)
                .addCalendar(WorkCalendar.standard("standard")).addCalendar(fourDays()).addCalendar(mornings());
        int resourceCount = 1 + random.nextInt(4);
        List<Resource> resources = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            String calendar = switch (random.nextInt(5)) {
                case 0 -> "four-day";
                case 1 -> "mornings";
                case 2 -> "off-" + r;
                default -> null;
            };
            if (calendar != null && calendar.startsWith("off-")) {
                LocalDate from = PlanLevelerTest.MONDAY.toLocalDate().plusDays(random.nextInt(20));
                plan.addCalendar(withHoliday(calendar, from, from.plusDays(random.nextInt(4))));
            }
            Resource res = Resource.work("R" + r, MAX_UNITS[random.nextInt(MAX_UNITS.length)]).withCalendar(calendar);
            resources.add(res);
            plan.addResource(res);
        }
        plan.addResource(Resource.material("CABLE"));
        int summaries = random.nextInt(3);
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < summaries; s++) {
            plan.addTask(Task.builder("S" + s).build());
        }
        String[] calendars = {null, null, null, "four-day", "mornings"};
        // A summary that a link leaves from takes no more children: a later child could loop back to it.
        java.util.Set<String> closed = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            String id = "T" + i;
            String calendar = calendars[random.nextInt(calendars.length)];
            Task.Builder t = Task.builder(id).duration(DURATIONS[random.nextInt(DURATIONS.length)]).calendar(calendar)
                    .priority(random.nextInt(8) == 0 ? random.nextInt(1001) : Project.DEFAULT_PRIORITY);
            String parent = "S" + random.nextInt(Math.max(1, summaries));
            if (summaries > 0 && !closed.contains(parent) && random.nextBoolean()) {
                t.parent(parent);
            }
            for (int p = 0; p < i; p++) {
                if (random.nextInt(Math.max(2, i / 2)) == 0) {
                    t.predecessor(randomLink(random, ids.get(p)));
                }
            }
            String from = "S" + random.nextInt(Math.max(1, summaries));
            if (i > 0 && summaries > 0 && !from.equals(t.build().parent()) && random.nextInt(6) == 0) {
                t.predecessor(Link.of(from, random.nextBoolean() ? LinkType.FS : LinkType.SS, Lag.NONE));
                closed.add(from);
            }
            boolean first = t.build().predecessors().isEmpty();
            if (first && random.nextInt(6) == 0) {
                t.actualStart(PlanLevelerTest.MONDAY).percentComplete(random.nextInt(90));
            } else if (random.nextInt(8) == 0) {
                t.constraint(Constraint.of(ConstraintType.SNET, PlanLevelerTest.MONDAY.plusDays(random.nextInt(10))));
            }
            plan.addTask(t.build());
            ids.add(id);
            for (Resource r : resources) {
                if (random.nextInt(3) == 0) {
                    double units = Math.min(r.maxUnits(), random.nextBoolean() ? 1 : 0.5);
                    plan.addAssignment(new Assignment(id, r.id(), units));
                }
            }
            if (random.nextInt(5) == 0) {
                plan.addAssignment(new Assignment(id, "CABLE", 10));
            }
        }
        plan.statusDate(PlanLevelerTest.MONDAY.plusDays(1).withHour(17));
        if (summaries > 1) {
            plan.addProject(new Project("P0", "First", random.nextInt(1001), List.of("S0")));
            plan.addProject(new Project("P1", "Second", random.nextInt(1001), List.of("S1")));
        }
        return plan.build();
    }

    private static Link randomLink(SplittableRandom random, String predecessor) {
        LinkType type = LinkType.values()[random.nextInt(4)];
        Lag lag = switch (random.nextInt(8)) {
            case 0 -> Lag.working(480);
            case 1 -> Lag.working(-240);
            case 2 -> Lag.elapsed(720);
            case 3 -> Lag.percent(50);
            case 4 -> Lag.working(120);
            default -> Lag.NONE;
        };
        return Link.of(predecessor, type, lag);
    }
}

package io.linchpin.bench.schedule;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Random plans shaped like large programmes: projects of 2,000 activities side by side, 1.5
 * links per activity on average to predecessors up to 300 activities back in the same project,
 * 70% finish-to-start and the rest SS, FF and SF,
 * a lag on one link in five, a second calendar (a six-day site week with holidays) on one work
 * package in five, and a start-no-earlier-than constraint on one activity in a hundred.
 */
public final class RandomNetwork {

    static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);
    private static final int PROJECT = 2000;

    private RandomNetwork() {
    }

    public static Plan plan(int activities, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        WorkCalendar.Builder site = WorkCalendar.builder("site");
        for (DayOfWeek d : DayOfWeek.values()) {
            site.hours(d, d == DayOfWeek.SUNDAY ? WorkingHours.NONE : WorkingHours.ofMinutes(420, 720, 750, 1110));
        }
        for (int year = 2026; year < 2060; year++) {
            site.exception(CalendarException.of(LocalDate.of(year, 12, 24), LocalDate.of(year, 12, 31), WorkingHours.NONE));
        }
        Plan.Builder plan = Plan.builder(START).name(activities + " random activities").addCalendar(WorkCalendar.standard("standard"))
                .addCalendar(site.build()).calendarRange(LocalDate.of(2025, 1, 1), LocalDate.of(2059, 12, 31));
        for (int i = 0; i < activities; i++) {
            boolean onSite = (i / 50) % 5 == 4;
            Task.Builder t = Task.builder("A" + i).duration(r.nextInt(10) == 0 ? 0 : 60 * (1 + r.nextInt(40)));
            if (onSite) {
                t.calendar("site");
            }
            int inProject = i % PROJECT;
            int links = inProject == 0 || r.nextInt(20) < 3 ? 0 : r.nextInt(3) == 0 ? 1 : 2 + (r.nextInt(20) < 3 ? 1 : 0);
            for (int k = 0; k < links; k++) {
                int p = i - 1 - r.nextInt(Math.min(inProject, 300));
                int kind = r.nextInt(10);
                LinkType type = kind < 7 ? LinkType.FS : kind == 7 ? LinkType.SS : kind == 8 ? LinkType.FF : LinkType.SF;
                Lag lag = r.nextInt(5) == 0 ? Lag.working(60 * (r.nextInt(24) - 4)) : Lag.NONE;
                t.predecessor(Link.of("A" + p, type, lag));
            }
            if (r.nextInt(100) == 0) {
                t.constraint(Constraint.of(ConstraintType.SNET, START.plusDays(r.nextInt(400))));
            }
            plan.addTask(t.build());
        }
        return plan.build();
    }
}

package io.linchpin.engine.resource;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.Timeline;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.leveling.PeriodCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The time axis a plan is leveled on. It runs over the working time of the union of every
 * calendar that matters (the tasks', the resources', the lags'): time in which nothing can work is
 * left out. It is cut into periods of {@link #period} minutes of that working time, the longest
 * length that every duration, lag and unleveled start is a whole number of, and at whose
 * boundaries alone any calendar switches between working and not working. So each calendar either
 * works or does not through a whole period, and leveling in periods is exact: a plan on one
 * calendar with durations in whole days is leveled in working days, as PSPLIB is; a half-day
 * calendar beside a full-day one makes the period half a day.
 */
final class LevelingAxis {

    final CalendarTable union;
    /** The union's working position of period 0. */
    final int origin;
    /** Minutes of the union's working time per period. */
    final int period;
    /** Periods on the axis. */
    final int horizon;
    private final Map<CalendarTable, PeriodCalendar> masks = new HashMap<>();
    /** Each calendar's representative among those with the same working hours. */
    private final Map<CalendarTable, CalendarTable> same = new HashMap<>();

    /**
     * @param calendars     every calendar whose working time matters
     * @param originInstant the earliest instant anything movable may start (an engine minute)
     * @param minutes       how much of the union's working time the axis must cover, at most
     * @param amounts       durations and lags, in minutes of working time, that must be whole periods
     * @param instants      unleveled starts (engine minutes) that must fall on period boundaries
     */
    LevelingAxis(Timeline timeline, Collection<CalendarTable> tables, int originInstant, long minutes,
            Collection<Integer> amounts, Collection<Integer> instants) {
        Map<List<Object>, CalendarTable> byHours = new HashMap<>();
        for (CalendarTable c : tables) {
            same.put(c, byHours.computeIfAbsent(hoursOf(c.calendar()), k -> c));
        }
        List<CalendarTable> calendars = new ArrayList<>(new java.util.LinkedHashSet<>(same.values()));
        LocalDate first = timeline.dateTimeOf(originInstant).toLocalDate();
        List<DayHours> days = new ArrayList<>();
        for (CalendarTable c : calendars) {
            days.add(new DayHours(c.calendar(), first, timeline.lastDay()));
        }
        this.union = days.size() == 1 ? calendars.get(0) : union(days, first).tabulate(timeline);
        this.origin = union.workBefore(originInstant);
        long available = union.totalWork() - (long) origin;
        long span = Math.max(1, Math.min(minutes, available));
        long g = 0;
        for (int a : amounts) {
            g = gcd(g, Math.abs(a));
        }
        for (int instant : instants) {
            g = gcd(g, union.workBefore(instant) - origin);
        }
        for (LocalDate day = first; calendars.size() > 1 && !day.isAfter(timeline.lastDay()); day = day.plusDays(1)) {
            int dayStart = timeline.minuteOf(day.atStartOfDay());
            if (union.workBefore(dayStart) - (long) origin > span) {
                break;
            }
            int k = 0;
            for (CalendarTable c : calendars) {
                WorkingHours h = days.get(k++).on(day);
                for (int i = 0; i < h.intervals(); i++) {
                    g = boundary(g, c, dayStart + h.from(i), span);
                    g = boundary(g, c, dayStart + h.to(i), span);
                }
            }
        }
        this.period = (int) (g == 0 ? Math.min(span, calendars.get(0).calendar().minutesPerDay()) : g);
        this.horizon = (int) Math.max(1, Math.min((span + period - 1) / period, available / period));
    }

    /**
     * Counts an end of a calendar's working hours where, along the union's working time, the
     * calendar changes between working and not: not at a lunch break that every calendar shares.
     */
    private long boundary(long g, CalendarTable c, int instant, long span) {
        int at = union.workBefore(instant);
        long position = at - (long) origin;
        if (position <= 0 || position >= span || at >= union.totalWork()) {
            return g;
        }
        boolean before = c.isWorking(union.startAt(at - 1));
        boolean after = c.isWorking(union.startAt(at));
        return before != after ? gcd(g, position) : g;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** The calendar whose working time is the union of the given ones, from {@code first} on. */
    private static WorkCalendar union(List<DayHours> days, LocalDate first) {
        WorkCalendar.Builder b = WorkCalendar.builder("union of the leveled calendars");
        Map<DayOfWeek, WorkingHours> week = new HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<WorkingHours> each = new ArrayList<>();
            for (DayHours h : days) {
                each.add(h.weekly(d));
            }
            week.put(d, merge(each));
            b.hours(d, week.get(d));
        }
        TreeSet<LocalDate> special = new TreeSet<>();
        for (DayHours h : days) {
            special.addAll(h.exceptionalDays());
        }
        for (LocalDate day : special) {
            List<WorkingHours> each = new ArrayList<>();
            for (DayHours h : days) {
                each.add(h.on(day));
            }
            WorkingHours merged = merge(each);
            if (!day.isBefore(first) && !merged.equals(week.get(day.getDayOfWeek()))) {
                b.exception(CalendarException.of(day, day, merged));
            }
        }
        return b.build();
    }

    private static WorkingHours merge(List<WorkingHours> hours) {
        List<int[]> ranges = new ArrayList<>();
        for (WorkingHours h : hours) {
            for (int i = 0; i < h.intervals(); i++) {
                ranges.add(new int[] {h.from(i), h.to(i)});
            }
        }
        ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<Integer> pairs = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (int[] r : ranges) {
            if (from >= 0 && r[0] <= to) {
                to = Math.max(to, r[1]);
                continue;
            }
            if (from >= 0) {
                pairs.add(from);
                pairs.add(to);
            }
            from = r[0];
            to = r[1];
        }
        if (from >= 0) {
            pairs.add(from);
            pairs.add(to);
        }
        return WorkingHours.ofMinutes(pairs.stream().mapToInt(Integer::intValue).toArray());
    }

    /** What makes two calendars' working time the same: their weekly hours and their exceptions. */
    private static List<Object> hoursOf(WorkCalendar c) {
        List<Object> week = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            week.add(c.weekly(d));
        }
        return List.of(week, c.exceptions());
    }

    /** The periods in which a calendar works, or {@code null} if it works in all of them. */
    PeriodCalendar calendar(CalendarTable c) {
        CalendarTable own = same.getOrDefault(c, c);
        if (own == union) {
            return null;
        }
        return masks.computeIfAbsent(own, table -> {
            boolean[] working = new boolean[horizon];
            boolean all = true;
            for (int t = 0; t < horizon; t++) {
                working[t] = table.isWorking(startOf(t));
                all &= working[t];
            }
            return all ? null : PeriodCalendar.of(working);
        });
    }

    /** The instant period {@code t} starts: where its first working minute begins. */
    int startOf(int t) {
        return union.startAt(origin + t * period);
    }

    /** The period an instant falls in (0 before the axis starts). */
    int floor(int instant) {
        return Math.max(0, Math.floorDiv(union.workBefore(instant) - origin, period));
    }

    /** The first period boundary at or after an instant. */
    int ceil(int instant) {
        return Math.max(0, Math.floorDiv(union.workBefore(instant) - origin + period - 1, period));
    }
}

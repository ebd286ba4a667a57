package io.linchpin.engine.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A calendar's working time precomputed over a {@link Timeline}: the cumulative working minutes
 * before each day and each day's pattern of hours. Immutable and thread-safe.
 *
 * <p>All instants are engine minutes of the timeline. Every operation is O(1): a day's offset, or a
 * bucket index over work positions followed by a step over at most the non-working days at that
 * point; none loops over the days or minutes of a span.
 *
 * <p>A <em>work position</em> is a count of working minutes since the start of the timeline. An
 * instant maps to exactly one position ({@link #workBefore}); a position maps back to two
 * instants that differ only by non-working time: {@link #finishAt} (the earliest, where work up
 * to that position ends, e.g. Friday 17:00) and {@link #startAt} (the latest, where the next
 * working minute begins, e.g. Monday 08:00).
 */
public final class CalendarTable {

    private final WorkCalendar calendar;
    private final Timeline timeline;
    /** cumulative[d] = working minutes before day d; length days + 1. */
    private final int[] cumulative;
    private final char[] dayPattern;
    private final WorkingHours[] patterns;
    /** Per pattern: workByMinute[p][m] = working minutes of the day before minute m (0..1440). */
    private final short[][] workByMinute;
    /** Per pattern: startMinute[p][r] = the minute of the day at which the r-th working minute begins. */
    private final short[][] startMinute;
    /** bucketDay[b] = the first day that ends after work position b * 2^BUCKET_BITS: a start for the day search. */
    private final int[] bucketDay;

    private static final int BUCKET_BITS = 6;

    CalendarTable(WorkCalendar calendar, Timeline timeline) {
        this.calendar = calendar;
        this.timeline = timeline;
        int days = timeline.days();
        this.cumulative = new int[days + 1];
        this.dayPattern = new char[days];
        Map<WorkingHours, Integer> index = new HashMap<>();
        List<WorkingHours> distinct = new ArrayList<>();
        LocalDate date = timeline.firstDay();
        for (int d = 0; d < days; d++, date = date.plusDays(1)) {
            WorkingHours hours = calendar.hoursOn(date);
            Integer k = index.get(hours);
            if (k == null) {
                k = distinct.size();
                if (k > Character.MAX_VALUE) {
                    throw new IllegalArgumentException(calendar + " has more than 65535 distinct daily patterns");
                }
                index.put(hours, k);
                distinct.add(hours);
            }
            dayPattern[d] = (char) k.intValue();
            cumulative[d + 1] = cumulative[d] + hours.minutes();
        }
        this.patterns = distinct.toArray(new WorkingHours[0]);
        this.workByMinute = new short[patterns.length][];
        this.startMinute = new short[patterns.length][];
        for (int p = 0; p < patterns.length; p++) {
            WorkingHours h = patterns[p];
            short[] work = new short[Timeline.MINUTES_PER_DAY + 1];
            short[] starts = new short[h.minutes()];
            int sum = 0;
            for (int m = 0; m < Timeline.MINUTES_PER_DAY; m++) {
                work[m] = (short) sum;
                if (isWorking(h, m)) {
                    starts[sum++] = (short) m;
                }
            }
            work[Timeline.MINUTES_PER_DAY] = (short) sum;
            workByMinute[p] = work;
            startMinute[p] = starts;
        }
        int total = cumulative[days];
        this.bucketDay = new int[(total >> BUCKET_BITS) + 1];
        int day = 0;
        for (int b = 0; b < bucketDay.length; b++) {
            int position = b << BUCKET_BITS;
            while (day < days - 1 && cumulative[day + 1] <= position) {
                day++;
            }
            bucketDay[b] = day;
        }
    }

    private static boolean isWorking(WorkingHours h, int minute) {
        for (int i = 0; i < h.intervals(); i++) {
            if (minute >= h.from(i) && minute < h.to(i)) {
                return true;
            }
        }
        return false;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** Working minutes on the whole timeline. */
    public int totalWork() {
        return cumulative[cumulative.length - 1];
    }

    /**
     * Working minutes from the start of the timeline up to {@code minute}: the work position of
     * an instant.
     *
     * @throws OutsideCalendarRangeException if the instant is not on the timeline
     */
    public int workBefore(int minute) {
        if (minute < 0 || minute > timeline.endMinute()) {
            throw outside(minute);
        }
        int day = minute / Timeline.MINUTES_PER_DAY;
        if (day == dayPattern.length) {
            return cumulative[day];
        }
        return cumulative[day] + workByMinute[dayPattern[day]][minute - day * Timeline.MINUTES_PER_DAY];
    }

    /** Working minutes from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public int workBetween(int from, int to) {
        return workBefore(to) - workBefore(from);
    }

    /** Whether the minute starting at {@code minute} is working time. */
    public boolean isWorking(int minute) {
        return minute < timeline.endMinute() && workBefore(minute + 1) > workBefore(minute);
    }

    /**
     * The instant at which the working minute at {@code position} begins: the start of work after
     * {@code position} minutes have been worked.
     *
     * @throws OutsideCalendarRangeException if no work follows that position on the timeline
     */
    public int startAt(int position) {
        if (position < 0 || position >= totalWork()) {
            throw new OutsideCalendarRangeException(calendar + " has no working time " + (position < 0
                    ? "before " + timeline.firstDay() : "left before the end of the calendar range " + timeline));
        }
        int day = firstDayEndingAfter(position);
        return day * Timeline.MINUTES_PER_DAY + startMinute[dayPattern[day]][position - cumulative[day]];
    }

    /**
     * The earliest instant at which {@code position} minutes have been worked: where a piece of work
     * ending at that position finishes.
     *
     * @throws OutsideCalendarRangeException if the position is not reached on the timeline
     */
    public int finishAt(int position) {
        if (position <= 0) {
            if (position == 0) {
                return 0;
            }
            throw new OutsideCalendarRangeException(calendar + " has no working time before " + timeline.firstDay());
        }
        if (position > totalWork()) {
            throw new OutsideCalendarRangeException(calendar + " has no working time left before the end of the calendar range " + timeline);
        }
        int day = firstDayEndingAfter(position - 1);
        return day * Timeline.MINUTES_PER_DAY + startMinute[dayPattern[day]][position - 1 - cumulative[day]] + 1;
    }

    /** The first working instant at or after {@code minute}. */
    public int nextWorkStart(int minute) {
        return startAt(workBefore(minute));
    }

    /** The last instant at or before {@code minute} at which working time ends (or {@code minute} itself while working). */
    public int previousWorkFinish(int minute) {
        return finishAt(workBefore(minute));
    }

    /**
     * Adds working minutes to an instant. A positive amount gives the finish of that much work
     * started at {@code minute}; a negative amount gives the start of that much work finishing at
     * {@code minute}; zero gives {@code minute} unchanged.
     */
    public int addWork(int minute, int work) {
        if (work == 0) {
            return minute;
        }
        int position = workBefore(minute) + work;
        return work > 0 ? finishAt(position) : startAt(position);
    }

    /** Smallest day d with cumulative[d + 1] > position: a bucket lookup, then a step over at most a few days. */
    private int firstDayEndingAfter(int position) {
        int day = bucketDay[position >> BUCKET_BITS];
        while (cumulative[day + 1] <= position) {
            day++;
        }
        return day;
    }

    private OutsideCalendarRangeException outside(int minute) {
        return new OutsideCalendarRangeException("a date " + (minute < 0 ? "before " + timeline.firstDay() : "after " + timeline.lastDay())
                + " is outside the calendar range " + timeline + " of " + calendar);
    }
}

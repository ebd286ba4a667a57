package io.linchpin.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A calendar's working time precomputed over a {@link Timeline}: the cumulative working minutes
 * before each day and each day's pattern of hours. Immutable and thread-safe.
 *
 * <p>All instants are engine minutes of the timeline. Every operation is O(1): a day's offset, or a
 * bucket index over work positions followed by at most one step to the next working day (a few for
 * working days shorter than an hour); none loops over the days or minutes of a span.
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
    final int[] cumulative;
    final char[] dayPattern;
    private final WorkingHours[] patterns;
    /** Per pattern: workByMinute[p][m] = working minutes of the day before minute m (0..1440). */
    final short[][] workByMinute;
    /** Per pattern: startMinute[p][r] = the minute of the day at which the r-th working minute begins. */
    final short[][] startMinute;
    /** bucketDay[b] = the first day that ends after work position b * 2^bucketBits: a start for the day search. */
    private final int[] bucketDay;
    /**
     * A bucket holds no more work than the shortest working day (at least 2^6 minutes), so a
     * position lies on its bucket's day or on the next working day: one step at most.
     */
    final int bucketBits;
    /** nextWorkingDay[d] = the first day after d with working time (the last day if none). */
    private final int[] nextWorkingDay;
    private final int endMinute;
    private final int totalWork;

    private static final int MIN_BUCKET_BITS = 6;
    private static final int MAX_BUCKET_BITS = 16;

    CalendarTable(WorkCalendar calendar, Timeline timeline) {
        this.calendar = calendar;
        this.timeline = timeline;
        int days = timeline.days();
        this.cumulative = new int[days + 1];
        // One more day than the timeline, on pattern 0: the end of the timeline (midnight after its
        // last day) then reads as minute 0 of that day, which no pattern works before.
        this.dayPattern = new char[days + 1];
        Map<WorkingHours, Integer> index = new HashMap<>();
        List<WorkingHours> distinct = new ArrayList<>();
        // The weekly hours repeat every seven days; exceptions then overwrite their days in the
        // order added, so the last one that applies wins (as in WorkCalendar.hoursOn). Each
        // pattern is looked up once, not once per day of a range of decades.
        char[] weekly = new char[7];
        DayOfWeek firstWeekday = timeline.firstDay().getDayOfWeek();
        for (int k = 0; k < 7; k++) {
            weekly[k] = patternIndex(calendar.weekly(firstWeekday.plus(k)), index, distinct, calendar);
        }
        for (int d = 0; d < Math.min(7, days); d++) {
            dayPattern[d] = weekly[d];
        }
        for (int filled = 7; filled < days; filled *= 2) {
            System.arraycopy(dayPattern, 0, dayPattern, filled, Math.min(filled, days - filled));
        }
        dayPattern[days] = 0;
        LocalDate first = timeline.firstDay();
        LocalDate last = timeline.lastDay();
        for (CalendarException e : calendar.exceptions()) {
            if (e.to().isBefore(first) || e.from().isAfter(last)) {
                continue;
            }
            char k = patternIndex(e.hours(), index, distinct, calendar);
            LocalDate from = e.from().isBefore(first) ? first : e.from();
            LocalDate to = e.to().isAfter(last) ? last : e.to();
            int d = (int) ChronoUnit.DAYS.between(first, from);
            int end = (int) ChronoUnit.DAYS.between(first, to);
            if (e.recurrence() == null) {
                Arrays.fill(dayPattern, d, end + 1, k);
                continue;
            }
            for (LocalDate date = from; d <= end; d++, date = date.plusDays(1)) {
                if (e.recurrence().occursOn(date, e.from())) {
                    dayPattern[d] = k;
                }
            }
        }
        int[] minutes = new int[distinct.size()];
        for (int p = 0; p < minutes.length; p++) {
            minutes[p] = distinct.get(p).minutes();
        }
        for (int d = 0; d < days; d++) {
            cumulative[d + 1] = cumulative[d] + minutes[dayPattern[d]];
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
        int shortestDay = Integer.MAX_VALUE;
        for (int m : minutes) {
            if (m > 0) {
                shortestDay = Math.min(shortestDay, m);
            }
        }
        this.bucketBits = Math.max(MIN_BUCKET_BITS, Math.min(MAX_BUCKET_BITS, 31 - Integer.numberOfLeadingZeros(shortestDay)));
        this.nextWorkingDay = new int[days];
        int nextWorking = days - 1;
        for (int d = days - 1; d >= 0; d--) {
            nextWorkingDay[d] = nextWorking;
            if (cumulative[d + 1] > cumulative[d]) {
                nextWorking = d;
            }
        }
        int total = cumulative[days];
        this.totalWork = total;
        this.endMinute = timeline.endMinute();
        this.bucketDay = new int[(total >> bucketBits) + 1];
        // Day by day rather than bucket by bucket: each day takes the buckets that begin before its work ends.
        int bucket = 0;
        for (int d = 0; d < days - 1 && bucket < bucketDay.length; d++) {
            int end = cumulative[d + 1];
            if (end > bucket << bucketBits) {
                int next = Math.min(bucketDay.length, ((end - 1) >> bucketBits) + 1);
                Arrays.fill(bucketDay, bucket, next, d);
                bucket = next;
            }
        }
        Arrays.fill(bucketDay, bucket, bucketDay.length, days - 1);
    }

    private static char patternIndex(WorkingHours hours, Map<WorkingHours, Integer> index, List<WorkingHours> distinct, WorkCalendar calendar) {
        Integer k = index.get(hours);
        if (k == null) {
            k = distinct.size();
            if (k > Character.MAX_VALUE) {
                throw new IllegalArgumentException(calendar + " has more than 65535 distinct daily patterns");
            }
            index.put(hours, k);
            distinct.add(hours);
        }
        return (char) k.intValue();
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
        return totalWork;
    }

    /**
     * Working minutes from the start of the timeline up to {@code minute}: the work position of
     * an instant.
     *
     * @throws OutsideCalendarRangeException if the instant is not on the timeline
     */
    public int workBefore(int minute) {
        if (minute < 0 || minute > endMinute) {
            throw outside(minute);
        }
        int day = minute / Timeline.MINUTES_PER_DAY;
        return cumulative[day] + workByMinute[dayPattern[day]][minute - day * Timeline.MINUTES_PER_DAY];
    }

    /** Working minutes from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public int workBetween(int from, int to) {
        return workBefore(to) - workBefore(from);
    }

    /** Whether the minute starting at {@code minute} is working time. */
    public boolean isWorking(int minute) {
        return minute < endMinute && workBefore(minute + 1) > workBefore(minute);
    }

    /**
     * The instant at which the working minute at {@code position} begins: the start of work after
     * {@code position} minutes have been worked.
     *
     * @throws OutsideCalendarRangeException if no work follows that position on the timeline
     */
    public int startAt(int position) {
        if (position < 0 || position >= totalWork) {
            throw noWork(position < 0);
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
        if (position <= 0 || position > totalWork) {
            if (position == 0) {
                return 0;
            }
            throw noWork(position < 0);
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

    /** Smallest day d with cumulative[d + 1] > position: a bucket lookup, then at most one step to the next working day. */
    int firstDayEndingAfter(int position) {
        int day = bucketDay[position >> bucketBits];
        // A select rather than a loop: whether a position falls on its bucket's day or the next
        // one follows the data, and a branch on it mispredicts.
        int next = nextWorkingDay[day];
        day = cumulative[day + 1] <= position ? next : day;
        while (cumulative[day + 1] <= position) {
            day = nextWorkingDay[day];
        }
        return day;
    }

    /** Kept out of the arithmetic so that it stays small enough to inline. */
    private OutsideCalendarRangeException noWork(boolean before) {
        return new OutsideCalendarRangeException(calendar + " has no working time "
                + (before ? "before " + timeline.firstDay() : "left before the end of the calendar range " + timeline));
    }

    private OutsideCalendarRangeException outside(int minute) {
        return new OutsideCalendarRangeException("a date " + (minute < 0 ? "before " + timeline.firstDay() : "after " + timeline.lastDay())
                + " is outside the calendar range " + timeline + " of " + calendar);
    }
}

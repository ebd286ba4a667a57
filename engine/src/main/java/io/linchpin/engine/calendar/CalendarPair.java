package io.linchpin.engine.calendar;

import java.util.HashMap;
import java.util.Map;

/**
 * Positions on one calendar read on another over the same timeline: the work position, on the
 * target calendar, of the instant where work at a source position begins or ends. That is what a
 * link between tasks on two calendars does with a date, and the schedule's passes do it for every
 * such link.
 *
 * <p>Through the two tables it is a chain of about ten dependent reads (the source day, its
 * pattern, the minute, the target day, its pattern, the work before the minute). Both calendars
 * share the timeline's days, so the pair tabulates, for each combination of a source day pattern
 * and a target day pattern that occurs, the target work before each source working minute, and
 * keeps per working day of the source one record of what the lookup needs: a bucket read, a step
 * to the next working day at most (bar days under an hour), the day's record and one read of the
 * combination's table give the answer. Immutable and thread-safe.
 */
public final class CalendarPair {

    /** Where work at the position begins ({@link CalendarTable#startAt}). */
    public static final int START = 0;
    /** Where work up to the position ends ({@link CalendarTable#finishAt}). */
    public static final int FINISH = 1;
    /**
     * Where work at the position begins, read back as the latest target position whose first
     * working minute begins by then: {@code to.workBefore(startAt + 1) - 1}.
     */
    public static final int LATEST_START = 2;

    private static final int KINDS = 3;

    private final CalendarTable from;
    private final CalendarTable to;
    /**
     * Per working day of the source, four ints side by side (one read brings them all): the
     * source work before the day, the source work before the next one, the target work before the
     * day, and the offset of the day's combination of patterns in {@link #work}.
     */
    private final int[] days;
    /** Per bucket of source positions (as the source table's), the first working day, by its index in {@link #days}, that ends after it. */
    private final int[] bucketDay;
    private final int bucketBits;
    /** Per kind, per combination of patterns, per source working minute of the day: the target work before it that day. */
    private final int[][] work;
    private final int limit;

    private CalendarPair(CalendarTable from, CalendarTable to) {
        if (!from.timeline().equals(to.timeline())) {
            throw new IllegalArgumentException("calendars over " + from.timeline() + " and " + to.timeline() + " share no timeline");
        }
        this.from = from;
        this.to = to;
        this.limit = from.totalWork();
        this.bucketBits = from.bucketBits;
        int dayCount = from.timeline().days();
        int workingDays = 0;
        for (int d = 0; d < dayCount; d++) {
            workingDays += from.cumulative[d + 1] > from.cumulative[d] ? 1 : 0;
        }
        this.days = new int[4 * workingDays];
        Map<Integer, Integer> offsets = new HashMap<>();
        int size = 0;
        int w = 0;
        for (int d = 0; d < dayCount; d++) {
            if (from.cumulative[d + 1] == from.cumulative[d]) {
                continue;
            }
            int combination = from.dayPattern[d] << 16 | to.dayPattern[d];
            Integer offset = offsets.get(combination);
            if (offset == null) {
                offset = size;
                offsets.put(combination, offset);
                size += from.startMinute[from.dayPattern[d]].length;
            }
            days[4 * w] = from.cumulative[d];
            days[4 * w + 1] = from.cumulative[d + 1];
            days[4 * w + 2] = to.cumulative[d];
            days[4 * w + 3] = offset;
            w++;
        }
        // The source's buckets hold no more work than its shortest working day (unless that is
        // under an hour), so a position mostly lies on its bucket's first day or the next one.
        this.bucketDay = new int[(limit >> bucketBits) + 1];
        for (int b = 0, day = 0; b < bucketDay.length; b++) {
            while (day < workingDays - 1 && days[4 * day + 1] <= b << bucketBits) {
                day++;
            }
            bucketDay[b] = day;
        }
        this.work = new int[KINDS][size];
        for (Map.Entry<Integer, Integer> e : offsets.entrySet()) {
            short[] starts = from.startMinute[e.getKey() >>> 16];
            short[] target = to.workByMinute[e.getKey() & 0xFFFF];
            int at = e.getValue();
            for (int r = 0; r < starts.length; r++) {
                work[START][at + r] = target[starts[r]];
                // FINISH reads position p through minute p - 1 of the day: where it begins, plus one.
                work[FINISH][at + r] = target[starts[r] + 1];
                work[LATEST_START][at + r] = target[starts[r] + 1] - 1;
            }
        }
    }

    /** The pair for two tables over one timeline. */
    public static CalendarPair of(CalendarTable from, CalendarTable to) {
        return new CalendarPair(from, to);
    }

    public CalendarTable from() {
        return from;
    }

    public CalendarTable to() {
        return to;
    }

    /**
     * The target position for a source position, by {@code kind}: {@code to.workBefore(from.startAt(p))}
     * for {@link #START}, {@code to.workBefore(from.finishAt(p))} for {@link #FINISH}, as
     * {@link #LATEST_START} says for that kind.
     *
     * @throws OutsideCalendarRangeException as the tables' methods do
     */
    public int at(int kind, int position) {
        // A finish at position p is where minute p - 1 begins, plus one: both kinds look up one working minute.
        int minute = position - (kind & FINISH);
        if (minute < 0 || minute >= limit) {
            return slow(kind, position);
        }
        int day = bucketDay[minute >> bucketBits];
        // A select, not a branch: whether a position falls on its bucket's day or the next follows the data.
        day = days[4 * day + 1] <= minute ? day + 1 : day;
        while (days[4 * day + 1] <= minute) {
            // Working days shorter than the smallest bucket (an hour) can take more steps.
            day++;
        }
        int at = 4 * day;
        return days[at + 2] + work[kind][days[at + 3] + minute - days[at]];
    }

    private int slow(int kind, int position) {
        switch (kind) {
            case START:
                return to.workBefore(from.startAt(position));
            case FINISH:
                return to.workBefore(from.finishAt(position));
            default:
                return to.workBefore(from.startAt(position) + 1) - 1;
        }
    }
}

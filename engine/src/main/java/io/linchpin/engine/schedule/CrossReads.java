package io.linchpin.engine.schedule;

import io.linchpin.engine.calendar.CalendarPair;
import io.linchpin.engine.calendar.CalendarTable;

/**
 * One pass's reads of the links between plain tasks on two calendars ({@link ScheduleNetwork#MODE_CROSS}),
 * made in batches. The network's tasks fall into segments such that no such link joins two tasks
 * of one segment ({@link ScheduleNetwork#segment}). Before the forward pass steps through a
 * segment's tasks it converts every link into the segment: the predecessor's date, read on the
 * successor's calendar through a {@link CalendarPair}, goes into a slot after the tasks' own dates,
 * and the link's code points there. The backward pass, before a segment, converts every link out
 * of it the same way. Each task's step then reads all its links as integers in one loop,
 * whatever calendars they come from.
 *
 * <p>Why: converting inside each task's step made every conversion wait for the last and a
 * branch on each task's kind of links mispredict; back to back, the conversions are independent
 * and the processor overlaps them.
 *
 * <p>Read {@code j}'s value is {@code at(dates[source] + shift) - shift}: the shift is the part
 * of the link's lag counted on the calendar read from, the rest stays the link's lag in the
 * integer step.
 */
final class CrossReads {

    /** Per segment, its first read, and one more entry: the number of reads. */
    final int[] first;
    /** Per read: the index, in the pass's dates, of the date it converts. */
    final int[] source;
    final int[] shift;
    /** Per read: the {@link CalendarPair} kind. */
    final byte[] kind;
    /**
     * Per read from a finish milestone: the position of the project start on the milestone's
     * calendar, where its instant is the project start rather than the end of the work before
     * (as {@code Passes.startInstant} places it); else {@link Integer#MIN_VALUE}, which no position equals.
     */
    final int[] milestoneAt;
    final CalendarPair[] pair;

    CrossReads(int[] first, int[] source, int[] shift, byte[] kind, int[] milestoneAt, CalendarPair[] pair) {
        this.first = first;
        this.source = source;
        this.shift = shift;
        this.kind = kind;
        this.milestoneAt = milestoneAt;
        this.pair = pair;
    }

    int size() {
        return source.length;
    }

    /** Read {@code j} of {@code dates}, a pass's dates of which the read's slots are part. */
    int value(int j, int[] dates, int planStart) {
        int s = shift[j];
        int position = dates[source[j]] + s;
        if (position == milestoneAt[j]) {
            return atPlanStart(j, position, planStart) - s;
        }
        return pair[j].at(kind[j], position) - s;
    }

    /** A read from a finish milestone at the project start's position, through the two tables. */
    private int atPlanStart(int j, int position, int planStart) {
        int instant = Math.max(planStart, pair[j].from().finishAt(position));
        CalendarTable to = pair[j].to();
        return kind[j] == CalendarPair.LATEST_START ? to.workBefore(instant + 1) - 1 : to.workBefore(instant);
    }
}

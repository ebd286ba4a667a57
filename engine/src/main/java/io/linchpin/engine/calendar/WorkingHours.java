package io.linchpin.engine.calendar;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The working intervals of one day: sorted, non-overlapping {@code [from, to)} minute ranges
 * within the day. {@code to} may be 1440 (midnight at the end of the day); touching intervals are
 * merged, so 24-hour calendars are one interval {@code [0, 1440)}.
 */
public final class WorkingHours {

    /** A non-working day. */
    public static final WorkingHours NONE = new WorkingHours(new int[0], new int[0]);

    /** Work around the clock. */
    public static final WorkingHours ALL_DAY = new WorkingHours(new int[] {0}, new int[] {Timeline.MINUTES_PER_DAY});

    private final int[] from;
    private final int[] to;

    private WorkingHours(int[] from, int[] to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Working hours from {@code [from, to)} minute pairs: {@code of(480, 720, 780, 1020)} is
     * 08:00-12:00 and 13:00-17:00.
     *
     * @throws IllegalArgumentException if a pair is empty, reversed, outside the day or overlaps another
     */
    public static WorkingHours ofMinutes(int... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("working hours need from/to pairs, got " + pairs.length + " values");
        }
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            int f = pairs[i];
            int t = pairs[i + 1];
            if (f < 0 || t > Timeline.MINUTES_PER_DAY || f >= t) {
                throw new IllegalArgumentException("working interval " + format(f) + "-" + format(t) + " is empty or outside the day");
            }
            ranges.add(new int[] {f, t});
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] < last[1]) {
                throw new IllegalArgumentException("working intervals " + format(last[0]) + "-" + format(last[1]) + " and "
                        + format(r[0]) + "-" + format(r[1]) + " overlap");
            }
            if (last != null && r[0] == last[1]) {
                last[1] = r[1];
            } else {
                merged.add(r);
            }
        }
        if (merged.isEmpty()) {
            return NONE;
        }
        int[] f = new int[merged.size()];
        int[] t = new int[merged.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = merged.get(i)[0];
            t[i] = merged.get(i)[1];
        }
        return new WorkingHours(f, t);
    }

    /**
     * Working hours from text ranges such as {@code "08:00-12:00"}; {@code "24:00"} or
     * {@code "00:00"} as the end of a range means midnight at the end of the day.
     *
     * @throws IllegalArgumentException naming the range that is not {@code HH:mm-HH:mm}
     */
    public static WorkingHours parse(List<String> ranges) {
        int[] pairs = new int[ranges.size() * 2];
        for (int i = 0; i < ranges.size(); i++) {
            String range = ranges.get(i);
            String[] parts = range.trim().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("working hours '" + range + "' are not HH:mm-HH:mm");
            }
            pairs[2 * i] = parseTime(parts[0], range, false);
            pairs[2 * i + 1] = parseTime(parts[1], range, true);
        }
        return ofMinutes(pairs);
    }

    /** Working hours between two times of day; a {@code to} of midnight means the end of the day. */
    public static WorkingHours of(LocalTime from, LocalTime to) {
        int t = to.getHour() * 60 + to.getMinute();
        return ofMinutes(from.getHour() * 60 + from.getMinute(), t == 0 ? Timeline.MINUTES_PER_DAY : t);
    }

    private static int parseTime(String text, String range, boolean end) {
        String s = text.trim();
        if (!s.matches("\\d{1,2}:\\d{2}")) {
            throw new IllegalArgumentException("working hours '" + range + "' are not HH:mm-HH:mm");
        }
        int h = Integer.parseInt(s.substring(0, s.indexOf(':')));
        int m = Integer.parseInt(s.substring(s.indexOf(':') + 1));
        if (h > 24 || m > 59 || (h == 24 && m != 0)) {
            throw new IllegalArgumentException("working hours '" + range + "' contain an invalid time " + s);
        }
        int minute = h * 60 + m;
        return end && minute == 0 ? Timeline.MINUTES_PER_DAY : minute;
    }

    /** Number of intervals. */
    public int intervals() {
        return from.length;
    }

    /** Start minute of interval {@code i}. */
    public int from(int i) {
        return from[i];
    }

    /** End minute (exclusive) of interval {@code i}. */
    public int to(int i) {
        return to[i];
    }

    /** Working minutes in the day. */
    public int minutes() {
        int sum = 0;
        for (int i = 0; i < from.length; i++) {
            sum += to[i] - from[i];
        }
        return sum;
    }

    public boolean isWorking() {
        return from.length > 0;
    }

    /** The ranges as text, e.g. {@code ["08:00-12:00", "13:00-17:00"]}. */
    public List<String> toText() {
        List<String> out = new ArrayList<>(from.length);
        for (int i = 0; i < from.length; i++) {
            out.add(format(from[i]) + "-" + format(to[i]));
        }
        return out;
    }

    static String format(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours w && Arrays.equals(w.from, from) && Arrays.equals(w.to, to);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(from) * 31 + Arrays.hashCode(to);
    }

    @Override
    public String toString() {
        return toText().toString();
    }
}

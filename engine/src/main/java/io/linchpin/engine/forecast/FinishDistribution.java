package io.linchpin.engine.forecast;

import io.linchpin.engine.calendar.CalendarTable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The simulated finish dates of the plan or of one milestone. Figures in working days count the
 * working time from the plan's start on the plan's calendar, in days of that calendar's hours
 * per day, so they ignore weekends and holidays as a project manager does.
 */
public final class FinishDistribution {

    /** The percentiles {@link #percentiles()} lists: every fifth from 5 to 95. */
    public static final int[] STANDARD_PERCENTS = {5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95};

    /** Bits per pass of {@link #sorted}: two passes sort finishes spread over up to 2^24 minutes (32 years). */
    private static final int RADIX_BITS = 12;
    /** Below this many finishes a comparison sort is as fast. */
    private static final int RADIX_FROM = 1024;

    /** A histogram has at most about this many bins. */
    private static final int TARGET_BINS = 40;

    private final LocalDateTime deterministic;
    private final int[] sorted;
    /** Working minutes from the plan's start to each of {@link #sorted}, in the same order. */
    private final int[] work;
    private final CalendarTable calendar;
    private final int startPosition;
    private final double minutesPerDay;
    private final double meanMinutes;
    private final double stdevMinutes;

    /**
     * @param instants the finish of every iteration, as engine minutes, in iteration order
     * @param deterministic the finish of the plan's own durations
     * @param calendar the plan's calendar
     * @param planStart the plan's start as an engine minute
     */
    FinishDistribution(int[] instants, LocalDateTime deterministic, CalendarTable calendar, int planStart) {
        this.deterministic = deterministic;
        this.calendar = calendar;
        this.startPosition = calendar.workBefore(planStart);
        this.minutesPerDay = calendar.calendar().minutesPerDay();
        this.sorted = sorted(instants);
        this.work = new int[sorted.length];
        long sum = 0;
        for (int k = 0; k < sorted.length; k++) {
            work[k] = calendar.workBefore(sorted[k]) - startPosition;
            sum += work[k];
        }
        this.meanMinutes = (double) sum / sorted.length;
        double squares = 0;
        for (int w : work) {
            squares += (w - meanMinutes) * (w - meanMinutes);
        }
        this.stdevMinutes = sorted.length > 1 ? Math.sqrt(squares / (sorted.length - 1)) : 0;
    }

    /**
     * A sorted copy. Finishes lie within a span of minutes far shorter than the range of an int,
     * so two passes of a radix sort order them, several times faster than a comparison sort: a
     * forecast sorts one column of thousands per milestone, and a plan may have a thousand.
     */
    static int[] sorted(int[] values) {
        int n = values.length;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (n < RADIX_FROM || (long) max - min >= 1L << (2 * RADIX_BITS)) {
            int[] out = values.clone();
            Arrays.sort(out);
            return out;
        }
        int[] byLowBits = new int[n];
        int[] out = new int[n];
        int[] counts = new int[1 << RADIX_BITS];
        radixPass(values, byLowBits, min, 0, counts);
        radixPass(byLowBits, out, min, RADIX_BITS, counts);
        return out;
    }

    /** One stable counting pass of {@link #sorted} on the {@link #RADIX_BITS} bits of {@code v - min} from {@code shift} up. */
    private static void radixPass(int[] from, int[] to, int min, int shift, int[] counts) {
        int mask = (1 << RADIX_BITS) - 1;
        Arrays.fill(counts, 0);
        for (int v : from) {
            counts[((v - min) >>> shift) & mask]++;
        }
        for (int b = 0, at = 0; b < counts.length; b++) {
            int c = counts[b];
            counts[b] = at;
            at += c;
        }
        for (int v : from) {
            to[counts[((v - min) >>> shift) & mask]++] = v;
        }
    }

    public int iterations() {
        return sorted.length;
    }

    /** The finish with every duration as planned (the critical path method's date). */
    public LocalDateTime deterministic() {
        return deterministic;
    }

    /** The date at the mean working time into the plan. */
    public LocalDateTime mean() {
        return date(calendar.finishAt(startPosition + (int) Math.round(meanMinutes)));
    }

    public double meanWorkingDays() {
        return meanMinutes / minutesPerDay;
    }

    /** Sample standard deviation of the working days into the plan. */
    public double stdevWorkingDays() {
        return stdevMinutes / minutesPerDay;
    }

    /** The nearest-rank percentile, {@code 0 <= percent <= 100}; 0 is the earliest finish drawn. */
    public Percentile percentile(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a percentile lies between 0 and 100, got " + percent);
        }
        int k = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return new Percentile(percent, date(sorted[k]), work[k] / minutesPerDay);
    }

    /** P5, P10, … P95. */
    public List<Percentile> percentiles() {
        List<Percentile> out = new ArrayList<>();
        for (int p : STANDARD_PERCENTS) {
            out.add(percentile(p));
        }
        return out;
    }

    /** The cumulative curve: P0 (the earliest finish) to P100 (the latest), every percent. */
    public List<Percentile> cumulative() {
        List<Percentile> out = new ArrayList<>();
        for (int p = 0; p <= 100; p++) {
            out.add(percentile(p));
        }
        return out;
    }

    /** The share of iterations that finished at or before {@code date}. */
    public double probabilityBy(LocalDateTime date) {
        int minute = calendar.timeline().minuteOf(date);
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= minute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / sorted.length;
    }

    /**
     * The width of the histogram's bins in working days: 1, 2 or 5 times a power of ten (0.01 at
     * least), so that the spread of finishes fills at most about 40 bins.
     */
    public double binWorkingDays() {
        return binWidth().doubleValue();
    }

    private BigDecimal binWidth() {
        double span = (work[work.length - 1] - work[0]) / minutesPerDay;
        for (int exponent = -2;; exponent++) {
            for (int mantissa : new int[] {1, 2, 5}) {
                BigDecimal width = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
                if (width.doubleValue() * TARGET_BINS >= span) {
                    return width;
                }
            }
        }
    }

    /** Bins of {@link #binWorkingDays()} from the first that holds a finish to the last, empty ones included. */
    public List<HistogramBin> histogram() {
        BigDecimal width = binWidth();
        double w = width.multiply(BigDecimal.valueOf(minutesPerDay)).doubleValue();
        long first = (long) Math.floor(work[0] / w);
        long last = (long) Math.floor(work[work.length - 1] / w);
        int[] counts = new int[(int) (last - first + 1)];
        for (int minutes : work) {
            counts[(int) ((long) Math.floor(minutes / w) - first)]++;
        }
        List<HistogramBin> out = new ArrayList<>(counts.length);
        for (int b = 0; b < counts.length; b++) {
            out.add(new HistogramBin(width.multiply(BigDecimal.valueOf(first + b)).doubleValue(), counts[b]));
        }
        return out;
    }

    private LocalDateTime date(int instant) {
        return calendar.timeline().dateTimeOf(instant);
    }
}

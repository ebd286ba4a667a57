package io.linchpin.server.projects;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations are stored as working minutes and shown in days and hours. A day is 8 working hours
 * and a week 5 days, MS Project's defaults, until projects have their own calendars.
 */
public final class WorkingDuration {

    public static final int MINUTES_PER_HOUR = 60;
    public static final int MINUTES_PER_DAY = 8 * MINUTES_PER_HOUR;
    public static final int MINUTES_PER_WEEK = 5 * MINUTES_PER_DAY;
    /** A hundred working years: anything longer is a typing mistake. */
    public static final long MAX_MINUTES = 100L * 52 * MINUTES_PER_WEEK;

    private static final Pattern PART = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(w|d|h|m)?");

    private WorkingDuration() {
    }

    /** "2d 4h", "3h 30m", "0d". */
    public static String format(long minutes) {
        if (minutes == 0) {
            return "0d";
        }
        long days = minutes / MINUTES_PER_DAY;
        long hours = minutes % MINUTES_PER_DAY / MINUTES_PER_HOUR;
        long rest = minutes % MINUTES_PER_HOUR;
        StringBuilder text = new StringBuilder();
        append(text, days, "d");
        append(text, hours, "h");
        append(text, rest, "m");
        return text.toString();
    }

    /**
     * Reads what a person types: "3d", "4h", "1d 4h", "90m", "2w", "1.5d"; a bare number is days.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static long parse(String text) {
        String input = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (input.isEmpty()) {
            throw new IllegalArgumentException("enter a duration such as 3d, 4h or 1d 4h");
        }
        Matcher part = PART.matcher(input);
        BigDecimal minutes = BigDecimal.ZERO;
        int at = 0;
        while (at < input.length()) {
            if (!part.find(at) || part.start() != at) {
                throw new IllegalArgumentException("cannot read '" + text + "' as a duration: use w, d, h or m, "
                        + "such as 3d, 4h or 1d 4h");
            }
            BigDecimal amount = new BigDecimal(part.group(1).replace(',', '.'));
            String unit = part.group(2) == null ? "d" : part.group(2);
            minutes = minutes.add(amount.multiply(BigDecimal.valueOf(switch (unit) {
                case "w" -> MINUTES_PER_WEEK;
                case "d" -> MINUTES_PER_DAY;
                case "h" -> MINUTES_PER_HOUR;
                default -> 1;
            })));
            at = part.end();
            while (at < input.length() && input.charAt(at) == ' ') {
                at++;
            }
        }
        if (minutes.compareTo(BigDecimal.valueOf(MAX_MINUTES)) > 0) {
            throw new IllegalArgumentException("'" + text + "' is longer than a hundred working years");
        }
        return minutes.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount > 0) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(amount).append(unit);
        }
    }
}

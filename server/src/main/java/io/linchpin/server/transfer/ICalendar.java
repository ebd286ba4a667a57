package io.linchpin.server.transfer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar stream (RFC 5545): events with times in UTC (each project keeps its own
 * time zone; UTC spares the feed a VTIMEZONE per zone), all-day events for dates, text escaped
 * and lines folded at 75 octets.
 */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final StringBuilder out = new StringBuilder();

    ICalendar(String name) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Linchpin//Linchpin calendar feed//EN");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(name));
    }

    /** A timed event from {@code start} to {@code end} (equal for a milestone). */
    ICalendar event(String uid, Instant stamp, Instant start, Instant end, String summary, String description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART:" + UTC.format(start));
        line("DTEND:" + UTC.format(end));
        line("SUMMARY:" + text(summary));
        if (description != null) {
            line("DESCRIPTION:" + text(description));
        }
        line("END:VEVENT");
        return this;
    }

    /** An all-day event on {@code day}. */
    ICalendar day(String uid, Instant stamp, LocalDate day, String summary, String description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART;VALUE=DATE:" + DATE.format(day));
        line("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
        line("SUMMARY:" + text(summary));
        if (description != null) {
            line("DESCRIPTION:" + text(description));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    String end() {
        line("END:VCALENDAR");
        return out.toString();
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets (RFC 5545, 3.1). */
    private void line(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}

package io.linchpin.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;

/** The feed writer against ical4j: any text survives escaping and folding, and no line passes 75 octets. */
class ICalendarTest {

    private static final String ALPHABET = "abc XYZ 0123,;:\\\n\"'éüß€漢字😀";
    private static final long[] SEEDS = {1, 7, 42, 2026, 99991};

    @Test
    void anyTextSurvivesEscapingAndFoldingAndLinesStayWithin75Octets() throws Exception {
        for (long seed : SEEDS) {
            SplittableRandom random = new SplittableRandom(seed);
            String summary = text(random, 1 + random.nextInt(300));
            String description = text(random, random.nextInt(500));
            String feed = new ICalendar("Feed " + seed)
                    .event("task-1@linchpin", Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-02T08:00:00Z"),
                            Instant.parse("2026-12-02T16:00:00Z"), summary, description)
                    .day("deadline-1@linchpin", Instant.parse("2026-12-01T10:00:00Z"), LocalDate.of(2026, 12, 24),
                            summary, null)
                    .end();
            for (String line : feed.split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("seed %d: %s", seed, line).isLessThanOrEqualTo(75);
            }
            List<VEvent> events = new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT");
            assertThat(events).as("seed %d", seed).hasSize(2);
            assertThat(events.get(0).getSummary().getValue()).as("seed %d", seed).isEqualTo(summary);
            assertThat(description.isEmpty() ? "" : events.get(0).getDescription().getValue()).as("seed %d", seed)
                    .isEqualTo(description);
            assertThat(events.get(0).getDateTimeStart().getValue()).isEqualTo("20261202T080000Z");
            assertThat(events.get(1).getDateTimeStart().getValue()).isEqualTo("20261224");
            assertThat(events.get(1).getDateTimeEnd().getValue()).isEqualTo("20261225");
        }
    }

    /**
     * Random text over the alphabet. A backslash is never followed by a line break: the feed writes
     * that pair as RFC 5545 says (an escaped backslash, then an escaped line break), but ical4j
     * 4.4.0 reads it back as two backslashes and an "n" (checked against a hand-written line), so
     * the pair would test ical4j, not the feed.
     */
    private static String text(SplittableRandom random, int length) {
        int[] points = ALPHABET.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < length; i++) {
            int next = points[random.nextInt(points.length)];
            if (previous == '\\' && next == '\n') {
                next = ' ';
            }
            out.appendCodePoint(next);
            previous = next;
        }
        return out.toString();
    }
}

package io.linchpin.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Timeline TIMELINE = Timeline.between(LocalDate.of(2023, 12, 30), LocalDate.of(2052, 3, 1));

    @Test
    void everyMinuteReadsBackAsTheDateTimeItWasMadeFrom() {
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < 100_000; k++) {
            int minute = r.nextInt(TIMELINE.endMinute() + 1);
            LocalDateTime expected = TIMELINE.firstDay().atStartOfDay().plusMinutes(minute);
            assertThat(TIMELINE.dateTimeOf(minute)).as("minute %d", minute).isEqualTo(expected);
            assertThat(TIMELINE.minuteOf(expected)).isEqualTo(minute);
        }
        assertThat(TIMELINE.dateTimeOf(0)).isEqualTo(LocalDateTime.of(2023, 12, 30, 0, 0));
        assertThat(TIMELINE.dateTimeOf(TIMELINE.endMinute())).isEqualTo(LocalDateTime.of(2052, 3, 2, 0, 0));
        assertThat(TIMELINE.dateTimeOf(TIMELINE.minuteOf(LocalDateTime.of(2024, 2, 29, 23, 59)))).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59));
    }

    @Test
    void aMinuteOffTheTimelineSaysSo() {
        assertThatThrownBy(() -> TIMELINE.dateTimeOf(-1)).isInstanceOf(OutsideCalendarRangeException.class).hasMessageContaining("before 2023-12-30");
        assertThatThrownBy(() -> TIMELINE.dateTimeOf(TIMELINE.endMinute() + 1)).isInstanceOf(OutsideCalendarRangeException.class)
                .hasMessageContaining("after 2052-03-01");
    }
}

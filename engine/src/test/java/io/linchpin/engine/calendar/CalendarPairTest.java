package io.linchpin.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.leveling.Cases;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A pair's lookups against the two tables' own arithmetic, on random calendars (seeds from {@link Cases}). */
class CalendarPairTest {

    private static final Timeline TIMELINE = Timeline.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28));

    @Test
    void readsEveryPositionAsTheTablesDo() {
        Cases.check(40, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            CalendarTable from = CalendarTablePropertiesTest.randomCalendar(random).tabulate(TIMELINE);
            CalendarTable to = random.nextInt(4) == 0 ? WorkCalendar.twentyFourHours("24h").tabulate(TIMELINE)
                    : CalendarTablePropertiesTest.randomCalendar(random).tabulate(TIMELINE);
            CalendarPair pair = CalendarPair.of(from, to);
            for (int p = 0; p < from.totalWork(); p++) {
                assertThat(pair.at(CalendarPair.START, p)).as("start at %d", p).isEqualTo(to.workBefore(from.startAt(p)));
                assertThat(pair.at(CalendarPair.LATEST_START, p)).as("latest start at %d", p).isEqualTo(to.workBefore(from.startAt(p) + 1) - 1);
            }
            for (int p = 0; p <= from.totalWork(); p++) {
                assertThat(pair.at(CalendarPair.FINISH, p)).as("finish at %d", p).isEqualTo(to.workBefore(from.finishAt(p)));
            }
        });
    }

    @Test
    void positionsOffTheCalendarFailAsTheTablesDo() {
        CalendarTable standard = WorkCalendar.standard("std").tabulate(TIMELINE);
        CalendarPair pair = CalendarPair.of(standard, WorkCalendar.twentyFourHours("24h").tabulate(TIMELINE));
        assertThatThrownBy(() -> pair.at(CalendarPair.START, standard.totalWork())).isInstanceOf(OutsideCalendarRangeException.class);
        assertThatThrownBy(() -> pair.at(CalendarPair.FINISH, -1)).isInstanceOf(OutsideCalendarRangeException.class);
        assertThat(pair.at(CalendarPair.FINISH, 0)).isZero();
    }

    @Test
    void refusesTablesOverDifferentTimelines() {
        CalendarTable a = WorkCalendar.standard("std").tabulate(TIMELINE);
        CalendarTable b = WorkCalendar.standard("std").tabulate(Timeline.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
        assertThatThrownBy(() -> CalendarPair.of(a, b)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share no timeline");
    }
}

package io.linchpin.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.leveling.Cases;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalendarTablesTest {

    private static final Timeline TIMELINE = Timeline.between(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31));

    private static WorkCalendar withHoliday(String id, LocalDate holiday) {
        WorkCalendar standard = WorkCalendar.standard(id);
        WorkCalendar.Builder b = WorkCalendar.builder(id);
        for (DayOfWeek d : DayOfWeek.values()) {
            b.hours(d, standard.weekly(d));
        }
        return b.exception(CalendarException.of(holiday, holiday, WorkingHours.NONE)).build();
    }

    @Test
    void calendarsWithEqualDefinitionsShareOneTable() {
        CalendarTables tables = new CalendarTables(TIMELINE);
        LocalDate christmas = LocalDate.of(2025, 12, 25);

        CalendarTable first = tables.of(withHoliday("Resource 1", christmas));
        CalendarTable second = tables.of(withHoliday("Resource 2", christmas));
        CalendarTable other = tables.of(withHoliday("Resource 3", christmas.plusDays(1)));

        assertThat(second).isSameAs(first);
        assertThat(first.calendar().id()).isEqualTo("Resource 1");
        assertThat(other).isNotSameAs(first);
        assertThat(tables.size()).isEqualTo(2);
    }

    @Test
    void theLengthsOfADayAndAWeekArePartOfTheDefinition() {
        CalendarTables tables = new CalendarTables(TIMELINE);
        WorkCalendar standard = WorkCalendar.standard("a");
        WorkCalendar.Builder longDays = WorkCalendar.builder("b").minutesPerDay(600);
        for (DayOfWeek d : DayOfWeek.values()) {
            longDays.hours(d, standard.weekly(d));
        }

        assertThat(tables.of(longDays.build())).isNotSameAs(tables.of(standard));
        assertThat(tables.of(WorkCalendar.standard("c"))).isSameAs(tables.of(standard));
        assertThat(tables.size()).isEqualTo(2);
    }

    @Test
    void anAddedTableServesEqualCalendarsAndKeepsTheFirst() {
        CalendarTables tables = new CalendarTables(TIMELINE);
        CalendarTable built = WorkCalendar.standard("std").tabulate(TIMELINE);
        tables.add(built);
        tables.add(WorkCalendar.standard("again").tabulate(TIMELINE));

        assertThat(tables.of(WorkCalendar.standard("copy"))).isSameAs(built);
        assertThat(tables.size()).isEqualTo(1);
    }

    @Test
    void aTableOverAnotherTimelineIsRefusedByName() {
        CalendarTables tables = new CalendarTables(TIMELINE);
        Timeline shorter = Timeline.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        assertThatThrownBy(() -> tables.add(WorkCalendar.standard("std").tabulate(shorter)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-01-01 .. 2025-12-31")
                .hasMessageContaining("2024-01-01 .. 2027-12-31");
        assertThat(tables.size()).isZero();
    }

    /**
     * Exceptions over ranges, overlapping (the last added wins), reaching past either end of the
     * timeline, with every kind of recurrence: each day of the table works what the definition says.
     */
    @Test
    void everyDayOfATableWorksTheHoursTheDefinitionGivesIt() {
        Cases.check(100, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            WorkCalendar.Builder b = WorkCalendar.builder("random");
            WorkCalendar standard = WorkCalendar.standard("std");
            for (DayOfWeek d : DayOfWeek.values()) {
                b.hours(d, random.nextInt(4) == 0 ? WorkingHours.ofMinutes(60 * random.nextInt(12), 60 * (12 + random.nextInt(12))) : standard.weekly(d));
            }
            int exceptions = random.nextInt(8);
            for (int i = 0; i < exceptions; i++) {
                LocalDate from = TIMELINE.firstDay().plusDays(random.nextInt(TIMELINE.days() + 200) - 100);
                LocalDate to = from.plusDays(random.nextInt(400));
                WorkingHours hours = random.nextBoolean() ? WorkingHours.NONE : WorkingHours.ofMinutes(600, 600 + 30 * (1 + random.nextInt(20)));
                Recurrence recurrence = switch (random.nextInt(5)) {
                    case 0 -> new Recurrence.Daily(1 + random.nextInt(10));
                    case 1 -> new Recurrence.Weekly(EnumSet.of(DayOfWeek.of(1 + random.nextInt(7))), 1 + random.nextInt(3));
                    case 2 -> new Recurrence.Monthly(1 + random.nextInt(31));
                    case 3 -> new Recurrence.Yearly(MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28)));
                    default -> null;
                };
                b.exception(new CalendarException(from, to, hours, recurrence));
            }
            WorkCalendar calendar = b.build();
            CalendarTable table = calendar.tabulate(TIMELINE);
            LocalDate date = TIMELINE.firstDay();
            for (int d = 0; d < TIMELINE.days(); d++, date = date.plusDays(1)) {
                int dayStart = d * Timeline.MINUTES_PER_DAY;
                assertThat(table.workBetween(dayStart, dayStart + Timeline.MINUTES_PER_DAY)).as("%s", date)
                        .isEqualTo(calendar.hoursOn(date).minutes());
                WorkingHours hours = calendar.hoursOn(date);
                if (hours.intervals() > 0) {
                    assertThat(table.nextWorkStart(dayStart)).as("first work on %s", date).isEqualTo(dayStart + hours.from(0));
                }
            }
        });
    }
}

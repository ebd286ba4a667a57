package io.linchpin.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarTableTest {

    // 2025-01-06 is a Monday.
    private final Timeline timeline = Timeline.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    private final CalendarTable standard = WorkCalendar.standard("std").tabulate(timeline);

    private int at(String dateTime) {
        return timeline.minuteOf(LocalDateTime.parse(dateTime));
    }

    private String show(int minute) {
        return timeline.dateTimeOf(minute).toString();
    }

    @Test
    void addingADayOfWorkOnMondayMorningFinishesMondayEvening() {
        assertThat(show(standard.addWork(at("2025-01-06T08:00"), 480))).isEqualTo("2025-01-06T17:00");
    }

    @Test
    void addingWorkSkipsLunchAndTheWeekend() {
        assertThat(show(standard.addWork(at("2025-01-10T11:00"), 3 * 60))).isEqualTo("2025-01-10T15:00");
        assertThat(show(standard.addWork(at("2025-01-10T16:00"), 120))).isEqualTo("2025-01-13T09:00");
    }

    @Test
    void subtractingWorkGivesTheStartOfTheWork() {
        assertThat(show(standard.addWork(at("2025-01-13T17:00"), -480))).isEqualTo("2025-01-13T08:00");
        assertThat(show(standard.addWork(at("2025-01-13T09:00"), -120))).isEqualTo("2025-01-10T16:00");
    }

    @Test
    void aPositionHasAFinishInstantAndAStartInstant() {
        int friday = standard.workBefore(at("2025-01-10T17:00"));
        assertThat(show(standard.finishAt(friday))).isEqualTo("2025-01-10T17:00");
        assertThat(show(standard.startAt(friday))).isEqualTo("2025-01-13T08:00");
        assertThat(standard.workBefore(at("2025-01-13T08:00"))).isEqualTo(friday);
    }

    @Test
    void nextWorkStartAndPreviousWorkFinish() {
        assertThat(show(standard.nextWorkStart(at("2025-01-11T10:00")))).isEqualTo("2025-01-13T08:00");
        assertThat(show(standard.nextWorkStart(at("2025-01-13T12:30")))).isEqualTo("2025-01-13T13:00");
        assertThat(show(standard.nextWorkStart(at("2025-01-13T09:15")))).isEqualTo("2025-01-13T09:15");
        assertThat(show(standard.previousWorkFinish(at("2025-01-13T08:00")))).isEqualTo("2025-01-10T17:00");
        assertThat(show(standard.previousWorkFinish(at("2025-01-13T12:30")))).isEqualTo("2025-01-13T12:00");
    }

    @Test
    void workBetweenCountsOnlyWorkingMinutesAndIsSigned() {
        assertThat(standard.workBetween(at("2025-01-06T08:00"), at("2025-01-13T08:00"))).isEqualTo(5 * 480);
        assertThat(standard.workBetween(at("2025-01-13T08:00"), at("2025-01-06T08:00"))).isEqualTo(-5 * 480);
        assertThat(standard.workBetween(at("2025-01-10T17:00"), at("2025-01-13T08:00"))).isZero();
    }

    @Test
    void longSpansAreExactWithoutIteratingDays() {
        // 2025 has 261 weekdays.
        assertThat(standard.totalWork()).isEqualTo(261 * 480);
        int start = at("2025-01-01T08:00");
        assertThat(show(standard.addWork(start, 200 * 480))).isEqualTo("2025-10-07T17:00");
    }

    @Test
    void holidaysAndChangedHoursComeFromExceptions() {
        WorkCalendar easter = WorkCalendar.builder("easter")
                .hours(DayOfWeek.MONDAY, WorkingHours.ofMinutes(480, 1020))
                .hours(DayOfWeek.TUESDAY, WorkingHours.ofMinutes(480, 1020))
                .hours(DayOfWeek.WEDNESDAY, WorkingHours.ofMinutes(480, 1020))
                .hours(DayOfWeek.THURSDAY, WorkingHours.ofMinutes(480, 1020))
                .hours(DayOfWeek.FRIDAY, WorkingHours.ofMinutes(480, 1020))
                .exception(CalendarException.of(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), WorkingHours.NONE))
                .exception(CalendarException.of(LocalDate.of(2025, 4, 22), LocalDate.of(2025, 4, 22), WorkingHours.ofMinutes(600, 720)))
                .exception(CalendarException.of(LocalDate.of(2025, 4, 26), LocalDate.of(2025, 4, 26), WorkingHours.ofMinutes(480, 600)))
                .build();
        CalendarTable t = easter.tabulate(timeline);
        assertThat(show(t.addWork(at("2025-04-17T16:00"), 120))).isEqualTo("2025-04-22T11:00");
        assertThat(t.workBetween(at("2025-04-22T00:00"), at("2025-04-23T00:00"))).isEqualTo(120);
        assertThat(t.workBetween(at("2025-04-26T00:00"), at("2025-04-27T00:00"))).isEqualTo(120);
    }

    @Test
    void recurringExceptionsApplyOnEveryOccurrence() {
        WorkCalendar cal = WorkCalendar.builder("r")
                .hours(DayOfWeek.MONDAY, WorkingHours.ALL_DAY)
                .hours(DayOfWeek.TUESDAY, WorkingHours.ALL_DAY)
                .hours(DayOfWeek.WEDNESDAY, WorkingHours.ALL_DAY)
                .hours(DayOfWeek.THURSDAY, WorkingHours.ALL_DAY)
                .hours(DayOfWeek.FRIDAY, WorkingHours.ALL_DAY)
                .exception(new CalendarException(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), WorkingHours.NONE,
                        new Recurrence.Yearly(MonthDay.of(12, 25))))
                .exception(new CalendarException(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), WorkingHours.NONE,
                        new Recurrence.Monthly(31)))
                .exception(new CalendarException(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 31), WorkingHours.NONE,
                        new Recurrence.Weekly(Set.of(DayOfWeek.WEDNESDAY), 2)))
                .build();
        assertThat(cal.hoursOn(LocalDate.of(2025, 12, 25))).isEqualTo(WorkingHours.NONE);
        assertThat(cal.hoursOn(LocalDate.of(2025, 12, 24))).isEqualTo(WorkingHours.ALL_DAY);
        assertThat(cal.hoursOn(LocalDate.of(2025, 1, 31))).isEqualTo(WorkingHours.NONE);
        assertThat(cal.hoursOn(LocalDate.of(2025, 4, 30))).isEqualTo(WorkingHours.NONE);
        assertThat(cal.hoursOn(LocalDate.of(2025, 1, 8))).isEqualTo(WorkingHours.NONE);
        assertThat(cal.hoursOn(LocalDate.of(2025, 1, 15))).isEqualTo(WorkingHours.ALL_DAY);
        assertThat(cal.hoursOn(LocalDate.of(2025, 1, 22))).isEqualTo(WorkingHours.NONE);
    }

    @Test
    void aTwentyFourHourCalendarCountsEveryMinute() {
        CalendarTable t = WorkCalendar.twentyFourHours("24h").tabulate(timeline);
        int m = at("2025-03-08T22:30");
        assertThat(t.workBefore(m)).isEqualTo(m);
        assertThat(show(t.addWork(m, 90))).isEqualTo("2025-03-09T00:00");
        assertThat(show(t.startAt(t.workBefore(at("2025-03-09T00:00"))))).isEqualTo("2025-03-09T00:00");
    }

    @Test
    void wallClockTimeHasNoDaylightSavingGap() {
        CalendarTable t = WorkCalendar.twentyFourHours("24h").tabulate(timeline);
        // 2025-03-30 02:00 does not exist in Europe/Berlin; the engine counts wall-clock minutes.
        assertThat(t.workBetween(at("2025-03-30T00:00"), at("2025-03-31T00:00"))).isEqualTo(1440);
    }

    @Test
    void intervalsEndingAtMidnightJoinTheNextDay() {
        WorkCalendar night = WorkCalendar.builder("night")
                .hours(DayOfWeek.MONDAY, WorkingHours.parse(List.of("22:00-24:00")))
                .hours(DayOfWeek.TUESDAY, WorkingHours.parse(List.of("00:00-06:00")))
                .build();
        CalendarTable t = night.tabulate(timeline);
        assertThat(show(t.addWork(at("2025-01-06T22:00"), 4 * 60))).isEqualTo("2025-01-07T02:00");
        assertThat(show(t.finishAt(t.workBefore(at("2025-01-07T00:00"))))).isEqualTo("2025-01-07T00:00");
    }

    @Test
    void datesOutsideTheRangeAreAClearError() {
        assertThatThrownBy(() -> timeline.minuteOf(LocalDateTime.parse("2026-02-01T08:00")))
                .isInstanceOf(OutsideCalendarRangeException.class)
                .hasMessageContaining("2026-02-01T08:00").hasMessageContaining("2025-01-01 .. 2025-12-31");
        assertThatThrownBy(() -> standard.addWork(at("2025-12-01T08:00"), 100 * 480))
                .isInstanceOf(OutsideCalendarRangeException.class)
                .hasMessageContaining("std").hasMessageContaining("2025-12-31");
        assertThatThrownBy(() -> standard.workBefore(-1)).isInstanceOf(OutsideCalendarRangeException.class);
    }

    @Test
    void badWorkingHoursAreRejectedWithTheRangeNamed() {
        assertThatThrownBy(() -> WorkingHours.parse(List.of("08:00-12:00", "11:00-13:00")))
                .hasMessageContaining("08:00-12:00").hasMessageContaining("11:00-13:00").hasMessageContaining("overlap");
        assertThatThrownBy(() -> WorkingHours.parse(List.of("8-12"))).hasMessageContaining("'8-12'");
        assertThatThrownBy(() -> WorkingHours.parse(List.of("12:00-08:00"))).hasMessageContaining("12:00-08:00");
    }

    @Test
    void adjacentIntervalsMerge() {
        assertThat(WorkingHours.parse(List.of("00:00-12:00", "12:00-24:00"))).isEqualTo(WorkingHours.ALL_DAY);
        assertThat(WorkingHours.parse(List.of("13:00-17:00", "08:00-12:00")).toText()).containsExactly("08:00-12:00", "13:00-17:00");
    }
}

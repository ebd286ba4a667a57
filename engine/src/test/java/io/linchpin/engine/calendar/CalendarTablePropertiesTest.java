package io.linchpin.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Checks the table arithmetic against a minute-by-minute count over random calendars. */
class CalendarTablePropertiesTest {

    private static final Timeline TIMELINE = Timeline.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28));

    @Provide
    Arbitrary<WorkCalendar> calendars() {
        Arbitrary<WorkingHours> hours = Arbitraries.integers().between(0, 47).list().ofMaxSize(6).map(slots -> {
            boolean[] on = new boolean[48];
            slots.forEach(s -> on[s] = true);
            int[] pairs = new int[96];
            int n = 0;
            for (int s = 0; s < 48; s++) {
                if (on[s] && (s == 0 || !on[s - 1])) {
                    int e = s;
                    while (e < 48 && on[e]) {
                        e++;
                    }
                    pairs[n++] = s * 30;
                    pairs[n++] = e * 30;
                }
            }
            return WorkingHours.ofMinutes(java.util.Arrays.copyOf(pairs, n));
        });
        Arbitrary<Integer> holiday = Arbitraries.integers().between(0, 58);
        return Combinators.combine(hours.list().ofSize(7), holiday.list().ofMaxSize(5)).as((week, holidays) -> {
            WorkCalendar.Builder b = WorkCalendar.builder("random");
            for (DayOfWeek d : DayOfWeek.values()) {
                b.hours(d, week.get(d.ordinal()));
            }
            b.hours(DayOfWeek.MONDAY, WorkingHours.ofMinutes(600, 660));
            for (int h : holidays) {
                LocalDate day = TIMELINE.firstDay().plusDays(h);
                b.exception(CalendarException.of(day, day, WorkingHours.NONE));
            }
            return b.build();
        });
    }

    private static int bruteWorkBefore(WorkCalendar cal, int minute) {
        int sum = 0;
        for (int m = 0; m < minute; m++) {
            LocalDate date = TIMELINE.firstDay().plusDays(m / 1440);
            WorkingHours h = cal.hoursOn(date);
            int mod = m % 1440;
            for (int i = 0; i < h.intervals(); i++) {
                if (mod >= h.from(i) && mod < h.to(i)) {
                    sum++;
                }
            }
        }
        return sum;
    }

    @Property(tries = 60)
    void workBeforeMatchesAMinuteByMinuteCount(@ForAll("calendars") WorkCalendar cal, @ForAll("minutes") int minute) {
        assertThat(cal.tabulate(TIMELINE).workBefore(minute)).isEqualTo(bruteWorkBefore(cal, minute));
    }

    @Property(tries = 200)
    void startAndFinishInstantsMapBackToTheirPosition(@ForAll("calendars") WorkCalendar cal, @ForAll("minutes") int minute) {
        CalendarTable t = cal.tabulate(TIMELINE);
        int position = t.workBefore(minute);
        int finish = t.finishAt(position);
        assertThat(t.workBefore(finish)).isEqualTo(position);
        assertThat(finish).isLessThanOrEqualTo(minute);
        if (position > 0) {
            assertThat(t.workBefore(finish - 1)).isEqualTo(position - 1);
        }
        if (position < t.totalWork()) {
            int start = t.startAt(position);
            assertThat(start).isGreaterThanOrEqualTo(minute);
            assertThat(t.workBefore(start)).isEqualTo(position);
            assertThat(t.isWorking(start)).isTrue();
        }
    }

    @Property(tries = 200)
    void addingThenSubtractingWorkReturnsToAnEquivalentInstant(@ForAll("calendars") WorkCalendar cal, @ForAll("minutes") int minute,
            @ForAll("amounts") int work) {
        CalendarTable t = cal.tabulate(TIMELINE);
        int position = t.workBefore(minute);
        if (position + work > t.totalWork() || position < 1) {
            return;
        }
        int finish = t.addWork(minute, work);
        assertThat(t.workBetween(minute, finish)).isEqualTo(work);
        assertThat(t.workBefore(t.addWork(finish, -work))).isEqualTo(position);
    }

    @Provide
    Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(0, TIMELINE.endMinute());
    }

    @Provide
    Arbitrary<Integer> amounts() {
        return Arbitraries.integers().between(1, 20_000);
    }
}

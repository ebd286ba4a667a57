package io.linchpin.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.leveling.Cases;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks the table arithmetic against a minute-by-minute count over random calendars. Each case
 * draws its calendar and instants from its own seed ({@link Cases}); a failure names the seed.
 */
class CalendarTablePropertiesTest {

    private static final Timeline TIMELINE = Timeline.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28));

    /** Up to six half-hour slots a day, merged into intervals; Monday always works an hour so the week has work. */
    static WorkCalendar randomCalendar(SplittableRandom random) {
        WorkCalendar.Builder b = WorkCalendar.builder("random");
        for (DayOfWeek d : DayOfWeek.values()) {
            b.hours(d, randomHours(random));
        }
        b.hours(DayOfWeek.MONDAY, WorkingHours.ofMinutes(600, 660));
        int holidays = random.nextInt(6);
        for (int i = 0; i < holidays; i++) {
            LocalDate day = TIMELINE.firstDay().plusDays(random.nextInt(59));
            b.exception(CalendarException.of(day, day, WorkingHours.NONE));
        }
        return b.build();
    }

    private static WorkingHours randomHours(SplittableRandom random) {
        boolean[] on = new boolean[48];
        int slots = random.nextInt(7);
        for (int i = 0; i < slots; i++) {
            on[random.nextInt(48)] = true;
        }
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
        return WorkingHours.ofMinutes(Arrays.copyOf(pairs, n));
    }

    private static int randomMinute(SplittableRandom random) {
        return random.nextInt(TIMELINE.endMinute() + 1);
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

    @Test
    void workBeforeMatchesAMinuteByMinuteCount() {
        Cases.check(60, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            WorkCalendar cal = randomCalendar(random);
            int minute = randomMinute(random);
            assertThat(cal.tabulate(TIMELINE).workBefore(minute)).as("minute %d", minute).isEqualTo(bruteWorkBefore(cal, minute));
        });
    }

    @Test
    void startAndFinishInstantsMapBackToTheirPosition() {
        Cases.check(200, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            CalendarTable t = randomCalendar(random).tabulate(TIMELINE);
            int minute = randomMinute(random);
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
        });
    }

    @Test
    void addingThenSubtractingWorkReturnsToAnEquivalentInstant() {
        Cases.check(200, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            CalendarTable t = randomCalendar(random).tabulate(TIMELINE);
            int minute = randomMinute(random);
            int work = 1 + random.nextInt(20_000);
            int position = t.workBefore(minute);
            if (position + work > t.totalWork() || position < 1) {
                return;
            }
            int finish = t.addWork(minute, work);
            assertThat(t.workBetween(minute, finish)).isEqualTo(work);
            assertThat(t.workBefore(t.addWork(finish, -work))).isEqualTo(position);
        });
    }
}

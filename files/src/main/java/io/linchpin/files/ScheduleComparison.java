package io.linchpin.files;

import io.linchpin.engine.calendar.CalendarTable;
import io.linchpin.engine.calendar.Timeline;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.TaskSchedule;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a schedule with the dates a file's own product stored, by the rule MPXJ's comparators
 * use: two dates are equal when there is no working time between them on the task's calendar
 * (17:00 and 08:00 of the next working day are the same); total float is compared in working
 * minutes. Early and late start and finish and total float are compared for every task.
 */
public final class ScheduleComparison {

    /** The compared fields. */
    public enum Field {
        EARLY_START, EARLY_FINISH, LATE_START, LATE_FINISH, TOTAL_FLOAT
    }

    /**
     * One field of one task that differs.
     *
     * @param taskId the task
     * @param field the field
     * @param stored what the file holds
     * @param computed what Linchpin computed
     */
    public record Difference(String taskId, Field field, String stored, String computed) {
    }

    /**
     * The outcome of a comparison.
     *
     * @param compared number of tasks compared (those with stored dates)
     * @param matched number of tasks whose every field matched
     * @param activitiesCompared of those, tasks that are not summaries
     * @param activitiesMatched of those, tasks that are not summaries
     * @param differences every field that differs
     */
    public record Result(int compared, int matched, int activitiesCompared, int activitiesMatched, List<Difference> differences) {
    }

    private ScheduleComparison() {
    }

    /**
     * Compares the schedule of an imported plan with the dates stored in its file.
     *
     * @param network the compiled network of {@code imported.plan()} (for its calendars)
     */
    public static Result compare(ImportedPlan imported, ScheduleNetwork network, Schedule schedule) {
        int compared = 0;
        int matched = 0;
        int activitiesCompared = 0;
        int activitiesMatched = 0;
        List<Difference> differences = new ArrayList<>();
        Timeline timeline = network.timeline();
        for (TaskSchedule t : schedule.tasks()) {
            StoredDates s = imported.storedDates().get(t.id());
            if (s == null) {
                continue;
            }
            compared++;
            activitiesCompared += t.summary() ? 0 : 1;
            CalendarTable calendar = network.calendarOf(network.indexOf(t.id()));
            int before = differences.size();
            date(differences, t.id(), Field.EARLY_START, s.earlyStart(), t.earlyStart(), calendar, timeline);
            date(differences, t.id(), Field.EARLY_FINISH, s.earlyFinish(), t.earlyFinish(), calendar, timeline);
            date(differences, t.id(), Field.LATE_START, s.lateStart(), t.lateStart(), calendar, timeline);
            date(differences, t.id(), Field.LATE_FINISH, s.lateFinish(), t.lateFinish(), calendar, timeline);
            if (s.totalFloatMinutes() != null && s.totalFloatMinutes() != t.totalFloatMinutes()) {
                differences.add(new Difference(t.id(), Field.TOTAL_FLOAT, s.totalFloatMinutes() + "m", t.totalFloatMinutes() + "m"));
            }
            if (differences.size() == before) {
                matched++;
                activitiesMatched += t.summary() ? 0 : 1;
            }
        }
        return new Result(compared, matched, activitiesCompared, activitiesMatched, differences);
    }

    private static void date(List<Difference> out, String id, Field field, LocalDateTime stored, LocalDateTime computed,
            CalendarTable calendar, Timeline timeline) {
        if (stored == null || stored.equals(computed)) {
            return;
        }
        boolean inRange = timeline.contains(stored.toLocalDate());
        if (!inRange || calendar.workBetween(timeline.minuteOf(stored), timeline.minuteOf(computed)) != 0) {
            out.add(new Difference(id, field, stored.toString(), computed.toString()));
        }
    }
}

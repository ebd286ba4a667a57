package io.linchpin.engine.calendar;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tabulates calendars over one timeline, once per distinct definition: calendars with the same
 * weekly hours, exceptions and day and week lengths share one {@link CalendarTable}. An imported
 * MS Project file can give each of dozens of resources its own copy of the standard calendar, and
 * each table covers decades of days; sharing also lets the scheduler treat links between tasks
 * on such copies as links on one calendar.
 *
 * <p>A shared table's {@link CalendarTable#calendar()} is the first calendar tabulated with that
 * definition. Not thread-safe: fill it while compiling, then share the tables, which are.
 */
public final class CalendarTables {

    private final Timeline timeline;
    private final Map<Object, CalendarTable> byDefinition = new HashMap<>();

    public CalendarTables(Timeline timeline) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
    }

    public Timeline timeline() {
        return timeline;
    }

    /** The table of a calendar: the one already built for an equal definition, or a new one. */
    public CalendarTable of(WorkCalendar calendar) {
        return byDefinition.computeIfAbsent(calendar.definition(), k -> calendar.tabulate(timeline));
    }

    /**
     * Lets calendars equal to the table's own reuse a table built elsewhere; a table already held
     * for that definition stays.
     *
     * @throws IllegalArgumentException if the table covers another timeline
     */
    public void add(CalendarTable table) {
        if (!table.timeline().equals(timeline)) {
            throw new IllegalArgumentException("a table over " + table.timeline() + " cannot join tables over " + timeline);
        }
        byDefinition.putIfAbsent(table.calendar().definition(), table);
    }

    /** How many distinct tables this holds. */
    public int size() {
        return byDefinition.size();
    }
}

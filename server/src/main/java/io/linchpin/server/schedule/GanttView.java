package io.linchpin.server.schedule;

import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A whole project as its Gantt draws it, compact enough for 10,000 tasks in one answer: each task
 * and each link is an array whose fields {@code columns} and {@code linkColumns} name. Times are
 * whole minutes since 1970-01-01T00:00 of the project's wall clock (its dates carry no time zone,
 * as in MS Project), so a reader adds them to that epoch without any zone arithmetic.
 */
public record GanttView(long projectId, String code, String name,
        @Schema(description = "Whether the reader may edit (member or above)") boolean canEdit,
        @Schema(description = "Now, in the project's wall clock (minutes)") long now,
        @Schema(description = "The project's status date, as the start of that day (minutes); absent when unset")
        Long statusDate,
        @Schema(description = "The project's calendar, for turning a dragged length into working time") Calendar calendar,
        @Schema(description = "The baseline the project measures against, when saved; then each task also has "
                + "baselineStart and baselineFinish (absent for a task the baseline did not see)") Baseline baseline,
        @Schema(example = "[\"id\", \"parent\", \"level\", \"outline\", \"name\", \"kind\", \"duration\", \"start\", "
                + "\"finish\", \"critical\", \"percent\", \"deadline\", \"totalFloat\", \"constraint\", \"version\"]")
        List<String> columns,
        @Schema(description = "One array per task in WBS order, fields as columns names them") List<Object[]> tasks,
        @Schema(example = "[\"id\", \"from\", \"to\", \"type\", \"lag\", \"lagKind\", \"lagPercent\"]")
        List<String> linkColumns,
        @Schema(description = "One array per link: id, predecessor, successor, FS/SS/FF/SF, lag in minutes (working "
                + "or elapsed as lagKind says), WORKING/ELAPSED/PERCENT, the percentage of a PERCENT lag")
        List<Object[]> links) {

    /** The task columns, in their order. */
    static final List<String> COLUMNS = List.of("id", "parent", "level", "outline", "name", "kind", "duration", "start",
            "finish", "critical", "percent", "deadline", "totalFloat", "constraint", "version");
    static final List<String> COLUMNS_WITH_BASELINE = Stream.concat(COLUMNS.stream(),
            Stream.of("baselineStart", "baselineFinish")).toList();
    static final List<String> LINK_COLUMNS = List.of("id", "from", "to", "type", "lag", "lagKind", "lagPercent");

    /**
     * Which days of the week are worked (Monday first), the working minutes of a day, and the whole
     * days off (holidays) as inclusive date ranges.
     */
    public record Calendar(List<Boolean> workdays, int minutesPerDay, List<List<String>> daysOff) {
    }

    /** Which of the project's baselines (0 to 10) the bars are compared with. */
    public record Baseline(int number, String name) {
    }
}

package io.linchpin.server.transfer;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import io.linchpin.engine.schedule.TaskSchedule;
import io.linchpin.files.ImportedPlan;
import io.linchpin.files.ProjectFiles;
import io.linchpin.server.transfer.PlanMapping.MappedTask;

/** The dates an import stored, against the engine's dates for the same file, task by task. */
final class StoredDates {

    private StoredDates() {
    }

    record Row(String name, LocalDateTime start, LocalDateTime finish, LocalDateTime earlyStart,
            LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish, Long totalFloat) {
    }

    static List<Row> stored(JdbcClient jdbc, long projectId) {
        return jdbc.sql("""
                SELECT name, start_at, finish_at, early_start, early_finish, late_start, late_finish, total_float_minutes
                FROM tasks WHERE project_id = :project ORDER BY wbs_key""").param("project", projectId)
                .query((rs, n) -> new Row(rs.getString("name"), rs.getObject("start_at", LocalDateTime.class),
                        rs.getObject("finish_at", LocalDateTime.class), rs.getObject("early_start", LocalDateTime.class),
                        rs.getObject("early_finish", LocalDateTime.class), rs.getObject("late_start", LocalDateTime.class),
                        rs.getObject("late_finish", LocalDateTime.class), rs.getLong("total_float_minutes")))
                .list();
    }

    /** Every task whose stored dates differ from the engine's for the file, one line each naming the dates. */
    static List<String> differences(Path file, List<Row> stored) {
        ImportedPlan read = ProjectFiles.read(file);
        Schedule schedule = Scheduler.schedule(read.plan());
        List<MappedTask> order = new PlanMapping(read.plan(), List.of()).tasks();
        List<String> out = new ArrayList<>();
        if (order.size() != stored.size()) {
            out.add(file.getFileName() + ": " + stored.size() + " tasks stored, the file has " + order.size());
            return out;
        }
        for (int k = 0; k < order.size(); k++) {
            TaskSchedule expected = schedule.task(order.get(k).planId());
            Row row = stored.get(k);
            List<String> dates = new ArrayList<>();
            compare(dates, "start", expected.start(), row.start());
            compare(dates, "finish", expected.finish(), row.finish());
            compare(dates, "early start", expected.earlyStart(), row.earlyStart());
            compare(dates, "early finish", expected.earlyFinish(), row.earlyFinish());
            compare(dates, "late start", expected.lateStart(), row.lateStart());
            compare(dates, "late finish", expected.lateFinish(), row.lateFinish());
            compare(dates, "total float", (long) expected.totalFloatMinutes(), row.totalFloat());
            if (!dates.isEmpty()) {
                out.add(row.name() + ": " + String.join("; ", dates));
            }
        }
        return out;
    }

    private static void compare(List<String> out, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(what + " stored " + actual + ", engine " + expected);
        }
    }
}

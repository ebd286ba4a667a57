package io.linchpin.files;

import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.TaskSchedule;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Lists every task of an oracle file whose dates differ from the stored ones, with what explains
 * a date: its calendar, duration, constraints, progress, and each link with the other end's
 * calendar and dates (ours and the product's). Mismatches are grouped by the set of fields that
 * differ, so a pattern shows as one group. A reading aid for finding the product's rules.
 */
final class OracleDiagnosis {

    private OracleDiagnosis() {
    }

    static void print(ImportedPlan imported, Schedule schedule, ScheduleComparison.Result result) {
        Plan plan = imported.plan();
        Map<String, List<ScheduleComparison.Difference>> byTask = new LinkedHashMap<>();
        for (ScheduleComparison.Difference d : result.differences()) {
            byTask.computeIfAbsent(d.taskId(), k -> new ArrayList<>()).add(d);
        }
        if (byTask.isEmpty()) {
            return;
        }
        Map<String, List<String[]>> successors = new HashMap<>();
        for (Task t : plan.tasks()) {
            for (Link l : t.predecessors()) {
                successors.computeIfAbsent(l.predecessor(), k -> new ArrayList<>()).add(new String[] {t.id(), describe(l)});
            }
        }
        Map<String, List<String>> groups = new TreeMap<>();
        for (Map.Entry<String, List<ScheduleComparison.Difference>> e : byTask.entrySet()) {
            Task task = plan.task(e.getKey());
            String kind = (schedule.task(e.getKey()).summary() ? "summary " : "") + e.getValue().stream()
                    .map(d -> d.field().name()).collect(Collectors.toCollection(TreeSet::new));
            groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(task.id());
        }
        System.out.printf("diagnosis of %d mismatching tasks; plan start %s, status date %s, options %s%n", byTask.size(), plan.start(),
                plan.statusDate(), plan.options());
        System.out.println("each field: the stored date, = or \u2260, then ours; each link: the other end's stored dates and our late dates");
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            System.out.printf("== %s: %d tasks%n", g.getKey(), g.getValue().size());
            for (String id : g.getValue()) {
                Task t = plan.task(id);
                TaskSchedule ours = schedule.task(id);
                StoredDates theirs = imported.storedDates().get(id);
                System.out.printf("  %s cal=%s dur=%d%s%s%s%s%s%n", id, t.calendar(), t.duration(), t.milestone() ? (t.startMilestone() ? " startMS" : " finishMS") : "",
                        t.constraint() == null || t.constraint().type().name().equals("ASAP") ? "" : " c=" + t.constraint().type() + "@" + t.constraint().date(),
                        t.secondaryConstraint() == null ? "" : " c2=" + t.secondaryConstraint().type() + "@" + t.secondaryConstraint().date(),
                        t.actualStart() == null ? "" : " AS=" + t.actualStart() + " pct=" + t.percentComplete() + " rem=" + t.remainingDuration(),
                        t.actualFinish() == null ? "" : " AF=" + t.actualFinish());
                System.out.printf("     ES %s %s | EF %s %s | LS %s %s | LF %s %s | TF %s %s%n", mark(theirs.earlyStart(), ours.earlyStart()), ours.earlyStart(),
                        mark(theirs.earlyFinish(), ours.earlyFinish()), ours.earlyFinish(), mark(theirs.lateStart(), ours.lateStart()), ours.lateStart(),
                        mark(theirs.lateFinish(), ours.lateFinish()), ours.lateFinish(), theirs.totalFloatMinutes(), ours.totalFloatMinutes());
                for (Link l : t.predecessors()) {
                    System.out.printf("     <- %s %s%n", describe(l), end(plan, imported, schedule, l.predecessor()));
                }
                for (String[] s : successors.getOrDefault(id, List.of())) {
                    System.out.printf("     -> %s %s%n", s[1].replace(" from", " to"), end(plan, imported, schedule, s[0]));
                }
            }
        }
    }

    private static String describe(Link l) {
        return l.type() + (l.lag().isZero() ? "" : " lag " + l.lag().amount() + " " + l.lag().unit()) + " from";
    }

    private static String end(Plan plan, ImportedPlan imported, Schedule schedule, String id) {
        Task t = plan.task(id);
        TaskSchedule ours = schedule.task(id);
        StoredDates theirs = imported.storedDates().get(id);
        String flags = (t.milestone() ? (t.startMilestone() ? " startMS" : " finishMS") : "") + (t.actualFinish() != null ? " done"
                : t.actualStart() != null ? " started" : "") + (t.constraint() == null || t.constraint().type().name().equals("ASAP") ? ""
                        : " c=" + t.constraint().type());
        if (theirs == null) {
            return id + " cal=" + t.calendar() + flags;
        }
        return String.format("%s cal=%s dur=%d%s  stored ES %s EF %s LS %s LF %s TF %s / ours LS %s LF %s", id, t.calendar(), t.duration(), flags, theirs.earlyStart(),
                theirs.earlyFinish(), theirs.lateStart(), theirs.lateFinish(), theirs.totalFloatMinutes(), ours.lateStart(), ours.lateFinish());
    }

    private static String mark(LocalDateTime theirs, LocalDateTime ours) {
        return String.valueOf(theirs) + (theirs != null && !theirs.equals(ours) ? "≠" : "=");
    }
}

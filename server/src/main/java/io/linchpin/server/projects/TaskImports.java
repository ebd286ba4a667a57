package io.linchpin.server.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.projects.TaskStore.Planning;
import io.linchpin.server.projects.TaskStore.TaskRow;

/**
 * Tasks written in bulk for an import of a project file: thousands of tasks with their schedule
 * inputs in a few batches, one outline renumbering and one audit entry, where the task-by-task API
 * would reschedule and audit each task. The caller holds the transaction, so an import is all or
 * nothing. {@link #create} and {@link #update} publish no {@link TasksChanged}: an import writes
 * its links next and reschedules once, after them (the schedule's {@code ScheduleTransfer}), so
 * the caller must reschedule before its transaction ends.
 */
@Service
public class TaskImports {

    private final TaskStore tasks;
    private final WorkflowStore workflows;
    private final ProjectAccess access;
    private final ProjectAudit audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    TaskImports(TaskStore tasks, WorkflowStore workflows, ProjectAccess access, ProjectAudit audit,
            ApplicationEventPublisher events, JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.tasks = tasks;
        this.workflows = workflows;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * A task as a file gives it. Its place: under {@code parentId} (a stored task), or under the
     * task at {@code parentIndex} of the same import, or at the top level; always last among its
     * siblings, so a list in outline order keeps the file's order.
     */
    public record ImportedTask(Long parentId, Integer parentIndex, String name, TaskKind kind, long durationMinutes,
            LocalDate committedFinish, Long calendarId, ConstraintType constraintType, LocalDateTime constraintDate,
            LocalDateTime actualStart, LocalDateTime actualFinish, int percentComplete, Long remainingMinutes,
            Double physicalPercentComplete, boolean startMilestone) {
    }

    /** A stored task's fields as an import compares them, with its version. */
    public record StoredTask(long id, Long parentId, String outlineNumber, String name, TaskKind kind,
            long durationMinutes, LocalDate committedFinish, Long calendarId, ConstraintType constraintType,
            LocalDateTime constraintDate, LocalDateTime actualStart, LocalDateTime actualFinish, int percentComplete,
            Long remainingMinutes, Double physicalPercentComplete, boolean startMilestone, long version) {
    }

    /** Checks that the person may import into the project (manager or above) and takes its write lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireImport(long projectId, LinchpinUser user) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
    }

    /** The project's tasks in WBS order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StoredTask> stored(long projectId) {
        return jdbc.sql("SELECT * FROM tasks WHERE project_id = :project ORDER BY wbs_key").param("project", projectId)
                .query((rs, n) -> {
                    long parent = rs.getLong("parent_id");
                    Long parentId = rs.wasNull() ? null : parent;
                    long calendar = rs.getLong("calendar_id");
                    Long calendarId = rs.wasNull() ? null : calendar;
                    long remaining = rs.getLong("remaining_minutes");
                    Long remainingMinutes = rs.wasNull() ? null : remaining;
                    return new StoredTask(rs.getLong("id"), parentId, WbsOutline.outlineNumber(rs.getString("wbs_key")),
                            rs.getString("name"), TaskKind.valueOf(rs.getString("kind")), rs.getLong("duration_minutes"),
                            rs.getObject("committed_finish", LocalDate.class), calendarId,
                            ConstraintType.valueOf(rs.getString("constraint_type")),
                            rs.getObject("constraint_date", LocalDateTime.class),
                            rs.getObject("actual_start", LocalDateTime.class),
                            rs.getObject("actual_finish", LocalDateTime.class), rs.getInt("percent_complete"),
                            remainingMinutes, rs.getObject("physical_percent_complete", Double.class),
                            rs.getBoolean("start_milestone"), rs.getLong("version"));
                }).list();
    }

    /**
     * Adds the tasks, all or nothing, after {@link #requireImport}; every problem is reported with
     * the index of its task ({@code tasks[3].durationMinutes}).
     *
     * @return the new task IDs, in the order given
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> create(long projectId, List<ImportedTask> imported) {
        WbsOutline outline = WbsOutline.of(tasks.outline(projectId));
        Problems problems = new Problems();
        for (int i = 0; i < imported.size(); i++) {
            ImportedTask t = imported.get(i);
            check(problems, "tasks[" + i + "].", t);
            if (t.parentIndex() != null && (t.parentIndex() < 0 || t.parentIndex() >= i)) {
                problems.add("tasks[" + i + "].parentIndex", "must name an earlier task of the import; got " + t.parentIndex());
            } else if (t.parentId() != null && !outline.contains(t.parentId())) {
                problems.add("tasks[" + i + "].parentId", "no task " + t.parentId() + " in this project");
            }
        }
        problems.throwIfAny("The tasks cannot be imported");
        StatusView initial = workflows.statuses(projectId).get(0);
        Instant now = Instant.now();
        List<TaskRow> rows = imported.stream().map(t -> new TaskRow(0, projectId, null, 0, "", t.name(), kind(t),
                t.durationMinutes(), initial, null, 500, null, t.committedFinish(), now, now, 0, planning(t), null))
                .toList();
        List<Long> ids = tasks.insertAll(rows);
        int[] depth = new int[imported.size()];
        for (int i = 0; i < imported.size(); i++) {
            ImportedTask t = imported.get(i);
            Long parent = t.parentIndex() != null ? ids.get(t.parentIndex()) : t.parentId();
            depth[i] = t.parentIndex() != null ? depth[t.parentIndex()] + 1 : outline.depthOf(t.parentId()) + 1;
            if (depth[i] > WbsOutline.MAX_DEPTH) {
                problems.add("tasks[" + i + "].parentIndex", "the WBS is at most " + WbsOutline.MAX_DEPTH + " levels deep");
            }
            outline.add(ids.get(i), parent, outline.childCount(parent), kind(t));
        }
        problems.throwIfAny("The tasks cannot be imported");
        tasks.place(projectId, outline.renumber());
        return ids;
    }

    /**
     * Writes new field values on stored tasks (their place in the WBS stays), counting up each
     * one's version, and reschedules the project once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void update(long projectId, Map<Long, ImportedTask> changed) {
        Problems problems = new Problems();
        changed.forEach((id, t) -> check(problems, "tasks[" + id + "].", t));
        problems.throwIfAny("The tasks cannot be updated");
        if (changed.isEmpty()) {
            return;
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        Instant now = Instant.now();
        changed.forEach((id, t) -> rows.add(planningParams(id, t).addValue("name", t.name()).addValue("kind", kind(t).name())
                .addValue("duration", t.durationMinutes()).addValue("finish", t.committedFinish())
                .addValue("updated", Sql.timestamp(now)).addValue("project", projectId)));
        batch.batchUpdate("""
                UPDATE tasks SET name = :name, duration_minutes = :duration, committed_finish = :finish,
                    kind = CASE WHEN kind = 'SUMMARY' THEN kind ELSE :kind END,
                    calendar_id = :calendar, constraint_type = :constraintType, constraint_date = :constraintDate,
                    actual_start = :actualStart, actual_finish = :actualFinish, percent_complete = :percent,
                    remaining_minutes = :remaining, physical_percent_complete = :physical,
                    start_milestone = CASE WHEN kind = 'SUMMARY' THEN FALSE ELSE :startMilestone END,
                    updated_at = :updated, version = version + 1
                WHERE id = :id AND project_id = :project""", rows.toArray(SqlParameterSource[]::new));
    }

    /** Deletes stored tasks with their sub-tasks and renumbers the outline once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(long projectId, Collection<Long> ids, String cause) {
        if (ids.isEmpty()) {
            return;
        }
        WbsOutline outline = WbsOutline.of(tasks.outline(projectId));
        Set<Long> removed = new HashSet<>();
        for (long id : ids) {
            if (outline.contains(id) && !removed.contains(id)) {
                removed.addAll(outline.remove(id));
                tasks.delete(id);
            }
        }
        tasks.place(projectId, outline.renumber());
        events.publishEvent(TasksChanged.structure(projectId, cause));
    }

    /** One audit entry for the whole import: what came from which file, and what it did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void audit(long projectId, Object summary) {
        audit.record(projectId, "Project", projectId, "IMPORTED", null, summary);
    }

    private static TaskKind kind(ImportedTask t) {
        return t.kind() == null ? TaskKind.TASK : t.kind();
    }

    /** The rules the task API keeps, so that an imported task could have been typed in. */
    private static void check(Problems problems, String at, ImportedTask t) {
        TaskKind kind = kind(t);
        if (t.name() == null || t.name().isBlank() || t.name().length() > 500) {
            problems.add(at + "name", "is required, at most 500 characters");
        }
        if (t.durationMinutes() < 0 || t.durationMinutes() > WorkingDuration.MAX_MINUTES) {
            problems.add(at + "durationMinutes", "must be between 0 and " + WorkingDuration.MAX_MINUTES);
        }
        if (kind == TaskKind.MILESTONE && t.durationMinutes() != 0) {
            problems.add(at + "durationMinutes", "a milestone has no duration");
        }
        if (kind != TaskKind.MILESTONE && t.committedFinish() != null) {
            problems.add(at + "committedFinish", "only milestones carry a committed date");
        }
        ConstraintType type = t.constraintType() == null ? ConstraintType.ASAP : t.constraintType();
        if (type.hasDate() != (t.constraintDate() != null)) {
            problems.add(at + "constraintDate", type.hasDate() ? "is required for a " + type + " constraint"
                    : "an " + type + " constraint has no date");
        }
        if (t.actualFinish() != null && (t.actualStart() == null || t.actualFinish().isBefore(t.actualStart()))) {
            problems.add(at + "actualFinish", "needs an actual start no later than it");
        }
        if (t.percentComplete() < 0 || t.percentComplete() > 100
                || (t.actualFinish() != null && t.percentComplete() != 100)
                || (t.actualStart() == null && t.percentComplete() > 0)) {
            problems.add(at + "percentComplete", "must be 0 to 100, 100 with an actual finish, 0 without an actual start");
        }
        if (t.actualStart() == null && t.remainingMinutes() != null) {
            problems.add(at + "remainingMinutes", "a remaining duration needs an actual start");
        }
        if (t.physicalPercentComplete() != null && !(t.physicalPercentComplete() >= 0 && t.physicalPercentComplete() <= 100)) {
            problems.add(at + "physicalPercentComplete", "must be 0 to 100");
        }
        if (t.startMilestone() && kind != TaskKind.MILESTONE) {
            problems.add(at + "startMilestone", "only a milestone marks the start of the work after it");
        }
    }

    private static Planning planning(ImportedTask t) {
        return new Planning(t.calendarId(), t.constraintType() == null ? ConstraintType.ASAP : t.constraintType(),
                t.constraintDate(), t.actualStart(), t.actualFinish(), t.percentComplete(), t.remainingMinutes(),
                t.physicalPercentComplete(), t.startMilestone());
    }

    private static MapSqlParameterSource planningParams(long id, ImportedTask t) {
        Planning p = planning(t);
        return new MapSqlParameterSource().addValue("id", id).addValue("calendar", p.calendarId())
                .addValue("constraintType", p.constraintType().name()).addValue("constraintDate", p.constraintDate())
                .addValue("actualStart", p.actualStart()).addValue("actualFinish", p.actualFinish())
                .addValue("percent", p.percentComplete()).addValue("remaining", p.remainingMinutes())
                .addValue("physical", p.physicalPercentComplete()).addValue("startMilestone", p.startMilestone());
    }
}

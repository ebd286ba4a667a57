package io.linchpin.server.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import io.linchpin.engine.analysis.BaselineDates;
import io.linchpin.engine.analysis.ScheduleAnalysis;
import io.linchpin.engine.analysis.Variance;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.platform.NotFoundException;
import io.linchpin.server.projects.ProjectAccess;
import io.linchpin.server.projects.ProjectAudit;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.TaskRef;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.UserRef;
import io.linchpin.server.schedule.BaselineStore.BaselineRow;
import io.linchpin.server.schedule.BaselineStore.DatesRow;
import jakarta.validation.Valid;

/**
 * A project's baselines: up to 11 (numbered 0 to 10, as in MS Project), each a copy of every
 * task's start, finish and duration when it was saved, and the variance of the schedule from one.
 * One of them, the active baseline (0 unless the project names another), is what at-risk
 * milestones and the health checks measure against.
 */
@Service
@Validated
public class BaselineService {

    /** MS Project keeps Baseline and Baseline 1 to 10. */
    public static final int MAX_BASELINES = 11;

    private final BaselineStore store;
    private final ProjectAccess access;
    private final ProjectAudit audit;
    private final TaskService tasks;
    private final UserAccounts users;
    private final ScheduleSnapshots snapshots;

    BaselineService(BaselineStore store, ProjectAccess access, ProjectAudit audit, TaskService tasks, UserAccounts users,
            ScheduleSnapshots snapshots) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.users = users;
        this.snapshots = snapshots;
    }

    /** The active baseline of a project and its task dates by task id (as the engine names tasks). */
    public record ActiveBaseline(BaselineView baseline, Map<String, BaselineDates> dates) {
    }

    @Transactional(readOnly = true)
    public List<BaselineView> list(long projectId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        int active = store.activeNumber(projectId);
        return views(store.list(projectId), active);
    }

    @Transactional(readOnly = true)
    public BaselineView get(long projectId, int number, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        return view(find(projectId, number), store.activeNumber(projectId));
    }

    /**
     * Saves the schedule as it is now as a baseline (managers). A new number is taken as is; an
     * existing one is saved over only when the draft names the version it was at (else 409 with the
     * baseline as it is). Without a number the lowest free one is used; a project that has all 11
     * gets a 422.
     */
    @Transactional
    public BaselineView save(long projectId, LinchpinUser user, @Valid BaselineDraft draft) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
        List<BaselineRow> existing = store.list(projectId);
        int active = store.activeNumber(projectId);
        int number = draft.number() != null ? draft.number() : IntStream.range(0, MAX_BASELINES)
                .filter(n -> existing.stream().noneMatch(b -> b.number() == n)).findFirst()
                .orElseThrow(() -> new InvalidInputException("number", "this project has " + MAX_BASELINES
                        + " baselines (0 to 10), the most it can keep: save over one by giving its number and version, "
                        + "or delete one first"));
        Optional<BaselineRow> current = existing.stream().filter(b -> b.number() == number).findFirst();
        long id;
        BaselineView before = null;
        if (current.isPresent()) {
            before = view(current.get(), active);
            if (draft.version() == null || draft.version() != current.get().version()) {
                throw new ConflictException("Baseline " + number + " (" + current.get().name() + ") exists at version "
                        + current.get().version() + (draft.version() == null ? "; send that version to save over it."
                                : "; your change was based on version " + draft.version() + "."), before);
            }
            id = current.get().id();
            store.resave(id, draft.name().strip(), user.id(), draft.version());
        } else {
            id = store.insert(projectId, number, draft.name().strip(), user.id());
        }
        store.copyTasks(id, projectId);
        BaselineView after = view(find(projectId, number), active);
        audit.record(projectId, "Baseline", id, before == null ? "CREATED" : "UPDATED", before, after);
        return after;
    }

    @Transactional
    public void delete(long projectId, int number, LinchpinUser user) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
        BaselineRow row = find(projectId, number);
        BaselineView before = view(row, store.activeNumber(projectId));
        store.delete(row.id());
        audit.record(projectId, "Baseline", row.id(), "DELETED", before, null);
    }

    /** Makes a saved baseline the one variance, at-risk milestones and the health checks measure against (managers). */
    @Transactional
    public BaselineView activate(long projectId, int number, LinchpinUser user) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
        BaselineRow row = find(projectId, number);
        int before = store.activeNumber(projectId);
        store.setActive(projectId, number);
        audit.record(projectId, "Project", projectId, "BASELINE_ACTIVATED", Map.of("activeBaseline", before),
                Map.of("activeBaseline", number));
        return view(row, number);
    }

    /** Start, finish and duration variance of every task the baseline holds, in WBS order. */
    @Transactional(readOnly = true)
    public List<BaselineVariance> variance(long projectId, int number, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        Map<Long, DatesRow> rows = store.dates(find(projectId, number).id());
        List<Variance> variances = ScheduleAnalysis.variance(snapshots.current(projectId), engineDates(rows));
        Map<Long, TaskRef> refs = tasks.references(projectId, rows.keySet());
        List<BaselineVariance> out = new ArrayList<>(variances.size());
        for (Variance v : variances) {
            long taskId = Long.parseLong(v.taskId());
            DatesRow b = rows.get(taskId);
            out.add(new BaselineVariance(refs.get(taskId), b.start(), b.finish(), b.durationMinutes(), v.start(), v.finish(),
                    v.startMinutes(), v.finishMinutes(), v.durationMinutes(), v.startDays(), v.finishDays(),
                    v.durationDays()));
        }
        return out;
    }

    /** One task's dates in every baseline that holds it. */
    @Transactional(readOnly = true)
    public List<TaskBaseline> ofTask(long projectId, long taskId, LinchpinUser user) {
        tasks.get(projectId, taskId, user);
        int active = store.activeNumber(projectId);
        Map<Integer, String> names = new HashMap<>();
        store.list(projectId).forEach(b -> names.put(b.number(), b.name()));
        List<TaskBaseline> out = new ArrayList<>();
        store.datesOfTask(projectId, taskId).forEach((number, d) -> out.add(new TaskBaseline(number, names.get(number),
                number == active, d.start(), d.finish(), d.durationMinutes())));
        return out;
    }

    /** The project's active baseline, when it is saved. Checks no access: callers check the reader's role. */
    @Transactional(readOnly = true)
    public Optional<ActiveBaseline> active(long projectId) {
        int active = store.activeNumber(projectId);
        return store.find(projectId, active).map(row -> new ActiveBaseline(view(row, active), engineDates(store.dates(row.id()))));
    }

    private BaselineRow find(long projectId, int number) {
        return store.find(projectId, number).orElseThrow(() -> new NotFoundException("Baseline", number));
    }

    private static Map<String, BaselineDates> engineDates(Map<Long, DatesRow> rows) {
        Map<String, BaselineDates> out = new LinkedHashMap<>();
        rows.forEach((id, d) -> out.put(String.valueOf(id), new BaselineDates(d.start(), d.finish(),
                d.durationMinutes() == null ? null : Math.toIntExact(d.durationMinutes()))));
        return out;
    }

    private List<BaselineView> views(List<BaselineRow> rows, int active) {
        return rows.stream().map(r -> view(r, active)).toList();
    }

    private BaselineView view(BaselineRow row, int active) {
        UserRef by = row.savedBy() == null ? null : users.find(row.savedBy())
                .map(u -> new UserRef(u.id(), u.username(), u.displayName())).orElse(null);
        return new BaselineView(row.projectId(), row.number(), row.name(), row.savedAt(), by, row.taskCount(),
                row.number() == active, row.version());
    }
}

package io.linchpin.server.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.platform.InvalidInputException.FieldProblem;
import io.linchpin.server.platform.NotFoundException;
import io.linchpin.server.projects.ProjectAccess;
import io.linchpin.server.projects.ProjectAudit;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.TaskRef;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.WorkingDuration;
import io.linchpin.server.schedule.LinkStore.LinkRow;
import jakarta.validation.Valid;

/**
 * The dependencies of a project's tasks. Members add and remove them; a link that would close a
 * cycle is refused with the tasks on the cycle named.
 */
@Service
@Validated
public class DependencyService {

    private final LinkStore links;
    private final ProjectAccess access;
    private final TaskService tasks;
    private final ProjectAudit audit;
    private final Rescheduler rescheduler;

    DependencyService(LinkStore links, ProjectAccess access, TaskService tasks, ProjectAudit audit,
            Rescheduler rescheduler) {
        this.rescheduler = rescheduler;
        this.links = links;
        this.access = access;
        this.tasks = tasks;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<LinkView> links(long projectId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        List<LinkRow> rows = links.links(projectId);
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.predecessorId());
            ids.add(r.successorId());
        });
        Map<Long, TaskRef> names = tasks.references(projectId, ids);
        return rows.stream().map(r -> view(r, names)).toList();
    }

    @Transactional
    public LinkView create(long projectId, LinchpinUser user, @Valid LinkDraft draft) {
        access.requireExclusive(projectId, user, ProjectRole.MEMBER);
        long predecessor = draft.predecessorId();
        long successor = draft.successorId();
        Map<Long, TaskRef> names = tasks.references(projectId, List.of(predecessor, successor));
        if (!names.containsKey(predecessor)) {
            throw new InvalidInputException("predecessorId", "no task " + predecessor + " in this project");
        }
        if (!names.containsKey(successor)) {
            throw new InvalidInputException("successorId", "no task " + successor + " in this project");
        }
        if (predecessor == successor) {
            throw new InvalidInputException("successorId", "a task cannot depend on itself");
        }
        List<LinkRow> existing = links.links(projectId);
        if (existing.stream().anyMatch(l -> l.predecessorId() == predecessor && l.successorId() == successor)) {
            throw new InvalidInputException("successorId", names.get(predecessor).label() + " already leads to "
                    + names.get(successor).label());
        }
        List<Long> cycle = DependencyCycles.closedBy(existing, predecessor, successor);
        if (!cycle.isEmpty()) {
            Map<Long, TaskRef> onCycle = tasks.references(projectId, cycle);
            throw new InvalidInputException("successorId", "this link would close a cycle: "
                    + cycle.stream().map(id -> onCycle.get(id).label()).collect(Collectors.joining(" → ")));
        }
        List<FieldProblem> lagProblems = new ArrayList<>();
        lag("", draft, lagProblems);
        if (!lagProblems.isEmpty()) {
            throw new InvalidInputException(lagProblems.get(0).field() + ": " + lagProblems.get(0).message(), lagProblems);
        }
        long id = links.insert(projectId, predecessor, successor, draft.type() == null ? LinkType.FS : draft.type(),
                draft.lagMinutes() == null ? 0 : draft.lagMinutes(),
                draft.lagKind() == null ? LagKind.WORKING : draft.lagKind(),
                draft.lagPercent() == null ? 0 : draft.lagPercent());
        LinkView created = view(links.find(projectId, id).orElseThrow(), names);
        audit.record(projectId, "TaskLink", id, "CREATED", null, created);
        rescheduler.reschedule(projectId, null, successor, "link " + names.get(predecessor).label() + " → "
                + names.get(successor).label());
        return created;
    }

    /** Most links one bulk request may create. */
    public static final int MAX_BULK = 10_000;

    /**
     * Creates many links at once, all or nothing (managers), with one reschedule. Every problem is
     * named with the index of its link ({@code links[3].successorId}); links that would form a loop
     * are refused with the tasks on it named.
     */
    @Transactional
    public List<LinkView> createAll(long projectId, LinchpinUser user, List<@Valid LinkDraft> drafts) {
        access.requireExclusive(projectId, user, ProjectRole.MANAGER);
        if (drafts.size() > MAX_BULK) {
            throw new InvalidInputException("links", "at most " + MAX_BULK + " links per request; got " + drafts.size());
        }
        Set<Long> ids = new HashSet<>();
        drafts.forEach(d -> {
            ids.add(d.predecessorId());
            ids.add(d.successorId());
        });
        Map<Long, TaskRef> names = tasks.references(projectId, ids);
        Set<List<Long>> pairs = new HashSet<>();
        links.links(projectId).forEach(l -> pairs.add(List.of(l.predecessorId(), l.successorId())));
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            LinkDraft d = drafts.get(i);
            String at = "links[" + i + "].";
            lag(at, d, problems);
            if (!names.containsKey(d.predecessorId())) {
                problems.add(new FieldProblem(at + "predecessorId", "no task " + d.predecessorId() + " in this project"));
            }
            if (!names.containsKey(d.successorId())) {
                problems.add(new FieldProblem(at + "successorId", "no task " + d.successorId() + " in this project"));
            } else if (d.predecessorId().equals(d.successorId())) {
                problems.add(new FieldProblem(at + "successorId", "a task cannot depend on itself"));
            } else if (!pairs.add(List.of(d.predecessorId(), d.successorId()))) {
                problems.add(new FieldProblem(at + "successorId", "task " + d.predecessorId() + " already leads to task "
                        + d.successorId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).message()
                    : "The links cannot be created (" + problems.size() + " problems)", problems);
        }
        Set<Long> created = new HashSet<>(links.insertAll(projectId, drafts));
        rescheduler.reschedule(projectId, null, null, drafts.size() + " new links");
        List<LinkView> views = links.links(projectId).stream().filter(r -> created.contains(r.id()))
                .map(r -> view(r, names)).toList();
        views.forEach(v -> audit.record(projectId, "TaskLink", v.id(), "CREATED", null, v));
        return views;
    }

    @Transactional
    public void delete(long projectId, long linkId, LinchpinUser user) {
        access.requireExclusive(projectId, user, ProjectRole.MEMBER);
        LinkRow link = links.find(projectId, linkId).orElseThrow(() -> new NotFoundException("Link", linkId));
        LinkView before = view(link, tasks.references(projectId, List.of(link.predecessorId(), link.successorId())));
        links.delete(linkId);
        audit.record(projectId, "TaskLink", linkId, "DELETED", before, null);
        rescheduler.reschedule(projectId, null, link.successorId(), "removed link " + before.predecessor().label()
                + " → " + before.successor().label());
    }

    /** A percentage lag takes lagPercent and no minutes; a lag in minutes takes no percentage. */
    private static void lag(String at, LinkDraft draft, List<FieldProblem> problems) {
        boolean percent = draft.lagKind() == LagKind.PERCENT;
        if (percent && draft.lagPercent() == null) {
            problems.add(new FieldProblem(at + "lagPercent", "is required for a PERCENT lag"));
        }
        if (percent && draft.lagMinutes() != null && draft.lagMinutes() != 0) {
            problems.add(new FieldProblem(at + "lagMinutes", "a PERCENT lag is given in lagPercent, not in minutes"));
        }
        if (!percent && draft.lagPercent() != null) {
            problems.add(new FieldProblem(at + "lagPercent", "is for PERCENT lags only: set lagKind to PERCENT"));
        }
    }

    private static LinkView view(LinkRow r, Map<Long, TaskRef> names) {
        String sign = r.lagMinutes() < 0 ? "-" : "";
        String lag = switch (r.lagKind()) {
            case WORKING -> sign + WorkingDuration.format(Math.abs(r.lagMinutes()));
            case ELAPSED -> sign + elapsed(Math.abs(r.lagMinutes())) + " elapsed";
            case PERCENT -> r.lagPercent() + "%";
        };
        return new LinkView(r.id(), r.projectId(), names.get(r.predecessorId()), names.get(r.successorId()), r.type(),
                r.lagMinutes(), r.lagKind(), r.lagPercent(), lag, r.createdAt());
    }

    /** Wall-clock minutes as days of 24 hours, hours and minutes: "2d 6h". */
    private static String elapsed(long minutes) {
        List<String> parts = new ArrayList<>();
        if (minutes >= 1440) {
            parts.add(minutes / 1440 + "d");
        }
        if (minutes % 1440 >= 60) {
            parts.add(minutes % 1440 / 60 + "h");
        }
        if (minutes % 60 > 0 || parts.isEmpty()) {
            parts.add(minutes % 60 + "m");
        }
        return String.join(" ", parts);
    }
}

package io.linchpin.server.schedule;

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
        long id = links.insert(projectId, predecessor, successor, draft.type() == null ? LinkType.FS : draft.type(),
                draft.lagMinutes() == null ? 0 : draft.lagMinutes());
        LinkView created = view(links.find(projectId, id).orElseThrow(), names);
        audit.record(projectId, "TaskLink", id, "CREATED", null, created);
        rescheduler.reschedule(projectId, null, successor, "link " + names.get(predecessor).label() + " → "
                + names.get(successor).label());
        return created;
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

    private static LinkView view(LinkRow r, Map<Long, TaskRef> names) {
        String lag = (r.lagMinutes() < 0 ? "-" : "") + WorkingDuration.format(Math.abs(r.lagMinutes()));
        return new LinkView(r.id(), r.projectId(), names.get(r.predecessorId()), names.get(r.successorId()), r.type(),
                r.lagMinutes(), lag, r.createdAt());
    }
}

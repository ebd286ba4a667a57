package io.linchpin.server.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.linchpin.server.schedule.LinkStore.LinkRow;

/**
 * Finds the cycle a new link would close: linking A before B loops exactly when B already leads,
 * through existing links, back to A. A breadth-first walk finds the shortest such path.
 */
final class DependencyCycles {

    private DependencyCycles() {
    }

    /**
     * The tasks on the cycle that {@code predecessor → successor} would close, starting and ending
     * with the predecessor; empty when the link is safe.
     */
    static List<Long> closedBy(List<LinkRow> links, long predecessor, long successor) {
        Map<Long, List<Long>> successors = new HashMap<>();
        for (LinkRow link : links) {
            successors.computeIfAbsent(link.predecessorId(), k -> new ArrayList<>()).add(link.successorId());
        }
        Map<Long, Long> reachedFrom = new HashMap<>();
        reachedFrom.put(successor, null);
        ArrayDeque<Long> queue = new ArrayDeque<>(List.of(successor));
        while (!queue.isEmpty()) {
            long at = queue.poll();
            if (at == predecessor) {
                List<Long> path = new ArrayList<>();
                for (Long step = at; step != null; step = reachedFrom.get(step)) {
                    path.add(step);
                }
                Collections.reverse(path);
                path.add(0, predecessor);
                return path;
            }
            for (long next : successors.getOrDefault(at, List.of())) {
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, at);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }
}

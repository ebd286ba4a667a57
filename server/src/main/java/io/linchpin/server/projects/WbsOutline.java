package io.linchpin.server.projects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outline of one project's tasks — who is whose parent, in which order — held in memory while
 * the WBS changes, then renumbered in one pass. {@link #renumber()} says what to write: only the
 * tasks whose parent, rank, outline number or kind moved, and, for whole sub-trees that only
 * shifted, one key rewrite each instead of a write per task.
 *
 * <p>The stored outline number is the {@code wbs_key}: six digits per level ("1.2.3" is
 * "000001000002000003"), which sorts in WBS order and gives the outline level by its length.
 */
final class WbsOutline {

    /** Deep enough for any WBS; keeps a key (plus the rewrite marker) within its column. */
    static final int MAX_DEPTH = 40;
    static final int MAX_SIBLINGS = 999_999;
    private static final int DIGITS = 6;
    private static final long ROOT = 0;

    /** A task's place as stored: parent (null at the top), 1-based rank among siblings, key, kind. */
    record Placement(long id, Long parentId, int position, String wbsKey, TaskKind kind) {
    }

    /** Every task whose key starts with {@code from} gets {@code to} in its place (a sub-tree that shifted). */
    record KeyRewrite(String from, String to) {
    }

    /**
     * What a renumbering changes. {@code changed} is every task whose placement differs; to store
     * them, write {@code inserted} in full (new tasks), the parent, rank and kind of {@code reranked},
     * and apply the key {@code rewrites} in order (deepest first, so that a sub-tree that moved on
     * its own is rewritten before the sub-tree that held it).
     */
    record Renumbering(List<Placement> changed, List<Placement> inserted, List<Placement> reranked,
            List<KeyRewrite> rewrites) {
    }

    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Map<Long, Long> parents = new HashMap<>();
    private final Map<Long, TaskKind> kinds = new HashMap<>();
    private final Map<Long, Placement> stored = new HashMap<>();

    /** The outline as stored; siblings are ordered by their stored rank. */
    static WbsOutline of(List<Placement> rows) {
        WbsOutline outline = new WbsOutline();
        List<Placement> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> a.position() != b.position() ? Integer.compare(a.position(), b.position())
                : Long.compare(a.id(), b.id()));
        for (Placement row : sorted) {
            outline.stored.put(row.id(), row);
            outline.kinds.put(row.id(), row.kind());
            long parent = row.parentId() == null ? ROOT : row.parentId();
            outline.parents.put(row.id(), parent);
            outline.children.computeIfAbsent(parent, p -> new ArrayList<>()).add(row.id());
        }
        return outline;
    }

    boolean contains(long id) {
        return parents.containsKey(id);
    }

    int size() {
        return parents.size();
    }

    /** The parent of a task, or null at the top level. */
    Long parentOf(long id) {
        long parent = parents.get(id);
        return parent == ROOT ? null : parent;
    }

    /** The children of a task (or of the top level for null), in order. */
    List<Long> childrenOf(Long id) {
        return List.copyOf(children.getOrDefault(id == null ? ROOT : id, List.of()));
    }

    /** How many children a task (or the top level, for null) has. */
    int childCount(Long id) {
        return children.getOrDefault(id == null ? ROOT : id, List.of()).size();
    }

    /** The 0-based index of the task among its siblings. */
    int indexOf(long id) {
        return children.get(parents.get(id)).indexOf(id);
    }

    /** How deep the task sits: 1 at the top level. */
    int depthOf(Long id) {
        int depth = 0;
        for (long at = id == null ? ROOT : id; at != ROOT; at = parents.get(at)) {
            depth++;
        }
        return depth;
    }

    /** How many levels the task and its sub-tasks span: 1 for a task without children. */
    int heightOf(long id) {
        int height = 0;
        for (long child : children.getOrDefault(id, List.of())) {
            height = Math.max(height, heightOf(child));
        }
        return height + 1;
    }

    /** Whether {@code candidate} is {@code ancestor} or one of its sub-tasks, at any depth. */
    boolean isWithin(long candidate, long ancestor) {
        for (long at = candidate; at != ROOT; at = parents.get(at)) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The task and all its sub-tasks, in WBS order. */
    List<Long> subtree(long id) {
        List<Long> ids = new ArrayList<>();
        collect(id, ids);
        return ids;
    }

    /** The kind a task has in the outline: a summary while it has children. */
    TaskKind kindOf(long id) {
        if (!children.getOrDefault(id, List.of()).isEmpty()) {
            return TaskKind.SUMMARY;
        }
        TaskKind kind = kinds.get(id);
        return kind == TaskKind.SUMMARY ? TaskKind.TASK : kind;
    }

    /** Places a new task at a 0-based index among the children of {@code parentId} (null: top level). */
    void add(long id, Long parentId, int index, TaskKind kind) {
        long parent = parentId == null ? ROOT : parentId;
        kinds.put(id, kind);
        parents.put(id, parent);
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(index, id);
    }

    /** Moves a task, with its sub-tasks, to a 0-based index among the children of {@code parentId}. */
    void move(long id, Long parentId, int index) {
        children.get(parents.get(id)).remove(Long.valueOf(id));
        long parent = parentId == null ? ROOT : parentId;
        parents.put(id, parent);
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(index, id);
    }

    /**
     * Outdents a task the way MS Project does: every row keeps its place in the list. The task
     * moves up one level, right after its parent, and the siblings that followed it become its
     * last children.
     */
    void outdent(long id) {
        long parent = parents.get(id);
        List<Long> siblings = children.get(parent);
        int index = siblings.indexOf(id);
        List<Long> following = new ArrayList<>(siblings.subList(index + 1, siblings.size()));
        siblings.subList(index, siblings.size()).clear();
        List<Long> own = children.computeIfAbsent(id, p -> new ArrayList<>());
        for (long sibling : following) {
            parents.put(sibling, id);
            own.add(sibling);
        }
        long grandparent = parents.get(parent);
        parents.put(id, grandparent);
        List<Long> uncles = children.get(grandparent);
        uncles.add(uncles.indexOf(parent) + 1, id);
    }

    /** Removes a task and its sub-tasks; returns their IDs in WBS order. */
    List<Long> remove(long id) {
        List<Long> removed = subtree(id);
        children.get(parents.get(id)).remove(Long.valueOf(id));
        for (long gone : removed) {
            parents.remove(gone);
            children.remove(gone);
            kinds.remove(gone);
        }
        return removed;
    }

    /** Renumbers the whole outline and returns the placements that differ from what is stored. */
    List<Placement> changes() {
        List<Placement> changed = new ArrayList<>();
        renumber(ROOT, "", changed);
        return changed;
    }

    /**
     * Renumbers the whole outline and says how to store it with few writes. A task whose parent or
     * rank changed roots a key rewrite of its whole sub-tree; its descendants whose own parent and
     * rank did not change ride along with it.
     */
    Renumbering renumber() {
        List<Placement> changed = changes();
        List<Placement> inserted = new ArrayList<>();
        List<Placement> reranked = new ArrayList<>();
        List<KeyRewrite> rewrites = new ArrayList<>();
        for (Placement now : changed) {
            Placement was = stored.get(now.id());
            if (was == null) {
                inserted.add(now);
                continue;
            }
            boolean placedAnew = !java.util.Objects.equals(was.parentId(), now.parentId())
                    || was.position() != now.position();
            if (placedAnew || was.kind() != now.kind()) {
                reranked.add(now);
            }
            if (placedAnew && !was.wbsKey().equals(now.wbsKey())) {
                rewrites.add(new KeyRewrite(was.wbsKey(), now.wbsKey()));
            }
        }
        rewrites.sort((a, b) -> Integer.compare(b.from().length(), a.from().length()));
        return new Renumbering(changed, inserted, reranked, rewrites);
    }

    /** The outline number people read ("1.2.3") from a stored key. */
    static String outlineNumber(String wbsKey) {
        StringBuilder number = new StringBuilder();
        for (int at = 0; at + DIGITS <= wbsKey.length(); at += DIGITS) {
            if (at > 0) {
                number.append('.');
            }
            number.append(Integer.parseInt(wbsKey, at, at + DIGITS, 10));
        }
        return number.toString();
    }

    /** The stored key of an outline number such as "1.2.3"; empty when the text is not one. */
    static Optional<String> wbsKey(String outlineNumber) {
        String text = outlineNumber == null ? "" : outlineNumber.strip();
        if (!text.matches("[1-9][0-9]{0,5}(\\.[1-9][0-9]{0,5}){0," + (MAX_DEPTH - 1) + "}")) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        for (String rank : text.split("\\.")) {
            key.append(rank(Integer.parseInt(rank)));
        }
        return Optional.of(key.toString());
    }

    static int outlineLevel(String wbsKey) {
        return wbsKey.length() / DIGITS;
    }

    private void renumber(long parent, String parentKey, List<Placement> changed) {
        List<Long> siblings = children.getOrDefault(parent, List.of());
        for (int i = 0; i < siblings.size(); i++) {
            long id = siblings.get(i);
            String key = parentKey + rank(i + 1);
            Placement now = new Placement(id, parent == ROOT ? null : parent, i + 1, key, kindOf(id));
            if (!now.equals(stored.get(id))) {
                changed.add(now);
            }
            renumber(id, key, changed);
        }
    }

    private static String rank(int position) {
        String digits = Integer.toString(position);
        return "0".repeat(DIGITS - digits.length()) + digits;
    }

    private void collect(long id, List<Long> into) {
        into.add(id);
        for (long child : children.getOrDefault(id, List.of())) {
            collect(child, into);
        }
    }
}

package io.linchpin.server.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.linchpin.server.projects.WbsOutline.Placement;

class WbsOutlineTest {

    @Test
    void outlineNumbersFollowTheTree() {
        Map<Long, Placement> stored = new HashMap<>();
        WbsOutline outline = WbsOutline.of(List.of());
        outline.add(1, null, 0, TaskKind.TASK);
        outline.add(2, 1L, 0, TaskKind.TASK);
        outline.add(3, 1L, 1, TaskKind.MILESTONE);
        outline.add(4, null, 1, TaskKind.TASK);
        apply(stored, outline.changes());

        assertThat(numbers(stored)).containsExactly(entry(1, "1"), entry(2, "1.1"), entry(3, "1.2"), entry(4, "2"));
        assertThat(stored.get(1L).kind()).isEqualTo(TaskKind.SUMMARY);
        assertThat(stored.get(3L).kind()).isEqualTo(TaskKind.MILESTONE);
        assertThat(stored.get(2L).wbsKey()).isEqualTo("000001000001");
    }

    @Test
    void aChangeNearTheEndWritesOnlyTheRowsThatMoved() {
        Map<Long, Placement> stored = new HashMap<>();
        WbsOutline outline = WbsOutline.of(List.of());
        for (long id = 1; id <= 1000; id++) {
            outline.add(id, null, (int) id - 1, TaskKind.TASK);
        }
        apply(stored, outline.changes());

        WbsOutline reloaded = WbsOutline.of(new ArrayList<>(stored.values()));
        reloaded.move(999, null, 999);
        assertThat(reloaded.changes()).extracting(Placement::id).containsExactlyInAnyOrder(999L, 1000L);
    }

    @Test
    void aSubTreeThatShiftsIsOneKeyRewriteNotAWritePerTask() {
        Map<Long, Placement> stored = new HashMap<>();
        WbsOutline outline = WbsOutline.of(List.of());
        outline.add(1, null, 0, TaskKind.TASK);
        for (long child = 2; child <= 501; child++) {
            outline.add(child, 1L, (int) child - 2, TaskKind.TASK);
        }
        apply(stored, outline.changes());

        WbsOutline reloaded = WbsOutline.of(new ArrayList<>(stored.values()));
        reloaded.add(1000, null, 0, TaskKind.MILESTONE);
        WbsOutline.Renumbering renumbering = reloaded.renumber();
        assertThat(renumbering.changed()).hasSize(502);
        assertThat(renumbering.inserted()).extracting(Placement::id).containsExactly(1000L);
        assertThat(renumbering.reranked()).extracting(Placement::id).containsExactly(1L);
        assertThat(renumbering.rewrites()).containsExactly(new WbsOutline.KeyRewrite("000001", "000002"));
    }

    @Test
    void outlineNumbersReadBackAsKeys() {
        assertThat(WbsOutline.wbsKey("1.20.3")).contains("000001000020000003");
        assertThat(WbsOutline.outlineNumber("000001000020000003")).isEqualTo("1.20.3");
        assertThat(WbsOutline.wbsKey("1..2")).isEmpty();
        assertThat(WbsOutline.wbsKey("0.1")).isEmpty();
        assertThat(WbsOutline.wbsKey("<b>")).isEmpty();
    }

    @Test
    void outdentKeepsEveryRowInPlaceAndAdoptsTheFollowingSiblings() {
        Map<Long, Placement> stored = new HashMap<>();
        WbsOutline outline = WbsOutline.of(List.of());
        outline.add(1, null, 0, TaskKind.TASK);
        outline.add(2, 1L, 0, TaskKind.TASK);
        outline.add(3, 1L, 1, TaskKind.TASK);
        outline.add(4, 1L, 2, TaskKind.TASK);
        outline.add(5, null, 1, TaskKind.TASK);
        apply(stored, outline.changes());

        WbsOutline reloaded = WbsOutline.of(new ArrayList<>(stored.values()));
        reloaded.outdent(3);
        apply(stored, reloaded.changes());

        assertThat(numbers(stored)).containsExactly(entry(1, "1"), entry(2, "1.1"), entry(3, "2"), entry(4, "2.1"),
                entry(5, "3"));
        assertThat(stored.get(3L).kind()).isEqualTo(TaskKind.SUMMARY);
    }

    @Test
    void aSummaryThatLosesItsLastChildIsATaskAgain() {
        Map<Long, Placement> stored = new HashMap<>();
        WbsOutline outline = WbsOutline.of(List.of());
        outline.add(1, null, 0, TaskKind.TASK);
        outline.add(2, 1L, 0, TaskKind.TASK);
        apply(stored, outline.changes());
        assertThat(stored.get(1L).kind()).isEqualTo(TaskKind.SUMMARY);

        WbsOutline reloaded = WbsOutline.of(new ArrayList<>(stored.values()));
        assertThat(reloaded.remove(1)).containsExactly(1L, 2L);
        assertThat(reloaded.size()).isZero();

        WbsOutline again = WbsOutline.of(new ArrayList<>(stored.values()));
        again.move(2, null, 1);
        apply(stored, again.changes());
        assertThat(stored.get(1L).kind()).isEqualTo(TaskKind.TASK);
        assertThat(numbers(stored)).containsExactly(entry(1, "1"), entry(2, "2"));
    }

    /**
     * Whatever sequence of additions, moves, outdents and removals, the stored outline stays
     * consistent: ranks are 1..n under each parent, keys sort in depth-first order and extend
     * their parent's key, summaries are exactly the tasks with children, and renumbering a reloaded
     * outline changes nothing. Each seed is one random script of 20 changes; a failure names its seed.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anySequenceOfChangesKeepsTheOutlineConsistent(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> script = random.ints(60, 0, 1000).boxed().toList();
        Map<Long, Placement> stored = new HashMap<>();
        long nextId = 1;
        for (int step = 0; step + 2 < script.size(); step += 3) {
            WbsOutline outline = WbsOutline.of(new ArrayList<>(stored.values()));
            List<Long> ids = new ArrayList<>(stored.keySet());
            ids.sort(Long::compare);
            int op = script.get(step) % 4;
            int a = script.get(step + 1);
            int b = script.get(step + 2);
            Long target = ids.isEmpty() ? null : ids.get(a % ids.size());
            Long parent = ids.isEmpty() || b % 3 == 0 ? null : ids.get(b % ids.size());
            if (op == 0 || target == null) {
                if (parent == null || outline.kindOf(parent) != TaskKind.MILESTONE) {
                    outline.add(nextId++, parent, outline.childCount(parent) == 0 ? 0 : b % (outline.childCount(parent) + 1),
                            a % 5 == 0 ? TaskKind.MILESTONE : TaskKind.TASK);
                }
            } else if (op == 1) {
                boolean allowed = parent == null || !outline.isWithin(parent, target)
                        && outline.kindOf(parent) != TaskKind.MILESTONE;
                if (allowed) {
                    int siblings = outline.childCount(parent) - (java.util.Objects.equals(outline.parentOf(target), parent) ? 1 : 0);
                    outline.move(target, parent, b % (siblings + 1));
                }
            } else if (op == 2) {
                if (outline.parentOf(target) != null && outline.kindOf(target) != TaskKind.MILESTONE) {
                    outline.outdent(target);
                }
            } else {
                outline.remove(target).forEach(stored::remove);
            }
            WbsOutline.Renumbering renumbering = outline.renumber();
            Map<Long, Placement> asSql = new HashMap<>(stored);
            storeTheWayTheDatabaseDoes(asSql, renumbering);
            apply(stored, renumbering.changed());
            assertThat(asSql).as("seed %d, step %d", seed, step).isEqualTo(stored);
            assertConsistent(stored);
        }
    }

    /** What TaskStore.place does in SQL: rows in full or in part, then marked prefix rewrites, deepest first. */
    private static void storeTheWayTheDatabaseDoes(Map<Long, Placement> rows, WbsOutline.Renumbering renumbering) {
        Map<Long, String> keys = new HashMap<>();
        rows.forEach((id, row) -> keys.put(id, row.wbsKey()));
        for (WbsOutline.KeyRewrite rewrite : renumbering.rewrites()) {
            keys.replaceAll((id, key) -> !key.startsWith("x") && !key.isEmpty() && key.startsWith(rewrite.from())
                    ? "x" + rewrite.to() + key.substring(rewrite.from().length()) : key);
        }
        keys.replaceAll((id, key) -> key.startsWith("x") ? key.substring(1) : key);
        renumbering.inserted().forEach(p -> keys.put(p.id(), p.wbsKey()));
        renumbering.inserted().forEach(p -> rows.put(p.id(), p));
        renumbering.reranked().forEach(p -> rows.put(p.id(), p));
        rows.replaceAll((id, row) -> new Placement(id, row.parentId(), row.position(), keys.get(id), row.kind()));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    private static void assertConsistent(Map<Long, Placement> stored) {
        Map<Long, List<Placement>> byParent = new HashMap<>();
        stored.values().forEach(p -> byParent.computeIfAbsent(p.parentId() == null ? 0L : p.parentId(),
                k -> new ArrayList<>()).add(p));
        byParent.forEach((parent, children) -> {
            assertThat(children.stream().map(Placement::position).sorted().toList())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, children.size()).boxed().toList());
            if (parent != 0) {
                Placement up = stored.get(parent);
                assertThat(up.kind()).isEqualTo(TaskKind.SUMMARY);
                children.forEach(c -> assertThat(c.wbsKey()).startsWith(up.wbsKey())
                        .hasSize(up.wbsKey().length() + 6));
            }
        });
        stored.values().stream().filter(p -> !byParent.containsKey(p.id()))
                .forEach(leaf -> assertThat(leaf.kind()).isNotEqualTo(TaskKind.SUMMARY));
        List<String> keys = stored.values().stream().map(Placement::wbsKey).sorted().toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(WbsOutline.of(new ArrayList<>(stored.values())).changes()).isEmpty();
    }

    private static void apply(Map<Long, Placement> stored, List<Placement> changes) {
        changes.forEach(p -> stored.put(p.id(), p));
    }

    private static List<Map.Entry<Long, String>> numbers(Map<Long, Placement> stored) {
        return stored.values().stream().sorted(java.util.Comparator.comparing(Placement::wbsKey))
                .map(p -> Map.entry(p.id(), WbsOutline.outlineNumber(p.wbsKey()))).toList();
    }

    private static Map.Entry<Long, String> entry(long id, String number) {
        return Map.entry(id, number);
    }
}

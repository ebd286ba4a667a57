package io.linchpin.engine.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The work breakdown of a plan: which tasks each summary holds. Tasks are numbered as in
 * {@link Plan#tasks()}. Immutable.
 */
public final class Outline {

    private final int[][] children;

    private Outline(int[][] children) {
        this.children = children;
    }

    public static Outline of(Plan plan) {
        int n = plan.tasks().size();
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            String parent = plan.tasks().get(i).parent();
            if (parent != null) {
                lists.get(plan.indexOf(parent)).add(i);
            }
        }
        int[][] children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return new Outline(children);
    }

    /** Whether task {@code i} is a summary: some task names it as its parent. */
    public boolean isSummary(int i) {
        return children[i].length > 0;
    }

    /** The tasks without children at or under task {@code i}, in plan order: {@code i} itself for a task that is no summary. */
    public List<Integer> leaves(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out);
        return out;
    }

    private void collect(int i, List<Integer> out) {
        if (children[i].length == 0) {
            out.add(i);
        }
        for (int c : children[i]) {
            collect(c, out);
        }
    }
}

package io.linchpin.engine.schedule;

/**
 * Marks on tasks, all forgotten in constant time: a mark counts only in the round it was made.
 * What a search that must not allocate (a Monte Carlo iteration's longest path) or a re-run's
 * record of the tasks it visited needs to list each task once.
 */
final class TaskMarks {

    private final int[] round;
    private int current;

    TaskMarks(int tasks) {
        round = new int[tasks];
    }

    /** Forgets every mark. */
    void clear() {
        if (current == Integer.MAX_VALUE) {
            java.util.Arrays.fill(round, 0);
            current = 0;
        }
        current++;
    }

    /** Marks task {@code i}; false when it was marked already. */
    boolean mark(int i) {
        if (round[i] == current) {
            return false;
        }
        round[i] = current;
        return true;
    }
}

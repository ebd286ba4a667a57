package io.linchpin.engine.forecast;

import java.util.Arrays;

/**
 * Equal-length columns of ints (a task's duration or a milestone's finish in every iteration)
 * packed side by side into a few large arrays. A simulation keeps hundreds of megabytes of them
 * until it ends: as thousands of separate arrays they would be copied from one young generation
 * to the next by every collection on the way; an array this large is allocated straight into the
 * old generation and never copied.
 */
final class Columns {

    /** Ints per array at most (64 MB). */
    private static final int SLAB = 1 << 24;

    private final int count;
    private final int length;
    private final int perSlab;
    private final int[][] slabs;

    Columns(int count, int length) {
        this.count = count;
        this.length = length;
        this.perSlab = Math.max(1, SLAB / Math.max(1, length));
        this.slabs = new int[(count + perSlab - 1) / perSlab][];
        for (int s = 0; s < slabs.length; s++) {
            slabs[s] = new int[Math.min(perSlab, count - s * perSlab) * length];
        }
    }

    /** The array holding {@code column}, which starts there at {@link #offset}. */
    int[] array(int column) {
        return slabs[column / perSlab];
    }

    int offset(int column) {
        return (column % perSlab) * length;
    }

    /**
     * Writes {@code rows} rows from {@code firstRow} on: {@code tile[r * count + c]} is row
     * {@code firstRow + r} of column {@code c}, for every column. Gathering a few rows (iterations)
     * before writing them touches each column's cache line once rather than once per row.
     */
    void setRows(int[] tile, int rows, int firstRow) {
        int count = columns();
        for (int c = 0; c < count; c++) {
            int[] array = array(c);
            int at = offset(c) + firstRow;
            for (int r = 0; r < rows; r++) {
                array[at + r] = tile[r * count + c];
            }
        }
    }

    int columns() {
        return count;
    }

    int[] copy(int column) {
        int from = offset(column);
        return Arrays.copyOfRange(array(column), from, from + length);
    }
}

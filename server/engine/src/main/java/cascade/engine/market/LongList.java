package cascade.engine.market;

import java.util.Arrays;

/** A small growable list of longs (an account's open order ids). Not thread-safe; order = insertion order. */
final class LongList {
    private long[] values = new long[4];
    private int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    boolean remove(long v) {
        for (int i = 0; i < size; i++) {
            if (values[i] == v) {
                System.arraycopy(values, i + 1, values, i, size - i - 1);
                size--;
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    long get(int i) {
        return values[i];
    }

    /** A sorted copy (ascending), so callers iterate in an order independent of history. */
    long[] sortedCopy() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }

    void clear() {
        size = 0;
    }
}

package cascade.engine.book;

/**
 * Order id → order handle, open addressing with linear probing and backward-shift deletion (no tombstones, so
 * probe chains never degrade under the add/cancel churn of a live book). Keys and values are interleaved in
 * one {@code long[]} so a hit touches one cache line. Key 0 marks an empty cell; id 0 itself is kept aside.
 * Grows by doubling at half load; never shrinks, so a steady-state book allocates nothing here.
 */
final class OrderIndex {
    static final int NONE = -1;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long[] table;   // [2*i] = key, [2*i + 1] = value
    private int mask;       // cells - 1
    private int shift;      // 64 - log2(cells)
    private int size;
    private boolean hasZeroKey;
    private int zeroKeyValue;

    OrderIndex(int expected) {
        int cells = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
        allocate(cells);
    }

    private void allocate(int cells) {
        table = new long[cells * 2];
        mask = cells - 1;
        shift = 64 - Integer.numberOfTrailingZeros(cells);
    }

    private int home(long key) {
        return (int) ((key * GOLDEN) >>> shift);
    }

    int size() {
        return size + (hasZeroKey ? 1 : 0);
    }

    /** The handle for key, or {@link #NONE}. */
    int get(long key) {
        if (key == 0) {
            return hasZeroKey ? zeroKeyValue : NONE;
        }
        final long[] t = table;
        int i = home(key);
        while (true) {
            long k = t[i << 1];
            if (k == key) {
                return (int) t[(i << 1) + 1];
            }
            if (k == 0) {
                return NONE;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds key → value; the caller guarantees the key is absent. */
    void put(long key, int value) {
        if (key == 0) {
            hasZeroKey = true;
            zeroKeyValue = value;
            return;
        }
        if (size >= (mask + 1) >> 1) {
            rehash();
        }
        insert(table, key, value);
        size++;
    }

    private void insert(long[] t, long key, int value) {
        int i = home(key);
        while (t[i << 1] != 0) {
            i = (i + 1) & mask;
        }
        t[i << 1] = key;
        t[(i << 1) + 1] = value;
    }

    private void rehash() {
        long[] old = table;
        allocate((mask + 1) * 2);
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] != 0) {
                insert(table, old[j], (int) old[j + 1]);
            }
        }
    }

    /** Removes key if present. */
    void remove(long key) {
        if (key == 0) {
            hasZeroKey = false;
            return;
        }
        final long[] t = table;
        int i = home(key);
        while (true) {
            long k = t[i << 1];
            if (k == key) {
                break;
            }
            if (k == 0) {
                return;
            }
            i = (i + 1) & mask;
        }
        size--;
        // Backward shift: pull later entries of the probe run into the hole unless their home lies in (hole, j].
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            long k = t[j << 1];
            if (k == 0) {
                break;
            }
            int h = home(k);
            boolean stays = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j);
            if (!stays) {
                t[hole << 1] = k;
                t[(hole << 1) + 1] = t[(j << 1) + 1];
                hole = j;
            }
        }
        t[hole << 1] = 0;
    }

    void clear() {
        java.util.Arrays.fill(table, 0L);
        size = 0;
        hasZeroKey = false;
    }
}

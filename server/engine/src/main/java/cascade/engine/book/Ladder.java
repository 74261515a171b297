package cascade.engine.book;

import java.util.Arrays;

/**
 * One side of the book: its price levels sorted by key with the BEST level at the END, plus a pool of level
 * records. Key = price for bids and −price for asks, so on both sides "better" means a larger key and the
 * best level is {@code keys[size − 1]}. Matching and most new orders work near the best price, where inserts
 * and removals only shift a few array cells. Memory is proportional to the number of levels, never to the
 * price range.
 *
 * <p>Level records live interleaved in {@link #lv}: a level handle is the index of its first field.
 */
final class Ladder {
    static final int HEAD = 0;    // order handle of the oldest order, or -1
    static final int TAIL = 1;    // order handle of the newest order, or -1
    static final int TOTAL = 2;   // resting lots on the level
    static final int PRICE = 3;   // price in ticks
    static final int STRIDE = 4;

    final boolean isBid;
    long[] keys;          // sorted ascending, [0, size)
    int[] levels;         // level handle per key
    int size;
    long[] lv;            // level records
    private int freeLevel = -1;   // free list threaded through HEAD
    private int usedLevels;       // high-water mark of records ever handed out, in longs

    Ladder(boolean isBid, int expectedLevels) {
        this.isBid = isBid;
        int n = Math.max(16, expectedLevels);
        keys = new long[n];
        levels = new int[n];
        lv = new long[n * STRIDE];
    }

    long key(long priceTicks) {
        return isBid ? priceTicks : -priceTicks;
    }

    /** Index of key in keys, or −(insertion point) − 1. Searches from the best end, where most keys land. */
    int indexOf(long key) {
        final long[] k = keys;
        int hi = size - 1;
        // Probe the few levels nearest the top linearly: most orders are placed within a few levels of the best.
        int stop = Math.max(0, hi - 7);
        while (hi >= stop) {
            long v = k[hi];
            if (v == key) {
                return hi;
            }
            if (v < key) {
                return -(hi + 1) - 1;
            }
            hi--;
        }
        int lo = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = k[mid];
            if (v < key) {
                lo = mid + 1;
            } else if (v > key) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -lo - 1;
    }

    /** Handle of the level at priceTicks, creating an empty one if absent. */
    int levelFor(long priceTicks) {
        long key = key(priceTicks);
        int idx = indexOf(key);
        if (idx >= 0) {
            return levels[idx];
        }
        int at = -idx - 1;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            levels = Arrays.copyOf(levels, size * 2);
        }
        int move = size - at;
        if (move > 0) {
            System.arraycopy(keys, at, keys, at + 1, move);
            System.arraycopy(levels, at, levels, at + 1, move);
        }
        int l = allocLevel();
        keys[at] = key;
        levels[at] = l;
        size++;
        long[] r = lv;
        r[l + HEAD] = -1;
        r[l + TAIL] = -1;
        r[l + TOTAL] = 0;
        r[l + PRICE] = priceTicks;
        return l;
    }

    private int allocLevel() {
        int l = freeLevel;
        if (l >= 0) {
            freeLevel = (int) lv[l + HEAD];
            return l;
        }
        if (usedLevels == lv.length) {
            lv = Arrays.copyOf(lv, lv.length * 2);
        }
        l = usedLevels;
        usedLevels += STRIDE;
        return l;
    }

    private void freeLevel(int l) {
        lv[l + HEAD] = freeLevel;
        freeLevel = l;
    }

    /** Removes the (empty) level at priceTicks. */
    void removeLevel(long priceTicks) {
        int idx = indexOf(key(priceTicks));
        int l = levels[idx];
        int move = size - idx - 1;
        if (move > 0) {
            System.arraycopy(keys, idx + 1, keys, idx, move);
            System.arraycopy(levels, idx + 1, levels, idx, move);
        }
        size--;
        freeLevel(l);
    }

    /** Removes the (empty) best level. */
    void removeBest() {
        size--;
        freeLevel(levels[size]);
    }

    /** Best price in ticks, or 0 if the side is empty. */
    long bestPrice() {
        return size == 0 ? 0 : lv[levels[size - 1] + PRICE];
    }

    /** Level handle at rank r from the best (0 = best). */
    int levelAtRank(int r) {
        return levels[size - 1 - r];
    }

    /**
     * Does an aggressor reach the best level? threshold is the aggressor's limit in THIS side's key space:
     * −limit for a buy against asks, +limit for a sell against bids; levels with key ≥ threshold cross.
     */
    boolean reaches(long threshold) {
        return size > 0 && keys[size - 1] >= threshold;
    }

    /** Lots an aggressor of owner could take (up to needLots) from levels with key ≥ threshold; own orders
     *  don't count, because self-trade prevention cancels them instead of filling. */
    long fillableLots(long[] mem, long owner, long threshold, long needLots) {
        long sum = 0;
        for (int i = size - 1; i >= 0 && keys[i] >= threshold && sum < needLots; i--) {
            for (int o = (int) lv[levels[i] + HEAD]; o != OrderRecord.NIL && sum < needLots;
                 o = (int) mem[o + OrderRecord.NEXT]) {
                if (mem[o + OrderRecord.OWNER] != owner) {
                    sum += mem[o + OrderRecord.REM];
                }
            }
        }
        return sum;
    }

    int topLevels(int n, long[] pricesOut, long[] qtyOut) {
        int count = Math.max(0, Math.min(Math.min(n, size), Math.min(pricesOut.length, qtyOut.length)));
        for (int r = 0; r < count; r++) {
            int l = levelAtRank(r);
            pricesOut[r] = lv[l + PRICE];
            qtyOut[r] = lv[l + TOTAL];
        }
        return count;
    }

    long depthLots(long limitPriceTicks) {
        long threshold = key(limitPriceTicks);
        long sum = 0;
        for (int i = size - 1; i >= 0 && keys[i] >= threshold; i--) {
            sum += lv[levels[i] + TOTAL];
        }
        return sum;
    }

    void forEachLevel(LevelVisitor v) {
        for (int r = 0; r < size; r++) {
            int l = levelAtRank(r);
            if (!v.visit(lv[l + PRICE], lv[l + TOTAL])) {
                return;
            }
        }
    }

    /** Walks the orders in priority order; mem holds the order records (see {@link OrderRecord}). */
    void forEachOrder(long[] mem, OrderVisitor v) {
        for (int r = 0; r < size; r++) {
            for (int o = (int) lv[levelAtRank(r) + HEAD]; o != OrderRecord.NIL; o = (int) mem[o + OrderRecord.NEXT]) {
                v.visit(mem[o + OrderRecord.ID], mem[o + OrderRecord.OWNER], mem[o + OrderRecord.PRICE],
                        mem[o + OrderRecord.REM]);
            }
        }
    }

    /** Continues the FNV-1a fingerprint h over id, price, remaining of every order in priority order. */
    long fingerprint(long h, long[] mem) {
        for (int r = 0; r < size; r++) {
            for (int o = (int) lv[levelAtRank(r) + HEAD]; o != OrderRecord.NIL; o = (int) mem[o + OrderRecord.NEXT]) {
                h = (h ^ mem[o + OrderRecord.ID]) * 0x100000001b3L;
                h = (h ^ mem[o + OrderRecord.PRICE]) * 0x100000001b3L;
                h = (h ^ mem[o + OrderRecord.REM]) * 0x100000001b3L;
            }
        }
        return h;
    }

    void clear() {
        size = 0;
        freeLevel = -1;
        usedLevels = 0;
    }
}

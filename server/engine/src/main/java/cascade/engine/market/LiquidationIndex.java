package cascade.engine.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The margin service's sorted index (ARCHITECTURE.md "The margin service"): every open position keyed by
 * its exact liquidation tick, one indexed binary heap per side. Longs are liquidated when mark ≤ their tick
 * (max-heap: the highest tick is at the root); shorts when mark ≥ their tick (min-heap). A mark move finds
 * the k crossed accounts by walking only the part of the heap that satisfies the test: O(k), and O(1) when
 * nothing crossed; an update is O(log n). Never scans all accounts.
 */
final class LiquidationIndex {
    private final Heap longs = new Heap(true);
    private final Heap shorts = new Heap(false);

    /** Re-files the account after its position, collateral or rules changed ({@code a.liquidationTicks} set). */
    void update(Account a) {
        Heap target = a.positionLots > 0 && a.liquidationTicks > 0 ? longs
                : a.positionLots < 0 && a.liquidationTicks > 0 ? shorts : null;
        Heap current = a.heapSlot < 0 ? null : (longs.contains(a) ? longs : shorts);
        if (current != null && current != target) {
            current.remove(a);
        }
        if (target != null) {
            if (current == target) {
                target.reposition(a);
            } else {
                target.insert(a);
            }
        }
    }

    void remove(Account a) {
        if (a.heapSlot >= 0) {
            (longs.contains(a) ? longs : shorts).remove(a);
        }
    }

    /** Adds to {@code out} every account whose liquidation tick is crossed by {@code markTicks}. */
    void collectTriggered(long markTicks, List<Account> out) {
        longs.collect(0, markTicks, out);
        shorts.collect(0, markTicks, out);
    }

    boolean anyTriggered(long markTicks) {
        return longs.triggers(0, markTicks) || shorts.triggers(0, markTicks);
    }

    int size() {
        return longs.size + shorts.size;
    }

    /** Indexed binary heap of accounts by liquidation tick; ties by account id so the layout is deterministic. */
    private static final class Heap {
        private final boolean max;
        private Account[] items = new Account[16];
        private int size;

        Heap(boolean max) {
            this.max = max;
        }

        boolean contains(Account a) {
            return a.heapSlot >= 0 && a.heapSlot < size && items[a.heapSlot] == a;
        }

        boolean triggers(int slot, long mark) {
            if (slot >= size) {
                return false;
            }
            long t = items[slot].liquidationTicks;
            return max ? mark <= t : mark >= t;
        }

        void collect(int slot, long mark, List<Account> out) {
            if (!triggers(slot, mark)) {
                return; // heap order: no descendant can trigger either
            }
            out.add(items[slot]);
            collect(2 * slot + 1, mark, out);
            collect(2 * slot + 2, mark, out);
        }

        /** True when x must sit above y. */
        private boolean above(Account x, Account y) {
            if (x.liquidationTicks != y.liquidationTicks) {
                return max ? x.liquidationTicks > y.liquidationTicks : x.liquidationTicks < y.liquidationTicks;
            }
            return x.id < y.id;
        }

        void insert(Account a) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size] = a;
            a.heapSlot = size++;
            up(a.heapSlot);
        }

        void remove(Account a) {
            int slot = a.heapSlot;
            Account last = items[--size];
            items[size] = null;
            a.heapSlot = -1;
            if (slot != size) {
                items[slot] = last;
                last.heapSlot = slot;
                reposition(last);
            }
        }

        void reposition(Account a) {
            up(a.heapSlot);
            down(a.heapSlot);
        }

        private void up(int slot) {
            Account a = items[slot];
            while (slot > 0) {
                int parent = (slot - 1) >>> 1;
                if (!above(a, items[parent])) {
                    break;
                }
                items[slot] = items[parent];
                items[slot].heapSlot = slot;
                slot = parent;
            }
            items[slot] = a;
            a.heapSlot = slot;
        }

        private void down(int slot) {
            Account a = items[slot];
            while (true) {
                int child = 2 * slot + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && above(items[child + 1], items[child])) {
                    child++;
                }
                if (!above(items[child], a)) {
                    break;
                }
                items[slot] = items[child];
                items[slot].heapSlot = slot;
                slot = child;
            }
            items[slot] = a;
            a.heapSlot = slot;
        }
    }

    /** For tests: every indexed account, longs then shorts (heap order). */
    List<Account> all() {
        List<Account> out = new ArrayList<>(size());
        out.addAll(Arrays.asList(longs.items).subList(0, longs.size));
        out.addAll(Arrays.asList(shorts.items).subList(0, shorts.size));
        return out;
    }
}

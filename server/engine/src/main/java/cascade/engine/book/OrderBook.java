package cascade.engine.book;

import java.util.Arrays;

/**
 * Single-instrument limit order book: price-time priority, integer prices (ticks) and quantities (lots), fills
 * at the resting order's price, self-trade prevention "expire maker".
 *
 * <p>Layout (no per-command allocation in steady state): resting orders are records interleaved in one
 * {@code long[]} ({@link #mem}, 8 longs = one cache line each, addressed by a handle = index of the first
 * field), doubly linked per level in time order; each side is a {@link Ladder} (levels sorted, best at the end);
 * ids map to handles through an {@link OrderIndex}. Arrays grow by doubling and never shrink.
 *
 * <p>Single-threaded. Listener callbacks run synchronously inside the command (see {@link BookListener}).
 */
public final class OrderBook {
    public static final int OK = 0;
    public static final int DUPLICATE_ORDER_ID = 1;
    public static final int UNKNOWN_ORDER = 2;
    public static final int INVALID = 3;
    public static final int FOK_NOT_FILLABLE = 4;
    public static final int POST_ONLY_WOULD_CROSS = 5;

    private static final int ID = OrderRecord.ID, OWNER = OrderRecord.OWNER, PRICE = OrderRecord.PRICE,
            REM = OrderRecord.REM, NEXT = OrderRecord.NEXT, PREV = OrderRecord.PREV, LEVEL = OrderRecord.LEVEL,
            BUY = OrderRecord.BUY, STRIDE = OrderRecord.STRIDE, NIL = OrderRecord.NIL;

    private final BookListener listener;
    private final Ladder bids;
    private final Ladder asks;
    private final OrderIndex index;
    private long[] mem;
    private int freeOrder = NIL;   // free list threaded through NEXT
    private int usedOrders;        // high-water mark, in longs
    private int orderCount;
    private long lastFilled;
    private long lastRested;

    public OrderBook(BookListener listener) {
        this(4096, listener);
    }

    public OrderBook(int expectedOrders, BookListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener is required (use BookListener.NONE)");
        }
        int n = Math.max(16, expectedOrders);
        this.listener = listener;
        this.mem = new long[n * STRIDE];
        this.index = new OrderIndex(n);
        this.bids = new Ladder(true, 256);
        this.asks = new Ladder(false, 256);
    }

    // ------------------------------------------------------------------ commands

    /** Places a limit order; see the class contract and {@link TimeInForce}. Sets lastFilledLots/lastRestedLots. */
    public int place(long orderId, long owner, boolean isBuy, long priceTicks, long qtyLots, TimeInForce tif) {
        lastFilled = 0;
        lastRested = 0;
        if (qtyLots <= 0 || priceTicks <= 0 || tif == null) {
            return INVALID;
        }
        if (index.get(orderId) != NIL) {
            return DUPLICATE_ORDER_ID;
        }
        if (tif == TimeInForce.POST_ONLY && (isBuy ? asks : bids).reaches(isBuy ? -priceTicks : priceTicks)) {
            return POST_ONLY_WOULD_CROSS;
        }
        if (tif == TimeInForce.FOK && (isBuy ? asks : bids)
                .fillableLots(mem, owner, isBuy ? -priceTicks : priceTicks, qtyLots) < qtyLots) {
            return FOK_NOT_FILLABLE;
        }
        long left = match(orderId, owner, isBuy, priceTicks, qtyLots);
        lastFilled = qtyLots - left;
        if (left > 0 && (tif == TimeInForce.GTC || tif == TimeInForce.POST_ONLY)) {
            int o = allocOrder();
            long[] m = mem;
            m[o + ID] = orderId;
            m[o + OWNER] = owner;
            m[o + BUY] = isBuy ? 1 : 0;
            index.put(orderId, o);
            orderCount++;
            rest(o, priceTicks, left);
        }
        return OK;
    }

    public long lastFilledLots() {
        return lastFilled;
    }

    public long lastRestedLots() {
        return lastRested;
    }

    /** Cancels the whole remaining quantity; returns the lots cancelled, or −1 if the order is not live. */
    public long cancel(long orderId) {
        int o = index.get(orderId);
        if (o == NIL) {
            return -1;
        }
        long rem = mem[o + REM];
        unlink(o);
        index.remove(orderId);
        freeOrder(o);
        return rem;
    }

    /**
     * Same price and newQty ≤ remaining: reduce in place, keeps time priority (newQty is the new remaining).
     * Otherwise the order is taken out and re-entered with the same id as a GTC aggressor (may match, rests at
     * the back). Sets lastFilledLots/lastRestedLots.
     */
    public int amend(long orderId, long newPriceTicks, long newQtyLots) {
        lastFilled = 0;
        lastRested = 0;
        int o = index.get(orderId);
        if (o == NIL) {
            return UNKNOWN_ORDER;
        }
        if (newPriceTicks <= 0 || newQtyLots <= 0) {
            return INVALID;
        }
        long[] m = mem;
        long rem = m[o + REM];
        if (newPriceTicks == m[o + PRICE] && newQtyLots <= rem) {
            if (newQtyLots < rem) {
                m[o + REM] = newQtyLots;
                Ladder side = m[o + BUY] != 0 ? bids : asks;
                int l = (int) m[o + LEVEL];
                long total = side.lv[l + Ladder.TOTAL] -= rem - newQtyLots;
                listener.onLevelChange(side.isBid, newPriceTicks, total);
            }
            lastRested = newQtyLots;
            return OK;
        }
        unlink(o);
        reenter(o, newPriceTicks, newQtyLots);
        return OK;
    }

    /** exchange-core MOVE: take out, keep the remaining qty, new price, match as aggressor, rest at the back. */
    public int move(long orderId, long newPriceTicks) {
        lastFilled = 0;
        lastRested = 0;
        int o = index.get(orderId);
        if (o == NIL) {
            return UNKNOWN_ORDER;
        }
        if (newPriceTicks <= 0) {
            return INVALID;
        }
        long rem = mem[o + REM];
        unlink(o);
        reenter(o, newPriceTicks, rem);
        return OK;
    }

    /** Removes everything (before a restore). Keeps the allocated capacity. */
    public void clear() {
        bids.clear();
        asks.clear();
        index.clear();
        freeOrder = NIL;
        usedOrders = 0;
        orderCount = 0;
        lastFilled = 0;
        lastRested = 0;
    }

    // ------------------------------------------------------------------ matching

    /**
     * Matches an aggressor against the opposite side while prices cross; returns the unfilled lots. Fills at the
     * maker's price; makers of the same owner are cancelled (STP expire-maker) and matching goes on.
     */
    private long match(long takerId, long owner, boolean isBuy, long limitTicks, long qtyLots) {
        final Ladder opp = isBuy ? asks : bids;
        final long threshold = isBuy ? -limitTicks : limitTicks;
        final long[] m = mem;         // no order is allocated while matching, so mem cannot be replaced
        final long[] lv = opp.lv;     // likewise, levels are only freed here
        final BookListener out = listener;
        long left = qtyLots;
        while (left > 0) {
            int top = opp.size - 1;
            if (top < 0 || opp.keys[top] < threshold) {
                break;
            }
            int l = opp.levels[top];
            long px = lv[l + Ladder.PRICE];
            long total = lv[l + Ladder.TOTAL];
            int o = (int) lv[l + Ladder.HEAD];
            while (o != NIL && left > 0) {
                int next = (int) m[o + NEXT];
                long rem = m[o + REM];
                long makerId = m[o + ID];
                long makerOwner = m[o + OWNER];
                if (makerOwner == owner) {
                    total -= rem;
                    index.remove(makerId);
                    freeOrder(o);
                    out.onSelfTradeCancel(makerId, makerOwner, rem);
                } else {
                    long fill = Math.min(left, rem);
                    left -= fill;
                    rem -= fill;
                    total -= fill;
                    if (rem == 0) {
                        index.remove(makerId);
                        freeOrder(o);
                    } else {
                        m[o + REM] = rem;
                    }
                    out.onTrade(takerId, owner, makerId, makerOwner, isBuy, px, fill, rem);
                }
                if (rem == 0 || makerOwner == owner) {
                    o = next;
                } else {
                    break;   // maker partially filled: taker is done, maker stays at the head
                }
            }
            if (o == NIL) {
                opp.removeBest();
                out.onLevelChange(opp.isBid, px, 0);
            } else {
                lv[l + Ladder.HEAD] = o;
                m[o + PREV] = NIL;
                lv[l + Ladder.TOTAL] = total;
                out.onLevelChange(opp.isBid, px, total);
            }
        }
        return left;
    }

    /** Match an order already taken out of its level (amend/move), then rest it at the back or drop it. */
    private void reenter(int o, long priceTicks, long qtyLots) {
        long[] m = mem;
        long orderId = m[o + ID];
        long left = match(orderId, m[o + OWNER], m[o + BUY] != 0, priceTicks, qtyLots);
        lastFilled = qtyLots - left;
        if (left > 0) {
            rest(o, priceTicks, left);
        } else {
            index.remove(orderId);
            freeOrder(o);
        }
    }

    // ------------------------------------------------------------------ order records

    /** Links order o (id, owner, side already set) at the back of its price level. */
    private void rest(int o, long priceTicks, long lots) {
        long[] m = mem;
        Ladder side = m[o + BUY] != 0 ? bids : asks;
        int l = side.levelFor(priceTicks);
        long[] lv = side.lv;
        int tail = (int) lv[l + Ladder.TAIL];
        m[o + PRICE] = priceTicks;
        m[o + REM] = lots;
        m[o + LEVEL] = l;
        m[o + NEXT] = NIL;
        m[o + PREV] = tail;
        if (tail == NIL) {
            lv[l + Ladder.HEAD] = o;
        } else {
            m[tail + NEXT] = o;
        }
        lv[l + Ladder.TAIL] = o;
        long total = lv[l + Ladder.TOTAL] += lots;
        lastRested = lots;
        listener.onLevelChange(side.isBid, priceTicks, total);
    }

    /** Unlinks a resting order from its level (removing the level if it empties). Keeps its record and id. */
    private void unlink(int o) {
        long[] m = mem;
        Ladder side = m[o + BUY] != 0 ? bids : asks;
        long[] lv = side.lv;
        int l = (int) m[o + LEVEL];
        int prev = (int) m[o + PREV];
        int next = (int) m[o + NEXT];
        if (prev == NIL) {
            lv[l + Ladder.HEAD] = next;
        } else {
            m[prev + NEXT] = next;
        }
        if (next == NIL) {
            lv[l + Ladder.TAIL] = prev;
        } else {
            m[next + PREV] = prev;
        }
        long price = m[o + PRICE];
        long total = lv[l + Ladder.TOTAL] -= m[o + REM];
        if (prev == NIL && next == NIL) {
            side.removeLevel(price);
            total = 0;
        }
        listener.onLevelChange(side.isBid, price, total);
    }

    private int allocOrder() {
        int o = freeOrder;
        if (o != NIL) {
            freeOrder = (int) mem[o + NEXT];
            return o;
        }
        if (usedOrders == mem.length) {
            mem = Arrays.copyOf(mem, mem.length * 2);
        }
        o = usedOrders;
        usedOrders += STRIDE;
        return o;
    }

    /** Returns a record to the pool. The caller has already unlinked it and removed its id. */
    private void freeOrder(int o) {
        mem[o + NEXT] = freeOrder;
        freeOrder = o;
        orderCount--;
    }

    // ------------------------------------------------------------------ queries

    /** Best bid in ticks, 0 if there are no bids. */
    public long bestBid() {
        return bids.bestPrice();
    }

    /** Best ask in ticks, 0 if there are no asks. */
    public long bestAsk() {
        return asks.bestPrice();
    }

    public boolean isLive(long orderId) {
        return index.get(orderId) != NIL;
    }

    public long ownerOf(long orderId) {
        return mem[live(orderId) + OWNER];
    }

    public long priceOf(long orderId) {
        return mem[live(orderId) + PRICE];
    }

    public long remainingOf(long orderId) {
        return mem[live(orderId) + REM];
    }

    public boolean isBuy(long orderId) {
        return mem[live(orderId) + BUY] != 0;
    }

    private int live(long orderId) {
        int o = index.get(orderId);
        if (o == NIL) {
            throw new IllegalArgumentException("order " + orderId + " is not live");
        }
        return o;
    }

    /** Resting orders on both sides. */
    public int orderCount() {
        return orderCount;
    }

    public int levelCount(boolean isBid) {
        return (isBid ? bids : asks).size;
    }

    /** L2 top n: writes up to n levels from the best outward; returns how many were written. */
    public int topLevels(boolean isBid, int n, long[] pricesOut, long[] qtyOut) {
        return (isBid ? bids : asks).topLevels(n, pricesOut, qtyOut);
    }

    /** Resting lots on one side from the best up to and including limitPriceTicks (bids: ≥ limit; asks: ≤ limit). */
    public long depthLots(boolean isBid, long limitPriceTicks) {
        return (isBid ? bids : asks).depthLots(limitPriceTicks);
    }

    /** Visits levels from the best outward until the visitor returns false. */
    public void forEachLevel(boolean isBid, LevelVisitor v) {
        (isBid ? bids : asks).forEachLevel(v);
    }

    /** Visits every resting order of one side in priority order: best level first, oldest first within it. */
    public void forEachOrder(boolean isBid, OrderVisitor v) {
        (isBid ? bids : asks).forEachOrder(mem, v);
    }

    /**
     * peer-bench fingerprint (FNV-1a over 64-bit values): asks best outward in time priority feeding id, price,
     * remaining; then −1; then the bids the same way.
     */
    public long fingerprint() {
        long h = asks.fingerprint(0xcbf29ce484222325L, mem);
        h = (h ^ -1L) * 0x100000001b3L;
        return bids.fingerprint(h, mem);
    }
}

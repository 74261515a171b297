package cascade.engine.book;

/**
 * Layout of one resting order inside OrderBook's record array: {@value #STRIDE} consecutive longs, so an order
 * sits in one cache line and a handle (the index of its first field) needs no object or GC barrier. Handles
 * and {@link #NIL} are stored as longs in the link fields.
 */
final class OrderRecord {
    static final int ID = 0;      // order id
    static final int OWNER = 1;   // account id, for self-trade prevention
    static final int PRICE = 2;   // ticks
    static final int REM = 3;     // remaining lots
    static final int NEXT = 4;    // next (younger) order on the level, or NIL; free-list link when pooled
    static final int PREV = 5;    // previous (older) order on the level, or NIL
    static final int LEVEL = 6;   // level handle in its side's Ladder
    static final int BUY = 7;     // 1 = bid, 0 = ask
    static final int STRIDE = 8;
    static final int NIL = -1;

    private OrderRecord() {
    }
}

package cascade.engine.market;

import cascade.engine.command.Side;

/** What the engine knows of a resting order beyond the book: owner, margin reserved, flags. */
final class OrderInfo {
    final long orderId;
    final long accountId;
    final long clientOrderId;
    final Side side;
    final boolean reduceOnly;
    final int leverage;
    /** Initial margin reserved for the remaining quantity (0 for reduce-only). */
    long marginMicros;

    OrderInfo(long orderId, long accountId, long clientOrderId, Side side, boolean reduceOnly, int leverage,
              long marginMicros) {
        this.orderId = orderId;
        this.accountId = accountId;
        this.clientOrderId = clientOrderId;
        this.side = side;
        this.reduceOnly = reduceOnly;
        this.leverage = leverage;
        this.marginMicros = marginMicros;
    }
}

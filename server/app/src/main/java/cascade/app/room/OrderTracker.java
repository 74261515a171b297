package cascade.app.room;

import cascade.engine.command.OrderType;
import cascade.engine.command.Side;
import java.util.HashMap;
import java.util.Map;

/**
 * What a player's client needs to know about each live order that the engine's events only imply: the
 * original size, the type and the client's own order id. Entries leave when the order is done.
 */
final class OrderTracker {
    static final class Tracked {
        final long orderId;
        final long accountId;
        final String clientOrderId;
        final Side side;
        final OrderType type;
        long priceTicks;
        long qtyLots;
        long remainingLots;

        Tracked(long orderId, long accountId, String clientOrderId, Side side, OrderType type, long priceTicks,
                long qtyLots) {
            this.orderId = orderId;
            this.accountId = accountId;
            this.clientOrderId = clientOrderId;
            this.side = side;
            this.type = type;
            this.priceTicks = priceTicks;
            this.qtyLots = qtyLots;
            this.remainingLots = qtyLots;
        }
    }

    private final Map<Long, Tracked> live = new HashMap<>();

    Tracked open(long orderId, long accountId, String clientOrderId, Side side, OrderType type, long priceTicks,
                 long qtyLots) {
        Tracked t = new Tracked(orderId, accountId, clientOrderId, side, type, priceTicks, qtyLots);
        live.put(orderId, t);
        return t;
    }

    Tracked get(long orderId) {
        return live.get(orderId);
    }

    void done(long orderId) {
        live.remove(orderId);
    }
}

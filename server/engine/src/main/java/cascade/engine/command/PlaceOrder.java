package cascade.engine.command;

import cascade.engine.book.TimeInForce;

/**
 * A new order. {@code clientOrderId} (0 = none) is echoed in events and makes a retry idempotent at the
 * gateway. For MARKET orders {@code priceTicks} is ignored (0) and {@code tif} must be IOC or FOK.
 */
public record PlaceOrder(long accountId, long clientOrderId, Side side, OrderType type, TimeInForce tif,
                         long priceTicks, long qtyLots, boolean reduceOnly) implements Command {

    public static PlaceOrder limit(long accountId, Side side, long priceTicks, long qtyLots) {
        return new PlaceOrder(accountId, 0, side, OrderType.LIMIT, TimeInForce.GTC, priceTicks, qtyLots, false);
    }

    public static PlaceOrder market(long accountId, Side side, long qtyLots) {
        return new PlaceOrder(accountId, 0, side, OrderType.MARKET, TimeInForce.IOC, 0, qtyLots, false);
    }
}

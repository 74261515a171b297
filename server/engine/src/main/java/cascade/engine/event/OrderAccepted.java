package cascade.engine.event;

import cascade.engine.book.TimeInForce;
import cascade.engine.command.OrderType;
import cascade.engine.command.Side;

/** An order entered the engine (it may fill at once; fills follow as TradeExecuted). */
public record OrderAccepted(long orderId, long accountId, long clientOrderId, Side side, OrderType type, TimeInForce tif, long priceTicks, long qtyLots, boolean reduceOnly) implements Event {
}

package cascade.engine.market;

import cascade.engine.command.Side;

public record OrderView(long orderId, long accountId, long clientOrderId, Side side, long priceTicks,
                        long remainingLots, boolean reduceOnly, long marginMicros) {
}

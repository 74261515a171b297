package cascade.engine.event;

import cascade.engine.command.Side;

/** One fill. Fees in micro-USDT (a negative maker fee is a rebate). Price is the maker's. */
public record TradeExecuted(long tradeId, long takerOrderId, long takerAccountId, long makerOrderId, long makerAccountId, Side takerSide, long priceTicks, long qtyLots, long takerFeeMicros, long makerFeeMicros, TradeKind kind, long gameTimeNanos) implements Event {
}

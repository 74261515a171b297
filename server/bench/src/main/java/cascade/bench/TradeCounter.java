package cascade.bench;

import cascade.engine.book.BookListener;

/** Counts fills and traded lots the way peer-bench counts exchange-core TRADE events (one per maker touched). */
final class TradeCounter implements BookListener {
    long trades;
    long volume;
    long selfTradeCancels;

    @Override
    public void onTrade(long takerOrderId, long takerOwner, long makerOrderId, long makerOwner,
                        boolean takerIsBuy, long priceTicks, long qtyLots, long makerRemainingLots) {
        trades++;
        volume += qtyLots;
    }

    @Override
    public void onSelfTradeCancel(long makerOrderId, long makerOwner, long canceledLots) {
        selfTradeCancels++;
    }

    @Override
    public void onLevelChange(boolean isBid, long priceTicks, long newTotalLots) {
        // L2 deltas are not part of the peer's measured output.
    }
}

package cascade.engine.book;

/**
 * Events out of {@link OrderBook}, called synchronously on the book's (single) thread while a command runs.
 * A listener must not call mutating methods of the book it listens to; queries made from a callback may see
 * the level being matched in a half-updated state.
 */
public interface BookListener {

    /** Listener that ignores everything (tests, restore, benchmarks that need no events). */
    BookListener NONE = new BookListener() {
        @Override
        public void onTrade(long takerOrderId, long takerOwner, long makerOrderId, long makerOwner,
                            boolean takerIsBuy, long priceTicks, long qtyLots, long makerRemainingLots) {
        }

        @Override
        public void onSelfTradeCancel(long makerOrderId, long makerOwner, long canceledLots) {
        }

        @Override
        public void onLevelChange(boolean isBid, long priceTicks, long newTotalLots) {
        }
    };

    /**
     * One fill between the incoming order (taker) and one resting order (maker), at the maker's price. One call
     * per resting order touched.
     */
    void onTrade(long takerOrderId, long takerOwner, long makerOrderId, long makerOwner,
                 boolean takerIsBuy, long priceTicks, long qtyLots, long makerRemainingLots);

    /** A resting order removed by self-trade prevention because the incoming order has the same owner. */
    void onSelfTradeCancel(long makerOrderId, long makerOwner, long canceledLots);

    /**
     * The total resting quantity at one price level changed; {@code newTotalLots == 0} means the level is gone.
     * Matching reports each touched level once, after the last fill on it.
     */
    void onLevelChange(boolean isBid, long priceTicks, long newTotalLots);
}

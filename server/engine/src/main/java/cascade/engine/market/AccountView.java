package cascade.engine.market;

import cascade.engine.command.MarginMode;

/**
 * A read-only picture of one account at the current mark. Money in micro-USDT, prices in ticks (0 = none),
 * ratios in parts per 10^8. {@code liquidationPriceTicks} is exactly where the engine acts: a long is
 * liquidated at any mark ≤ it, a short at any mark ≥ it.
 */
public record AccountView(long accountId, long walletMicros, long isolatedMarginMicros, MarginMode mode,
                          int leverage, long positionLots, long entryNotionalMicros, long orderMarginMicros,
                          long availableMicros, long unrealizedPnlMicros, long marginBalanceMicros,
                          long maintenanceMicros, long marginRatioE8, long liquidationPriceTicks,
                          long bankruptcyPriceTicks, int adlQuantile, long realizedPnlMicros, long feesPaidMicros,
                          long fundingMicros, int liquidations, int openOrders) {

    /** Equity: wallet + isolated margin + unrealized PnL. */
    public long equityMicros() {
        return walletMicros + isolatedMarginMicros + unrealizedPnlMicros;
    }
}

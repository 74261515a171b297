package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.engine.market.AccountView;
import cascade.engine.market.OrderView;
import java.util.List;

/**
 * What a bot may see: public market data, its own account and orders, and the room's signals. Read-only.
 * Prices in ticks, quantities in lots, money in micro-USDT, rates in parts per 10^8, time in game nanoseconds.
 */
public interface BotContext {
    long nowNanos();

    long tickNanos();

    Instrument instrument();

    long markTicks();

    long indexTicks();

    /** Last trade price (the index before the first trade). */
    long lastTicks();

    /** 0 when the side is empty. */
    long bestBidTicks();

    long bestAskTicks();

    /** Top {@code n} levels of one side, best first; returns how many were written. */
    int topLevels(boolean bids, int n, long[] pricesOut, long[] lotsOut);

    /** Resting lots within ±pctE8 of mid: [bids, asks]. */
    long[] depthWithinLots(long pctE8);

    AccountView account(long accountId);

    List<OrderView> openOrders(long accountId);

    /** Funding rate the current premium average would pay at the next settlement. */
    long predictedFundingRateE8();

    /** EWMA volatility of the mark (annualised, as a fraction), RULES.md "Liquidation probability". */
    double markVolatilityAnnual();

    /** True while the instructor's (or scenario's) "market makers pull quotes" shock is active. */
    boolean marketMakersPulled();

    /** True while trading is halted. */
    boolean halted();

    /** Pending whale market order from a shock for this bot (signed lots, + buy / − sell), consumed on read; 0 = none. */
    long takeWhaleOrderLots(long accountId);

    /** The scenario's start price (ticks), e.g. the "round number" the crowd anchors to. */
    long startTicks();

    /** Highest and lowest mark over the last {@code seconds} game-seconds (for momentum, crowd anchors). */
    long highTicks(int seconds);

    long lowTicks(int seconds);
}

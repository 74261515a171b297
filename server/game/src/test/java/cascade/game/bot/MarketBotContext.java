package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.engine.market.AccountView;
import cascade.engine.market.Market;
import cascade.engine.market.OrderView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tests' {@link BotContext}: a thin view over a real {@link Market}, plus the room signals the tests set
 * by hand (volatility, the pull shock, whale orders) and a per-game-second mark history for highs and lows.
 */
final class MarketBotContext implements BotContext {
    static final int HISTORY = 3600;

    Market market;
    final long tickNanos;
    final long startTicks;
    double volatilityAnnual = 0.5;
    boolean pulled;
    final Map<Long, Long> whaleOrders = new HashMap<>();
    final long[] markBySecond = new long[HISTORY];
    long seconds;

    MarketBotContext(Market market, long tickNanos, long startTicks) {
        this.market = market;
        this.tickNanos = tickNanos;
        this.startTicks = startTicks;
    }

    /** Called by the harness after each clock tick. */
    void recordMark() {
        long second = market.nowNanos() / Instrument.NANOS_PER_SECOND;
        while (seconds <= second) {
            markBySecond[(int) (seconds % HISTORY)] = market.markPriceTicks();
            seconds++;
        }
    }

    void copyHistoryFrom(MarketBotContext o) {
        System.arraycopy(o.markBySecond, 0, markBySecond, 0, HISTORY);
        seconds = o.seconds;
        volatilityAnnual = o.volatilityAnnual;
        pulled = o.pulled;
        whaleOrders.putAll(o.whaleOrders);
    }

    @Override public long nowNanos() { return market.nowNanos(); }
    @Override public long tickNanos() { return tickNanos; }
    @Override public Instrument instrument() { return market.instrument(); }
    @Override public long markTicks() { return market.markPriceTicks(); }
    @Override public long indexTicks() { return market.indexPriceTicks(); }
    @Override public long lastTicks() { return market.lastPriceTicks(); }
    @Override public long bestBidTicks() { return market.query().bestBidTicks(); }
    @Override public long bestAskTicks() { return market.query().bestAskTicks(); }

    @Override
    public int topLevels(boolean bids, int n, long[] pricesOut, long[] lotsOut) {
        var v = market.bookView(n);
        long[] p = bids ? v.bidPrices() : v.askPrices();
        long[] q = bids ? v.bidLots() : v.askLots();
        System.arraycopy(p, 0, pricesOut, 0, p.length);
        System.arraycopy(q, 0, lotsOut, 0, q.length);
        return p.length;
    }

    @Override public long[] depthWithinLots(long pctE8) { return market.query().depthWithinLots(pctE8); }
    @Override public AccountView account(long accountId) { return market.account(accountId); }
    @Override public List<OrderView> openOrders(long accountId) { return market.query().orders(accountId); }
    @Override public long predictedFundingRateE8() { return market.predictedFundingRateE8(); }
    @Override public double markVolatilityAnnual() { return volatilityAnnual; }
    @Override public boolean marketMakersPulled() { return pulled; }
    @Override public boolean halted() { return market.halted(); }

    @Override
    public long takeWhaleOrderLots(long accountId) {
        Long v = whaleOrders.remove(accountId);
        return v == null ? 0 : v;
    }

    @Override public long startTicks() { return startTicks; }

    @Override
    public long highTicks(int secondsBack) {
        long hi = market.markPriceTicks();
        for (int i = 1; i <= Math.min(secondsBack, Math.min(seconds, HISTORY)); i++) {
            hi = Math.max(hi, markBySecond[(int) ((seconds - i) % HISTORY)]);
        }
        return hi;
    }

    @Override
    public long lowTicks(int secondsBack) {
        long lo = market.markPriceTicks();
        for (int i = 1; i <= Math.min(secondsBack, Math.min(seconds, HISTORY)); i++) {
            lo = Math.min(lo, markBySecond[(int) ((seconds - i) % HISTORY)]);
        }
        return lo;
    }
}

package cascade.bench;

import cascade.engine.Instrument;
import cascade.engine.market.AccountView;
import cascade.engine.market.Market;
import cascade.engine.market.OrderView;
import cascade.game.bot.BotContext;
import java.util.List;

/**
 * A plain {@link BotContext} over a {@link Market} for benchmarks: what a room would hand its bots (engine
 * queries as they are, a per-game-second mark history for highs and lows, a fixed volatility and no pull).
 */
final class BenchBotContext implements BotContext {
    private static final int HISTORY = 3600;

    private final Market market;
    private final long startTicks;
    private final long[] markBySecond = new long[HISTORY];
    private final long[] whaleLots;
    private final long firstWhaleAccount;
    private long seconds;
    private final long[] scratchPrices = new long[64];
    private final long[] scratchLots = new long[64];

    BenchBotContext(Market market, long startTicks, long firstWhaleAccount, int whales) {
        this.market = market;
        this.startTicks = startTicks;
        this.firstWhaleAccount = firstWhaleAccount;
        this.whaleLots = new long[whales];
    }

    void recordMark() {
        long second = market.nowNanos() / Instrument.NANOS_PER_SECOND;
        while (seconds <= second) {
            markBySecond[(int) (seconds % HISTORY)] = market.markPriceTicks();
            seconds++;
        }
    }

    void whaleOrder(int whale, long lots) {
        whaleLots[whale] += lots;
    }

    @Override public long nowNanos() { return market.nowNanos(); }
    @Override public long tickNanos() { return 100_000_000L; }
    @Override public Instrument instrument() { return market.instrument(); }
    @Override public long markTicks() { return market.markPriceTicks(); }
    @Override public long indexTicks() { return market.indexPriceTicks(); }
    @Override public long lastTicks() { return market.lastPriceTicks(); }
    @Override public long bestBidTicks() { return market.query().bestBidTicks(); }
    @Override public long bestAskTicks() { return market.query().bestAskTicks(); }

    @Override
    public int topLevels(boolean bids, int n, long[] pricesOut, long[] lotsOut) {
        var v = market.bookView(Math.min(n, scratchPrices.length));
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
    @Override public double markVolatilityAnnual() { return 0.6; }
    @Override public boolean marketMakersPulled() { return false; }
    @Override public boolean halted() { return market.halted(); }

    @Override
    public long takeWhaleOrderLots(long accountId) {
        int i = (int) (accountId - firstWhaleAccount);
        if (i < 0 || i >= whaleLots.length) {
            return 0;
        }
        long v = whaleLots[i];
        whaleLots[i] = 0;
        return v;
    }

    @Override public long startTicks() { return startTicks; }

    @Override
    public long highTicks(int secondsBack) {
        long hi = market.markPriceTicks();
        for (int i = 1, n = (int) Math.min(secondsBack, Math.min(seconds, HISTORY)); i <= n; i++) {
            hi = Math.max(hi, markBySecond[(int) ((seconds - i) % HISTORY)]);
        }
        return hi;
    }

    @Override
    public long lowTicks(int secondsBack) {
        long lo = market.markPriceTicks();
        for (int i = 1, n = (int) Math.min(secondsBack, Math.min(seconds, HISTORY)); i <= n; i++) {
            lo = Math.min(lo, markBySecond[(int) ((seconds - i) % HISTORY)]);
        }
        return lo;
    }
}

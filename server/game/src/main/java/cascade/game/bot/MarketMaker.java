package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.engine.command.AmendOrder;
import cascade.engine.command.CancelOrder;
import cascade.engine.command.Command;
import cascade.engine.command.Side;
import cascade.engine.market.AccountView;
import cascade.engine.market.OrderView;
import cascade.game.rng.SeededRandom;
import cascade.game.scenario.BotType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Quotes a ladder of post-only limits on both sides of fair value, and is where a cascade's depth collapse
 * comes from: as volatility rises it widens and thins the ladder; on a fast move or the "pull" shock it
 * cancels everything.
 *
 * <p>Parameters ({@link BotType#MARKET_MAKER}) and defaults: {@code collateralUsdt} 1,000,000;
 * {@code spreadBps} 4 (bid-to-ask around fair); {@code levels} 8 per side; {@code levelStepBps} 4;
 * {@code sizeBtc} 0.5 per level; {@code maxInventoryBtc} 20; {@code refreshMs} 500; {@code pullOnMovePct} 3
 * (mark range within 10 s; 0 = never); {@code leverage} 5.
 *
 * <p>Each refresh: fair = index + half the EWMA of the mark's basis (mark − index, which follows trades through
 * {@code last} and the book through the mark's moving-average basis; clamped to ±0.3 %); the vol factor
 * f = clamp(σ / 80 %, 1, 8) with σ the larger of the room's EWMA mark volatility and the bot's own 30 s EWMA
 * of mark returns; spread and step × f, levels ÷ f, size ÷ f; both sides shift against inventory by up to the
 * ladder's half-width, and a side stops at the level that would take inventory past the limit. Inventory is
 * the position less a notional off-venue hedge that catches up with a 60 s half-life. Orders are
 * reconciled per slot (client order id = slot + 1): slots within a quarter step of their wanted price and
 * at least half their size are left alone, others amended (or cancelled when no longer wanted).
 * Others' orders priced through its own quotes are mispriced: it takes them first (IOC at its quote, within
 * the inventory limit) and quotes on the next tick, so a stale wall cannot pin the perp away from fair value.
 */
public final class MarketMaker extends BaseBot {
    static final double VOL_BASE_ANNUAL = 0.8;
    static final double VOL_FACTOR_MAX = 8;
    static final double OWN_VOL_TAU_SECONDS = 30;
    static final double SECONDS_PER_YEAR = 365.0 * 24 * 3600;
    static final int PULL_WINDOW_SECONDS = 10;
    static final double BASIS_CLAMP = 0.003;
    /** Off-venue hedging: the unhedged share of a position halves in this time. */
    static final double HEDGE_HALF_LIFE_SECONDS = 60;

    private final double spreadBps;
    private final int levels;
    private final double levelStepBps;
    private final long sizeLots;
    private final long maxInventoryLots;
    private final long refreshNanos;
    private final double pullOnMovePct;

    // state
    private long nextRefreshNanos;
    private boolean quoting;
    private double basisTicks;
    private double varPerSecond;
    private long lastSampleNanos = -1;
    private long lastSampleMark;
    private double hedgedLots;
    private long lastHedgeNanos = -1;

    // scratch, reused every refresh
    private final long[] wantPrice;
    private final long[] wantQty;
    private final long[] liveId;
    private final long[] livePrice;
    private final long[] liveQty;

    public MarketMaker(long accountId, long collateralMicros, int leverage, Instrument inst, SeededRandom rng,
                       double spreadBps, int levels, double levelStepBps, long sizeLots, long maxInventoryLots,
                       long refreshNanos, double pullOnMovePct) {
        super(accountId, BotType.MARKET_MAKER, collateralMicros, leverage, inst, rng);
        this.spreadBps = spreadBps;
        this.levels = levels;
        this.levelStepBps = levelStepBps;
        this.sizeLots = Math.max(1, sizeLots);
        this.maxInventoryLots = Math.max(1, maxInventoryLots);
        this.refreshNanos = refreshNanos;
        this.pullOnMovePct = pullOnMovePct;
        int slots = 2 * levels;
        wantPrice = new long[slots];
        wantQty = new long[slots];
        liveId = new long[slots];
        livePrice = new long[slots];
        liveQty = new long[slots];
        // Spread the population's refreshes over the interval so that they do not all re-quote on one tick.
        nextRefreshNanos = (long) (rng.nextDouble() * refreshNanos);
    }

    @Override
    public void decide(BotContext ctx, List<Command> out) {
        if (ctx.halted()) {
            return;
        }
        if (ctx.marketMakersPulled()) {
            if (quoting) {
                pullAll(ctx, out);
            }
            return;
        }
        long now = ctx.nowNanos();
        if (now < nextRefreshNanos) {
            return;
        }
        nextRefreshNanos = now + refreshNanos;
        long mark = ctx.markTicks();
        sampleVolatility(now, mark);
        if (pullOnMovePct > 0) {
            long hi = ctx.highTicks(PULL_WINDOW_SECONDS);
            long lo = ctx.lowTicks(PULL_WINDOW_SECONDS);
            if (lo > 0 && (hi - lo) * 100.0 > pullOnMovePct * lo) {
                if (quoting) {
                    pullAll(ctx, out);
                }
                return;
            }
        }
        requote(ctx, out, mark);
    }

    /** The quoting vol factor in [1, 8] (package-visible for tests). */
    double volFactor(BotContext ctx) {
        double own = Math.sqrt(varPerSecond * SECONDS_PER_YEAR);
        double sigma = Math.max(ctx.markVolatilityAnnual(), own);
        return Math.max(1, Math.min(VOL_FACTOR_MAX, sigma / VOL_BASE_ANNUAL));
    }

    private void sampleVolatility(long now, long mark) {
        if (lastSampleNanos >= 0 && now > lastSampleNanos && lastSampleMark > 0) {
            double dt = (now - lastSampleNanos) / (double) NANOS_PER_SECOND;
            double r = (mark - lastSampleMark) / (double) lastSampleMark;
            double alpha = Math.min(1, dt / OWN_VOL_TAU_SECONDS);
            varPerSecond += alpha * (r * r / dt - varPerSecond);
        }
        lastSampleNanos = now;
        lastSampleMark = mark;
    }

    private void requote(BotContext ctx, List<Command> out, long mark) {
        AccountView acct = ctx.account(accountId);
        if (acct == null) {
            return;
        }
        long inventory = unhedged(acct.positionLots(), ctx.nowNanos());
        long index = ctx.indexTicks();
        basisTicks += 0.2 * ((mark - index) - basisTicks);
        double maxBasis = index * BASIS_CLAMP;
        basisTicks = Math.max(-maxBasis, Math.min(maxBasis, basisTicks));
        // Only half the basis: the mark's basis partly reflects these very quotes, so a full nudge would hold
        // any basis forever; half lets it decay back to the index.
        double fair = index + 0.5 * basisTicks;

        double f = volFactor(ctx);
        double half = Math.max(1, fair * spreadBps * f * 0.5e-4);
        double step = Math.max(1, fair * levelStepBps * f * 1e-4);
        int activeLevels = Math.max(1, (int) Math.round(levels / f));
        long qty = Math.max(1, Math.round(sizeLots / f));
        double skew = -(double) inventory / maxInventoryLots * (half + step * activeLevels * 0.5);

        long band = BotOrders.bandTicks(inst, mark);
        long lo = Math.max(1, mark - band);
        long hi = mark + band;
        long bestBid = ctx.bestBidTicks();
        long bestAsk = ctx.bestAskTicks();
        if (takeMispriced(out, acct, inventory, fair + skew - half, fair + skew + half, bestBid, bestAsk, qty * activeLevels,
                mark, lo, hi)) {
            nextRefreshNanos = ctx.nowNanos() + 1; // quote on the next tick, against the book the take left
            return;
        }
        long bidCum = 0;
        long askCum = 0;
        for (int i = 0; i < levels; i++) {
            int b = i;
            int a = levels + i;
            wantQty[b] = 0;
            wantQty[a] = 0;
            if (i >= activeLevels) {
                continue;
            }
            long bp = (long) Math.floor(fair + skew - half - i * step);
            if (bestAsk > 0) {
                bp = Math.min(bp, bestAsk - 1);
            }
            if (bp >= lo && inventory + bidCum + qty <= maxInventoryLots) {
                wantPrice[b] = bp;
                wantQty[b] = qty;
                bidCum += qty;
            }
            long ap = (long) Math.ceil(fair + skew + half + i * step);
            if (bestBid > 0) {
                ap = Math.max(ap, bestBid + 1);
            }
            if (ap <= hi && inventory - askCum - qty >= -maxInventoryLots) {
                wantPrice[a] = ap;
                wantQty[a] = qty;
                askCum += qty;
            }
        }
        reconcile(ctx, out, mark, acct.availableMicros(), Math.max(1, (long) (step / 4)));
    }

    /**
     * The position less what the bot has (notionally) hedged elsewhere: the hedge catches up with the position
     * with a {@value #HEDGE_HALF_LIFE_SECONDS} s half-life, so a full maker recovers its quoting capacity in
     * minutes (until its margin runs out), instead of leaving one side of the book empty for good.
     */
    private long unhedged(long positionLots, long now) {
        if (lastHedgeNanos >= 0) {
            double dt = (now - lastHedgeNanos) / (double) NANOS_PER_SECOND;
            hedgedLots += (positionLots - hedgedLots) * Math.min(1, dt * 0.693 / HEDGE_HALF_LIFE_SECONDS);
        }
        lastHedgeNanos = now;
        return positionLots - Math.round(hedgedLots);
    }

    /**
     * Others' orders through our own quotes (a bid above our ask, an ask below our bid) are mispriced: take
     * them, up to the inventory limit, with an IOC at our quote. Returns whether it did.
     */
    private boolean takeMispriced(List<Command> out, AccountView acct, long inventory, double bidAt, double askAt,
                                  long bestBid, long bestAsk, long maxQty, long mark, long lo, long hi) {
        long ourAsk = (long) Math.ceil(askAt);
        long ourBid = (long) Math.floor(bidAt);
        long pos = acct.positionLots();
        if (bestBid > ourAsk && ourAsk >= lo && inventory > -maxInventoryLots) {
            long qty = Math.min(maxQty, inventory + maxInventoryLots);
            return BotOrders.take(out, inst, accountId, false, qty, pos, mark, acct.availableMicros(), leverage,
                    ourAsk) > 0;
        }
        if (bestAsk > 0 && bestAsk < ourBid && ourBid <= hi && inventory < maxInventoryLots) {
            long qty = Math.min(maxQty, maxInventoryLots - inventory);
            return BotOrders.take(out, inst, accountId, true, qty, pos, mark, acct.availableMicros(), leverage,
                    ourBid) > 0;
        }
        return false;
    }

    /** {@code tolerance}: a live order within this many ticks of its wanted price is left alone (no churn). */
    private void reconcile(BotContext ctx, List<Command> out, long mark, long available, long tolerance) {
        int slots = wantQty.length;
        java.util.Arrays.fill(liveId, 0);
        List<OrderView> open = ctx.openOrders(accountId);
        for (int i = 0, n = open.size(); i < n; i++) {
            OrderView o = open.get(i);
            int slot = (int) o.clientOrderId() - 1;
            if (slot < 0 || slot >= slots || liveId[slot] != 0) {
                out.add(new CancelOrder(accountId, o.orderId())); // not ours to keep: a stray
                continue;
            }
            liveId[slot] = o.orderId();
            livePrice[slot] = o.priceTicks();
            liveQty[slot] = o.remainingLots();
        }
        // Cancels first: they free margin for what follows.
        for (int k = 0; k < slots; k++) {
            if (liveId[k] != 0 && wantQty[k] == 0) {
                out.add(new CancelOrder(accountId, liveId[k]));
                available += BotOrders.marginNeed(inst, k < levels, livePrice[k], mark, liveQty[k], leverage);
                liveId[k] = 0;
            }
        }
        boolean any = false;
        for (int k = 0; k < slots; k++) {
            long q = wantQty[k];
            if (q == 0) {
                continue;
            }
            boolean isBuy = k < levels;
            long p = wantPrice[k];
            long need = BotOrders.marginNeed(inst, isBuy, p, mark, q, leverage);
            if (liveId[k] != 0) {
                if (Math.abs(livePrice[k] - p) <= tolerance && liveQty[k] * 2 >= q && liveQty[k] <= q) {
                    any = true;
                    continue;
                }
                long freed = BotOrders.marginNeed(inst, isBuy, livePrice[k], mark, liveQty[k], leverage);
                if (need - freed > available) {
                    out.add(new CancelOrder(accountId, liveId[k]));
                    available += freed;
                    continue;
                }
                out.add(new AmendOrder(accountId, liveId[k], p, q));
                available -= need - freed;
                any = true;
            } else if (need <= available) {
                out.add(BotOrders.postOnly(accountId, k + 1, isBuy ? Side.BUY : Side.SELL, p, q));
                available -= need;
                any = true;
            }
        }
        quoting = any;
    }

    private void pullAll(BotContext ctx, List<Command> out) {
        List<OrderView> open = ctx.openOrders(accountId);
        for (int i = 0, n = open.size(); i < n; i++) {
            out.add(new CancelOrder(accountId, open.get(i).orderId()));
        }
        quoting = false;
    }

    @Override
    void writeOwn(DataOutput out) throws IOException {
        out.writeLong(nextRefreshNanos);
        out.writeBoolean(quoting);
        out.writeDouble(basisTicks);
        out.writeDouble(varPerSecond);
        out.writeLong(lastSampleNanos);
        out.writeLong(lastSampleMark);
        out.writeDouble(hedgedLots);
        out.writeLong(lastHedgeNanos);
    }

    @Override
    void readOwn(DataInput in) throws IOException {
        nextRefreshNanos = in.readLong();
        quoting = in.readBoolean();
        basisTicks = in.readDouble();
        varPerSecond = in.readDouble();
        lastSampleNanos = in.readLong();
        lastSampleMark = in.readLong();
        hedgedLots = in.readDouble();
        lastHedgeNanos = in.readLong();
    }
}

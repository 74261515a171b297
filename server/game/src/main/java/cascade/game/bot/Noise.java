package cascade.game.bot;

import cascade.engine.Instrument;
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
 * Uninformed flow: orders arrive as a Poisson process; each is a random side, a lognormal size (mean
 * {@code sizeBtc}, σ of log 0.6), and either a passive GTC limit {@code offsetBps} (× 0.5–1.5) from mid or
 * a market order. At each arrival with a position, one time in {@value #CLOSE_ONE_IN} it closes instead; with
 * the position beyond half its buying power it only trades to reduce. Its resting orders carry their
 * placement second as client order id and are cancelled after {@value #ORDER_LIFETIME_SECONDS} s.
 *
 * <p>Clustered activity ({@code activityVolPct} &gt; 0): real order flow is busier when the market moves —
 * people look at a moving chart, news draws traders in. The arrival rate is then {@code ordersPerMinute} ×
 * (EWMA mark volatility / {@code activityVolPct}), clamped to ×{@value #ACTIVITY_MIN}–×{@value #ACTIVITY_MAX},
 * evaluated at each arrival for the next gap. Busy stretches carry more market orders and so more impact,
 * which is part of how volatility clusters on the perp (docs/scenarios.md, "Realism").
 *
 * <p>Parameters ({@link BotType#NOISE}) and defaults: {@code collateralUsdt} 10,000; {@code ordersPerMinute} 3;
 * {@code sizeBtc} 0.05; {@code limitShare} 0.5; {@code offsetBps} 5; {@code activityVolPct} 0 (constant rate);
 * {@code leverage} 5.
 */
public final class Noise extends BaseBot {
    static final int CLOSE_ONE_IN = 8;
    static final long ORDER_LIFETIME_SECONDS = 60;
    static final double ACTIVITY_MIN = 0.5;
    static final double ACTIVITY_MAX = 4;

    private final double meanGapNanos;
    private final long sizeLots;
    private final double limitShare;
    private final double offsetBps;
    /** Annualised vol (fraction) at which the rate is the base rate; 0 = constant rate. */
    private final double activityVol;

    private long nextArrivalNanos;
    private boolean mayHaveResting;

    public Noise(long accountId, long collateralMicros, int leverage, Instrument inst, SeededRandom rng,
                 double ordersPerMinute, long sizeLots, double limitShare, double offsetBps) {
        this(accountId, collateralMicros, leverage, inst, rng, ordersPerMinute, sizeLots, limitShare, offsetBps, 0);
    }

    public Noise(long accountId, long collateralMicros, int leverage, Instrument inst, SeededRandom rng,
                 double ordersPerMinute, long sizeLots, double limitShare, double offsetBps, double activityVol) {
        super(accountId, BotType.NOISE, collateralMicros, leverage, inst, rng);
        this.meanGapNanos = ordersPerMinute <= 0 ? Double.POSITIVE_INFINITY : 60e9 / ordersPerMinute;
        this.sizeLots = Math.max(1, sizeLots);
        this.limitShare = limitShare;
        this.offsetBps = offsetBps;
        this.activityVol = activityVol;
        this.nextArrivalNanos = gap(1);
    }

    private long gap(double activity) {
        if (Double.isInfinite(meanGapNanos)) {
            return Long.MAX_VALUE / 2;
        }
        return (long) (-StrictMath.log(1 - rng.nextDouble()) * meanGapNanos / activity);
    }

    /** The rate multiplier now: 1 without clustering, else the mark's vol relative to the reference, clamped. */
    private double activity(BotContext ctx) {
        if (activityVol <= 0) {
            return 1;
        }
        return Math.max(ACTIVITY_MIN, Math.min(ACTIVITY_MAX, ctx.markVolatilityAnnual() / activityVol));
    }

    @Override
    public void decide(BotContext ctx, List<Command> out) {
        long now = ctx.nowNanos();
        if (now < nextArrivalNanos) {
            return;
        }
        nextArrivalNanos = now + Math.max(1, gap(activity(ctx)));
        if (ctx.halted()) {
            return;
        }
        long mark = ctx.markTicks();
        if (mayHaveResting) {
            cancelStale(ctx, out, now, mark);
        }
        AccountView a = ctx.account(accountId);
        if (a == null) {
            return;
        }
        long pos = a.positionLots();
        if (pos != 0 && rng.nextInt(CLOSE_ONE_IN) == 0) {
            if ((pos > 0 ? ctx.bestBidTicks() : ctx.bestAskTicks()) != 0) {
                out.add(BotOrders.market(accountId, pos > 0 ? Side.SELL : Side.BUY, Math.abs(pos), true));
            }
            return;
        }
        boolean buy = rng.nextDouble() < 0.5;
        long capLots = collateralMicros * leverage / 2 / Math.max(1, inst.notionalMicros(mark, 1));
        if (Math.abs(pos) > capLots) {
            buy = pos < 0;
        }
        long qty = Math.max(1, Math.round(sizeLots * StrictMath.exp(0.6 * rng.nextGaussian() - 0.18)));
        long bid = ctx.bestBidTicks();
        long ask = ctx.bestAskTicks();
        long mid = bid > 0 && ask > 0 ? (bid + ask) / 2 : mark;
        boolean passive = rng.nextDouble() < limitShare;
        if (passive) {
            double off = BotOrders.bpsOf(mid, offsetBps * (0.5 + rng.nextDouble()));
            long price = buy ? (long) Math.floor(mid - off) : (long) Math.ceil(mid + off);
            price = BotOrders.clampToBand(inst, mark, price);
            long need = BotOrders.marginNeed(inst, buy, price, mark, qty, leverage);
            if (need <= a.availableMicros()) {
                out.add(BotOrders.gtc(accountId, 1 + now / NANOS_PER_SECOND, buy ? Side.BUY : Side.SELL, price, qty));
                mayHaveResting = true;
            }
            return;
        }
        if ((buy ? ask : bid) == 0) {
            return;
        }
        BotOrders.take(out, inst, accountId, buy, qty, pos, mark, a.availableMicros(), leverage, 0);
    }

    private void cancelStale(BotContext ctx, List<Command> out, long now, long mark) {
        List<OrderView> open = ctx.openOrders(accountId);
        long nowSecond = now / NANOS_PER_SECOND;
        long far = BotOrders.bandTicks(inst, mark) / 2;
        for (int i = 0, n = open.size(); i < n; i++) {
            OrderView o = open.get(i);
            if (nowSecond - (o.clientOrderId() - 1) >= ORDER_LIFETIME_SECONDS
                    || Math.abs(o.priceTicks() - mark) > far) {
                out.add(new CancelOrder(accountId, o.orderId()));
            }
        }
        mayHaveResting = !open.isEmpty();
    }

    @Override
    void writeOwn(DataOutput out) throws IOException {
        out.writeLong(nextArrivalNanos);
        out.writeBoolean(mayHaveResting);
    }

    @Override
    void readOwn(DataInput in) throws IOException {
        nextArrivalNanos = in.readLong();
        mayHaveResting = in.readBoolean();
    }
}

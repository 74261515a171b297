package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.engine.command.CancelOrder;
import cascade.engine.command.ClosePosition;
import cascade.engine.command.Command;
import cascade.engine.command.Side;
import cascade.engine.market.AccountView;
import cascade.engine.market.OrderView;
import cascade.engine.risk.BracketTable;
import cascade.game.rng.SeededRandom;
import cascade.game.scenario.BotType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * One leveraged retail trader. Drawn once at creation: long (probability {@code longShare}) or short, a
 * leverage between {@code leverageMin} and {@code leverageMax} (log-uniform, snapped to the round values
 * people pick: 5, 10, 20, 25, 50, 75, 100, 125), whether it uses a stop-loss ({@code stopLossShare}), and
 * whether it chases ({@value #FOMO_PRONE_SHARE} of the crowd). It arrives within the first
 * {@value #ARRIVAL_SPREAD_SECONDS} game-seconds and buys "support" / sells "resistance": 35 % at market, 20 %
 * at the recent 5-minute low / high, 45 % with a limit at a round number ({@link #roundStep}) within
 * {@code entryBandPct} below (longs) or above (shorts) the start price, the nearest numbers the most crowded;
 * a level within a quarter step of the price is taken at market. Entries at the same few
 * levels with similar leverage put the crowd's liquidation prices in clusters below support — the fuel of a
 * long squeeze.
 *
 * <p>Then it mostly sleeps: a stop watches the mark (one compare per tick); otherwise it looks at its account
 * once a minute. A liquidated or stopped-out member comes back one time in {@value #REENTRY_ONE_IN} after
 * 2–15 minutes, anchored on the price then. An unfilled entry is withdrawn after {@value #ORDER_LIFETIME_SECONDS}
 * s and re-planned. A FOMO-prone member who is not in yet chases a move of {@code fomoBps} within 10 s in its
 * direction with a marketable order. Size: the wallet × leverage, less what fees and slippage need, within the
 * bracket that allows the leverage. Entries and chases use IOC limits {@value #SLIPPAGE_BPS} bps through the
 * touch instead of bare market orders, whose band-edge margin check a retail wallet would fail.
 *
 * <p>Parameters ({@link BotType#RETAIL_CROWD}) and defaults: {@code collateralUsdt} 2,000; {@code leverageMin}
 * 10; {@code leverageMax} 50; {@code longShare} 0.6; {@code entryBandPct} 2; {@code stopLossShare} 0.2;
 * {@code stopDistancePct} 1; {@code fomoBps} 50 (0 = never); {@code marginMode} cross.
 */
public final class RetailCrowd extends BaseBot {
    static final int ARRIVAL_SPREAD_SECONDS = 120;
    static final double FOMO_PRONE_SHARE = 0.3;
    static final int REENTRY_ONE_IN = 3;
    static final long ORDER_LIFETIME_SECONDS = 900;
    static final double SLIPPAGE_BPS = 15;
    private static final int[] ROUND_LEVERAGES = {5, 10, 20, 25, 50, 75, 100, 125};

    static final int WAITING = 0;
    static final int ORDERED = 1;
    static final int IN_POSITION = 2;
    static final int DONE = 3;

    private final boolean isolated;
    private boolean isLong;
    private boolean fomoProne;
    private final double entryBandPct;
    private final double stopDistancePct;
    private boolean useStop;
    private final double fomoBps;

    private int state;
    private long wakeNanos;
    private long anchorTicks;
    private long entryTicks;
    private long stopTicks;
    private long liqTicks;
    private long orderedAtNanos;

    public RetailCrowd(long accountId, long collateralMicros, Instrument inst, SeededRandom rng, long startTicks,
                       int leverageMin, int leverageMax, double longShare, double entryBandPct,
                       double stopLossShare, double stopDistancePct, double fomoBps, boolean isolated) {
        super(accountId, BotType.RETAIL_CROWD, collateralMicros, drawLeverage(rng, leverageMin, leverageMax), inst,
                rng);
        this.isolated = isolated;
        this.isLong = rng.nextDouble() < longShare;
        this.useStop = rng.nextDouble() < stopLossShare && stopDistancePct > 0;
        this.fomoProne = rng.nextDouble() < FOMO_PRONE_SHARE;
        this.entryBandPct = entryBandPct;
        this.stopDistancePct = stopDistancePct;
        this.fomoBps = fomoBps;
        this.anchorTicks = startTicks;
        this.wakeNanos = (long) (rng.nextDouble() * ARRIVAL_SPREAD_SECONDS * NANOS_PER_SECOND);
    }

    private static int drawLeverage(SeededRandom rng, int min, int max) {
        int lo = Math.min(min, max);
        int hi = Math.max(min, max);
        double x = lo * StrictMath.exp(rng.nextDouble() * StrictMath.log((double) hi / lo));
        int best = (int) Math.round(x);
        double bestDist = Double.MAX_VALUE;
        for (int r : ROUND_LEVERAGES) {
            double d = Math.abs(r - x);
            if (r >= lo && r <= hi && d < bestDist) {
                best = r;
                bestDist = d;
            }
        }
        return Math.max(lo, Math.min(hi, best));
    }

    @Override
    public boolean isolated() {
        return isolated;
    }

    boolean isLong() {
        return isLong;
    }

    @Override
    public void decide(BotContext ctx, List<Command> out) {
        switch (state) {
            case IN_POSITION -> watchPosition(ctx, out);
            case ORDERED -> watchOrder(ctx, out);
            case WAITING -> {
                long now = ctx.nowNanos();
                if (now >= wakeNanos) {
                    wakeNanos = now + NANOS_PER_SECOND;
                    if (!ctx.halted()) {
                        plan(ctx, out, now);
                    }
                }
            }
            default -> {
            }
        }
    }

    /**
     * Round-number grid for a price: the largest 1, 2 or 5 × 10^k ticks that is at most 1 % of it
     * (60,000 USDT → 500, 7,900 → 50, 122,000 → 1,000).
     */
    static long roundStep(long priceTicks) {
        long limit = Math.max(1, priceTicks / 100);
        long step = 1;
        for (long p = 1; p <= limit; p *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                if (p * m <= limit) {
                    step = p * m;
                }
            }
        }
        return step;
    }

    private void plan(BotContext ctx, List<Command> out, long now) {
        long mark = ctx.markTicks();
        AccountView acct = ctx.account(accountId);
        long available = acct == null ? 0 : acct.availableMicros();
        if (available < collateralMicros / 10) {
            state = DONE; // blown up: this one does not come back
            return;
        }
        if (anchorTicks == 0) {
            anchorTicks = mark;
        }
        long band = (long) (anchorTicks * entryBandPct / 100);
        long level;
        double u = rng.nextDouble();
        if (u < 0.35 || band == 0) {
            level = mark; // "the price is there": at market
        } else if (u < 0.55) {
            level = isLong ? ctx.lowTicks(300) : ctx.highTicks(300);
            level += (isLong ? 1 : -1) * roundStep(anchorTicks) / 50; // a hair inside the extreme
        } else {
            long step = roundStep(anchorTicks);
            long n = Math.max(1, band / step);
            double v = rng.nextDouble();
            long k = (long) (v * v * (Math.min(n, 1000) + 1)); // the nearest numbers are the most crowded
            long base = isLong ? Math.floorDiv(anchorTicks, step) * step : Math.floorDiv(anchorTicks + step - 1, step) * step;
            level = isLong ? base - k * step : base + k * step;
            // People cluster on, and just in front of, the number: 59,500, 59,510, 59,520 …
            level += (isLong ? 1 : -1) * rng.nextInt((int) Math.max(1, step / 20));
        }
        long bid = ctx.bestBidTicks();
        long ask = ctx.bestAskTicks();
        // A "level" within a quarter step of the price is the price: take it rather than join the touch.
        long near = roundStep(anchorTicks) / 4;
        boolean atMarket = isLong ? ask > 0 && level > mark - near : bid > 0 && level < mark + near;
        long price = atMarket ? slipped(isLong ? ask : bid) : level;
        if (Math.abs(price - mark) > BotOrders.bandTicks(inst, mark)) {
            return; // out of the band now: try again next second with a fresh plan
        }
        long qty = sizeLots(price, mark, available);
        if (qty <= 0) {
            state = DONE;
            return;
        }
        Side side = isLong ? Side.BUY : Side.SELL;
        out.add(atMarket ? BotOrders.ioc(accountId, side, price, qty, false)
                : BotOrders.gtc(accountId, 1, side, price, qty));
        entryTicks = price;
        orderedAtNanos = now;
        state = ORDERED;
    }

    private long slipped(long touchTicks) {
        long s = Math.max(1, (long) BotOrders.bpsOf(touchTicks, SLIPPAGE_BPS));
        return isLong ? touchTicks + s : touchTicks - s;
    }

    /** Wallet × leverage less fee and slippage headroom, within the bracket that still allows the leverage. */
    private long sizeLots(long price, long mark, long availableMicros) {
        double headroom = 1 + leverage * (SLIPPAGE_BPS * 1e-4 + inst.takerFeeE8() / (double) Instrument.E8);
        double notional = Math.min(collateralMicros, availableMicros) * (double) leverage * 0.97 / headroom;
        BracketTable brackets = inst.brackets();
        for (int b = 1; b <= brackets.size(); b++) {
            if (brackets.get(b).maxLeverage() < leverage) {
                notional = Math.min(notional, brackets.get(b).floorMicros() - 1);
                break;
            }
        }
        long qty = (long) (notional / inst.notionalMicros(Math.max(price, mark), 1));
        return Math.min(qty, BotOrders.affordableLots(inst, isLong, price, mark, availableMicros, leverage));
    }

    private void watchOrder(BotContext ctx, List<Command> out) {
        long now = ctx.nowNanos();
        long last = ctx.lastTicks();
        boolean touched = isLong ? last <= entryTicks : last >= entryTicks;
        if (touched || now >= wakeNanos) {
            wakeNanos = now + 5 * NANOS_PER_SECOND;
            AccountView a = ctx.account(accountId);
            if (a != null && a.positionLots() != 0) {
                enteredAt(a, now);
                return;
            }
            if (a != null && a.openOrders() == 0) {
                state = WAITING; // IOC missed or order gone: re-plan shortly
                wakeNanos = now + NANOS_PER_SECOND;
                return;
            }
        }
        boolean expired = now - orderedAtNanos >= ORDER_LIFETIME_SECONDS * NANOS_PER_SECOND;
        boolean chase = fomoProne && fomoBps > 0 && (now / 100_000_000L + accountId) % 10 == 0 && fomo(ctx);
        if ((expired || chase) && !ctx.halted()) {
            List<OrderView> open = ctx.openOrders(accountId);
            for (int i = 0, n = open.size(); i < n; i++) {
                out.add(new CancelOrder(accountId, open.get(i).orderId()));
            }
            if (chase) {
                long touch = isLong ? ctx.bestAskTicks() : ctx.bestBidTicks();
                long mark = ctx.markTicks();
                if (touch > 0) {
                    long price = slipped(touch);
                    AccountView a = ctx.account(accountId);
                    long qty = a == null ? 0 : sizeLots(price, mark, a.availableMicros());
                    if (qty > 0 && Math.abs(price - mark) <= BotOrders.bandTicks(inst, mark)) {
                        out.add(BotOrders.ioc(accountId, isLong ? Side.BUY : Side.SELL, price, qty, false));
                    }
                }
                wakeNanos = now; // check the fill next tick
                entryTicks = isLong ? Long.MAX_VALUE / 4 : 0;
                orderedAtNanos = now;
            } else {
                state = WAITING;
                anchorTicks = ctx.markTicks();
                wakeNanos = now + NANOS_PER_SECOND;
            }
        }
    }

    /** A fast move in this member's direction: up for longs, down for shorts, over the last 10 s. */
    private boolean fomo(BotContext ctx) {
        long mark = ctx.markTicks();
        if (isLong) {
            long lo = ctx.lowTicks(10);
            return lo > 0 && (mark - lo) * 1e4 >= fomoBps * lo;
        }
        long hi = ctx.highTicks(10);
        return hi > 0 && (hi - mark) * 1e4 >= fomoBps * hi;
    }

    private void enteredAt(AccountView a, long now) {
        state = IN_POSITION;
        long abs = Math.abs(a.positionLots());
        entryTicks = a.entryNotionalMicros() / (abs * inst.microsPerTickLot());
        liqTicks = a.liquidationPriceTicks();
        stopTicks = 0;
        if (useStop) {
            long d = (long) (entryTicks * stopDistancePct / 100);
            long stop = isLong ? entryTicks - d : entryTicks + d;
            boolean beforeLiq = liqTicks == 0 || (isLong ? stop > liqTicks : stop < liqTicks);
            stopTicks = beforeLiq ? stop : 0;
        }
        wakeNanos = now + 60 * NANOS_PER_SECOND;
    }

    private void watchPosition(BotContext ctx, List<Command> out) {
        long mark = ctx.markTicks();
        boolean stopHit = stopTicks != 0 && (isLong ? mark <= stopTicks : mark >= stopTicks);
        boolean liqHit = liqTicks != 0 && (isLong ? mark <= liqTicks : mark >= liqTicks);
        long now = ctx.nowNanos();
        if (!stopHit && !liqHit && now < wakeNanos) {
            return;
        }
        if (stopHit && (ctx.halted() || !BotOrders.canTake(ctx, !isLong))) {
            return; // the stop cannot execute now: it stays armed
        }
        AccountView a = ctx.account(accountId);
        if (a == null || a.positionLots() == 0) {
            exit(now);
            return;
        }
        if (stopHit) {
            out.add(new ClosePosition(accountId));
            exit(now);
            return;
        }
        liqTicks = a.liquidationPriceTicks(); // refresh (funding, partial fills move it)
        wakeNanos = now + 60 * NANOS_PER_SECOND;
    }

    private void exit(long now) {
        if (rng.nextInt(REENTRY_ONE_IN) == 0) {
            state = WAITING;
            anchorTicks = 0; // re-anchored on the price when it comes back
            wakeNanos = now + (120 + rng.nextInt(780)) * NANOS_PER_SECOND;
        } else {
            state = DONE;
        }
    }

    @Override
    void writeOwn(DataOutput out) throws IOException {
        out.writeInt(leverage);
        out.writeBoolean(isLong);
        out.writeBoolean(useStop);
        out.writeBoolean(fomoProne);
        out.writeInt(state);
        out.writeLong(wakeNanos);
        out.writeLong(anchorTicks);
        out.writeLong(entryTicks);
        out.writeLong(stopTicks);
        out.writeLong(liqTicks);
        out.writeLong(orderedAtNanos);
    }

    @Override
    void readOwn(DataInput in) throws IOException {
        leverage = in.readInt();
        isLong = in.readBoolean();
        useStop = in.readBoolean();
        fomoProne = in.readBoolean();
        state = in.readInt();
        wakeNanos = in.readLong();
        anchorTicks = in.readLong();
        entryTicks = in.readLong();
        stopTicks = in.readLong();
        liqTicks = in.readLong();
        orderedAtNanos = in.readLong();
    }
}

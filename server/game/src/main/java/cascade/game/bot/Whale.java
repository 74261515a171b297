package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.engine.command.Command;
import cascade.engine.market.AccountView;
import cascade.game.rng.SeededRandom;
import cascade.game.scenario.BotType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * A large account. At start it builds its initial position ({@code side}, {@code positionBtc}) patiently:
 * once a second, a marketable limit of at most a slice, no more than {@value #BUILD_SLIPPAGE_BPS} bps through
 * the index, so it does not move the market it is entering. A whale-order shock ({@link
 * BotContext#takeWhaleOrderLots}) is worked urgently: one market order of {@code sliceBtc} per tick (0 = all
 * at once); each is an IOC limited at the band edge, so repeated slices walk down (up) the book as far as the
 * band allows. Progress is measured on its position, so unfilled slices are re-sent; a job that finds no
 * liquidity for {@value #GIVE_UP_SECONDS} s is dropped.
 *
 * <p>Predatory ({@code predatory: true}): with no job running, every {@value #HUNT_EVERY_SECONDS} s, if the
 * mark has already fallen 1 % from its 60 s high it sells a slice into the weakness (at most
 * {@value #HUNT_SLICES} slices of extra short), pushing the price toward the long liquidations clustered
 * below; after a 1 % bounce from the 60 s low it buys that extra back.
 *
 * <p>Parameters ({@link BotType#WHALE}) and defaults: {@code collateralUsdt} 5,000,000; {@code leverage} 5;
 * {@code side} flat; {@code positionBtc} 0; {@code sliceBtc} 10; {@code predatory} false.
 */
public final class Whale extends BaseBot {
    static final double BUILD_SLIPPAGE_BPS = 10;
    static final int GIVE_UP_SECONDS = 60;
    static final int HUNT_EVERY_SECONDS = 5;
    static final int HUNT_SLICES = 5;

    private final long sliceLots;
    private final boolean predatory;

    private long targetLots;
    private boolean urgent;
    private long lastProgressNanos;
    private long lastPositionLots;
    private long nextSlowNanos;
    private long huntLots;
    private int liquidationsSeen;

    public Whale(long accountId, long collateralMicros, int leverage, Instrument inst, SeededRandom rng,
                 long initialPositionLots, long sliceLots, boolean predatory) {
        super(accountId, BotType.WHALE, collateralMicros, leverage, inst, rng);
        this.targetLots = initialPositionLots;
        this.sliceLots = sliceLots;
        this.predatory = predatory;
    }

    @Override
    public void decide(BotContext ctx, List<Command> out) {
        long now = ctx.nowNanos();
        long shock = ctx.takeWhaleOrderLots(accountId);
        if (shock != 0) {
            AccountView a = ctx.account(accountId);
            long pos = a == null ? 0 : a.positionLots();
            // A shock is on top of where it stands now; an unfinished build is abandoned.
            targetLots = pos + shock;
            urgent = true;
            lastProgressNanos = now;
            lastPositionLots = pos;
        }
        if (urgent) {
            work(ctx, out, now);
            return;
        }
        if (now < nextSlowNanos) {
            return;
        }
        nextSlowNanos = now + NANOS_PER_SECOND;
        if (ctx.halted()) {
            return;
        }
        AccountView a = ctx.account(accountId);
        if (a == null) {
            return;
        }
        long pos = a.positionLots();
        long mark = ctx.markTicks();
        if (a.liquidations() != liquidationsSeen) {
            liquidationsSeen = a.liquidations(); // liquidated: it does not rebuild what the engine closed
            targetLots = pos;
            huntLots = 0;
        }
        long gap = targetLots - pos;
        if (gap != 0) {
            build(ctx, out, a, gap, mark);
        } else if (predatory && now / NANOS_PER_SECOND % HUNT_EVERY_SECONDS == 0) {
            hunt(ctx, out, a, mark);
        }
    }

    private void work(BotContext ctx, List<Command> out, long now) {
        if (ctx.halted()) {
            lastProgressNanos = now;
            return;
        }
        AccountView a = ctx.account(accountId);
        if (a == null) {
            urgent = false;
            return;
        }
        long pos = a.positionLots();
        if (pos != lastPositionLots) {
            lastProgressNanos = now;
            lastPositionLots = pos;
        }
        long gap = targetLots - pos;
        if (gap == 0 || now - lastProgressNanos > GIVE_UP_SECONDS * NANOS_PER_SECOND) {
            urgent = false;
            targetLots = pos;
            return;
        }
        boolean buy = gap > 0;
        if ((buy ? ctx.bestAskTicks() : ctx.bestBidTicks()) == 0) {
            return;
        }
        long qty = sliceLots <= 0 ? Math.abs(gap) : Math.min(sliceLots, Math.abs(gap));
        BotOrders.take(out, inst, accountId, buy, qty, pos, ctx.markTicks(), a.availableMicros(), leverage, 0);
    }

    private void build(BotContext ctx, List<Command> out, AccountView a, long gap, long mark) {
        boolean buy = gap > 0;
        long index = ctx.indexTicks();
        long limit = (long) (buy ? Math.floor(index * (1 + BUILD_SLIPPAGE_BPS * 1e-4))
                : Math.ceil(index * (1 - BUILD_SLIPPAGE_BPS * 1e-4)));
        long touch = buy ? ctx.bestAskTicks() : ctx.bestBidTicks();
        if (touch == 0 || (buy ? touch > limit : touch < limit)) {
            return;
        }
        long slice = sliceLots > 0 ? sliceLots : Math.abs(gap);
        long qty = Math.min(slice, Math.abs(gap));
        if (BotOrders.take(out, inst, accountId, buy, qty, a.positionLots(), mark, a.availableMicros(), leverage,
                BotOrders.clampToBand(inst, mark, limit)) == 0) {
            targetLots = a.positionLots(); // cannot afford more: settle where it is
        }
    }

    private void hunt(BotContext ctx, List<Command> out, AccountView a, long mark) {
        long slice = sliceLots > 0 ? sliceLots : inst.lotsPerUnit() * 10;
        long high = ctx.highTicks(60);
        long low = ctx.lowTicks(60);
        if (huntLots < HUNT_SLICES * slice && high > 0 && (high - mark) * 100 >= high && ctx.bestBidTicks() > 0) {
            long qty = BotOrders.take(out, inst, accountId, false, slice, a.positionLots(), mark, a.availableMicros(),
                    leverage, 0);
            huntLots += qty;
            targetLots -= qty;
        } else if (huntLots > 0 && low > 0 && (mark - low) * 100 >= low && ctx.bestAskTicks() > 0) {
            long qty = BotOrders.take(out, inst, accountId, true, huntLots, a.positionLots(), mark,
                    a.availableMicros(), leverage, 0);
            targetLots += qty;
            huntLots -= qty;
        }
    }

    @Override
    void writeOwn(DataOutput out) throws IOException {
        out.writeLong(targetLots);
        out.writeBoolean(urgent);
        out.writeLong(lastProgressNanos);
        out.writeLong(lastPositionLots);
        out.writeLong(nextSlowNanos);
        out.writeLong(huntLots);
        out.writeInt(liquidationsSeen);
    }

    @Override
    void readOwn(DataInput in) throws IOException {
        targetLots = in.readLong();
        urgent = in.readBoolean();
        lastProgressNanos = in.readLong();
        lastPositionLots = in.readLong();
        nextSlowNanos = in.readLong();
        huntLots = in.readLong();
        liquidationsSeen = in.readInt();
    }
}

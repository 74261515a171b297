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
 * Keeps the perp near the index (its spot hedge is implicit): when the perp (mid, or last on a one-sided
 * book) is more than the threshold above the index it sells, below it buys, with marketable limits that stop
 * at half the threshold from the index, so it closes the gap without overshooting. It waits its reaction
 * delay before acting on a new signal and between trades; with no signal it recycles its position when the
 * basis has crossed back. It carries funding: when the predicted rate exceeds {@value #FUNDING_LEAN_E8} per
 * 10^8, it sells at half the threshold, buys at 1.5× and does not unwind shorts.
 *
 * <p>Parameters ({@link BotType#ARBITRAGEUR}) and defaults: {@code collateralUsdt} 1,000,000;
 * {@code thresholdBps} 8; {@code sizeBtc} 0.5 per trade; {@code maxPositionBtc} 20; {@code reactionMs} 200;
 * {@code leverage} 5.
 */
public final class Arbitrageur extends BaseBot {
    /** 0.02 % per interval (twice the default interest leg): funding worth leaning on. */
    static final long FUNDING_LEAN_E8 = 20_000;

    private final double thresholdBps;
    private final long sizeLots;
    private final long maxPositionLots;
    private final long reactionNanos;

    private int pendingSignal;
    private long actAtNanos;
    private long nextAllowedNanos;

    public Arbitrageur(long accountId, long collateralMicros, int leverage, Instrument inst, SeededRandom rng,
                       double thresholdBps, long sizeLots, long maxPositionLots, long reactionNanos) {
        super(accountId, BotType.ARBITRAGEUR, collateralMicros, leverage, inst, rng);
        this.thresholdBps = thresholdBps;
        this.sizeLots = Math.max(1, sizeLots);
        this.maxPositionLots = maxPositionLots;
        this.reactionNanos = reactionNanos;
    }

    @Override
    public void decide(BotContext ctx, List<Command> out) {
        long now = ctx.nowNanos();
        if (now < nextAllowedNanos || ctx.halted()) {
            return;
        }
        long bid = ctx.bestBidTicks();
        long ask = ctx.bestAskTicks();
        long ref = bid > 0 && ask > 0 ? (bid + ask) / 2 : ctx.lastTicks();
        long index = ctx.indexTicks();
        double basisBps = (ref - index) * 1e4 / index;
        boolean lean = ctx.predictedFundingRateE8() > FUNDING_LEAN_E8;
        double sellAt = lean ? thresholdBps * 0.5 : thresholdBps;
        double buyAt = lean ? thresholdBps * 1.5 : thresholdBps;
        int signal = basisBps > sellAt ? -1 : basisBps < -buyAt ? 1 : 0;
        if (signal == 0) {
            pendingSignal = 0;
            if (now < actAtNanos) {
                return;
            }
            unwind(ctx, out, now, bid, ask, index, basisBps, lean);
            return;
        }
        if (signal != pendingSignal) {
            pendingSignal = signal;
            actAtNanos = now + reactionNanos;
        }
        if (now < actAtNanos) {
            return;
        }
        AccountView a = ctx.account(accountId);
        if (a == null) {
            return;
        }
        long pos = a.positionLots();
        long mark = ctx.markTicks();
        if (signal < 0) {
            long limit = (long) Math.ceil(index * (1 + sellAt * 0.5e-4));
            long room = maxPositionLots + pos;
            if (bid < limit || room <= 0) {
                return;
            }
            send(out, now, a, false, BotOrders.clampToBand(inst, mark, limit), Math.min(sizeLots, room), mark);
        } else {
            long limit = (long) Math.floor(index * (1 - buyAt * 0.5e-4));
            long room = maxPositionLots - pos;
            if (ask == 0 || ask > limit || room <= 0) {
                return;
            }
            send(out, now, a, true, BotOrders.clampToBand(inst, mark, limit), Math.min(sizeLots, room), mark);
        }
    }

    /** Basis back on the other side of zero: hand back part of the position at the index or better. */
    private void unwind(BotContext ctx, List<Command> out, long now, long bid, long ask, long index, double basisBps,
                        boolean lean) {
        actAtNanos = now + NANOS_PER_SECOND; // at most once a second
        AccountView a = ctx.account(accountId);
        if (a == null || a.positionLots() == 0) {
            return;
        }
        long pos = a.positionLots();
        long mark = ctx.markTicks();
        if (pos > 0 && basisBps >= 0 && bid >= index) {
            send(out, now, a, false, BotOrders.clampToBand(inst, mark, index), Math.min(sizeLots, pos), mark);
        } else if (pos < 0 && !lean && basisBps <= 0 && ask > 0 && ask <= index) {
            send(out, now, a, true, BotOrders.clampToBand(inst, mark, index), Math.min(sizeLots, -pos), mark);
        }
    }

    private void send(List<Command> out, long now, AccountView a, boolean isBuy, long limit, long qty, long mark) {
        if (BotOrders.take(out, inst, accountId, isBuy, qty, a.positionLots(), mark, a.availableMicros(), leverage,
                limit) > 0) {
            nextAllowedNanos = now + Math.max(reactionNanos, 1);
            pendingSignal = 0;
        }
    }

    @Override
    void writeOwn(DataOutput out) throws IOException {
        out.writeInt(pendingSignal);
        out.writeLong(actAtNanos);
        out.writeLong(nextAllowedNanos);
    }

    @Override
    void readOwn(DataInput in) throws IOException {
        pendingSignal = in.readInt();
        actAtNanos = in.readLong();
        nextAllowedNanos = in.readLong();
    }
}

package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.engine.command.ClosePosition;
import cascade.engine.command.Command;
import cascade.engine.command.Side;
import cascade.engine.market.AccountView;
import cascade.game.rng.SeededRandom;
import cascade.game.scenario.BotType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Trend follower: samples the mark once per game-second (at its own phase within the second) into a ring of
 * {@code lookbackSeconds}; flat, it enters with a market order in the direction of a move over the window
 * beyond its threshold (so it sells into drops); in a position it closes at the stop-loss or take-profit
 * distance from its entry price, then sits out one lookback. Each member's threshold is the population's ×
 * 0.8–1.2, so a population fires over a range of moves rather than on one tick.
 *
 * <p>Parameters ({@link BotType#MOMENTUM}) and defaults: {@code collateralUsdt} 50,000;
 * {@code lookbackSeconds} 30; {@code thresholdBps} 40; {@code sizeBtc} 0.3; {@code stopLossPct} 1.5;
 * {@code takeProfitPct} 3; {@code leverage} 20.
 */
public final class Momentum extends BaseBot {
    private double thresholdBps;
    private final long sizeLots;
    private final double stopLossPct;
    private final double takeProfitPct;
    private final long[] ring;

    private long nextSampleNanos;
    private long samples;
    private int direction;
    private long entryTicks;
    private long cooldownUntilNanos;

    public Momentum(long accountId, long collateralMicros, int leverage, Instrument inst, SeededRandom rng,
                    int lookbackSeconds, double thresholdBps, long sizeLots, double stopLossPct,
                    double takeProfitPct) {
        super(accountId, BotType.MOMENTUM, collateralMicros, leverage, inst, rng);
        this.ring = new long[lookbackSeconds + 1];
        this.thresholdBps = thresholdBps * (0.8 + 0.4 * rng.nextDouble());
        this.sizeLots = Math.max(1, sizeLots);
        this.stopLossPct = stopLossPct;
        this.takeProfitPct = takeProfitPct;
        this.nextSampleNanos = (long) (rng.nextDouble() * NANOS_PER_SECOND);
    }

    @Override
    public void decide(BotContext ctx, List<Command> out) {
        long now = ctx.nowNanos();
        if (now < nextSampleNanos) {
            return;
        }
        nextSampleNanos += NANOS_PER_SECOND * (1 + (now - nextSampleNanos) / NANOS_PER_SECOND);
        long mark = ctx.markTicks();
        ring[(int) (samples % ring.length)] = mark;
        samples++;
        if (ctx.halted()) {
            return;
        }
        if (direction != 0) {
            manage(ctx, out, now, mark);
        } else if (samples >= ring.length && now >= cooldownUntilNanos) {
            long then = ring[(int) (samples % ring.length)]; // the oldest sample, lookback seconds ago
            double moveBps = (mark - then) * 1e4 / then;
            if (moveBps <= -thresholdBps) {
                enter(ctx, out, Side.SELL, mark);
            } else if (moveBps >= thresholdBps) {
                enter(ctx, out, Side.BUY, mark);
            }
        }
    }

    private void enter(BotContext ctx, List<Command> out, Side side, long mark) {
        if ((side.isBuy() ? ctx.bestAskTicks() : ctx.bestBidTicks()) == 0) {
            return;
        }
        AccountView a = ctx.account(accountId);
        if (a == null) {
            return;
        }
        long edge = side.isBuy() ? mark + BotOrders.bandTicks(inst, mark) : mark - BotOrders.bandTicks(inst, mark);
        long qty = Math.min(sizeLots, BotOrders.affordableLots(inst, side.isBuy(), edge, mark, a.availableMicros(),
                leverage));
        if (qty <= 0) {
            return;
        }
        out.add(BotOrders.market(accountId, side, qty, false));
        direction = side.isBuy() ? 1 : -1;
        entryTicks = 0; // read from the account once filled
    }

    private void manage(BotContext ctx, List<Command> out, long now, long mark) {
        if (entryTicks == 0) {
            AccountView a = ctx.account(accountId);
            long pos = a == null ? 0 : a.positionLots();
            if (pos == 0) {
                flat(now);
                return;
            }
            direction = pos > 0 ? 1 : -1;
            entryTicks = a.entryNotionalMicros() / (Math.abs(pos) * inst.microsPerTickLot());
        }
        double pnlPct = direction * (mark - entryTicks) * 100.0 / entryTicks;
        if (pnlPct <= -stopLossPct || pnlPct >= takeProfitPct) {
            if (!BotOrders.canTake(ctx, direction < 0)) {
                return; // nothing to close against: try again next second
            }
            AccountView a = ctx.account(accountId);
            if (a != null && a.positionLots() != 0) {
                out.add(new ClosePosition(accountId));
            }
            flat(now);
        } else if ((now / NANOS_PER_SECOND) % 10 == 0) {
            // Every ten seconds: still in? (a liquidation closes the position without telling us)
            AccountView a = ctx.account(accountId);
            if (a == null || a.positionLots() == 0) {
                flat(now);
            }
        }
    }

    private void flat(long now) {
        direction = 0;
        entryTicks = 0;
        cooldownUntilNanos = now + (ring.length - 1) * NANOS_PER_SECOND;
    }

    @Override
    void writeOwn(DataOutput out) throws IOException {
        out.writeDouble(thresholdBps);
        out.writeLong(nextSampleNanos);
        out.writeLong(samples);
        for (long v : ring) {
            out.writeLong(v);
        }
        out.writeInt(direction);
        out.writeLong(entryTicks);
        out.writeLong(cooldownUntilNanos);
    }

    @Override
    void readOwn(DataInput in) throws IOException {
        thresholdBps = in.readDouble();
        nextSampleNanos = in.readLong();
        samples = in.readLong();
        for (int i = 0; i < ring.length; i++) {
            ring[i] = in.readLong();
        }
        direction = in.readInt();
        entryTicks = in.readLong();
        cooldownUntilNanos = in.readLong();
    }
}

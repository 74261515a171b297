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
 * A dealer short options struck at the start price, delta-hedging in the perp. Its options delta moves against
 * the market, so the hedge it holds is {@code gammaBtcPerPct × (mark − start) / start × 100} BTC: short as the
 * price falls, long as it rises — it sells into falls and buys into rallies, amplifying moves. Every
 * {@code hedgeIntervalSeconds} it compares its position with that target and, when the error exceeds
 * {@code hedgeBandBtc}, trades the difference with a market order.
 *
 * <p>Parameters ({@link BotType#SHORT_GAMMA}) and defaults: {@code collateralUsdt} 3,000,000;
 * {@code gammaBtcPerPct} 4; {@code hedgeIntervalSeconds} 5; {@code hedgeBandBtc} 1; {@code leverage} 10.
 */
public final class ShortGamma extends BaseBot {
    private final double gammaLotsPerPct;
    private final long intervalNanos;
    private final long bandLots;
    private final long referenceTicks;

    private long nextHedgeNanos;

    public ShortGamma(long accountId, long collateralMicros, int leverage, Instrument inst, SeededRandom rng,
                      long referenceTicks, double gammaBtcPerPct, int hedgeIntervalSeconds, long hedgeBandLots) {
        super(accountId, BotType.SHORT_GAMMA, collateralMicros, leverage, inst, rng);
        this.referenceTicks = referenceTicks;
        this.gammaLotsPerPct = gammaBtcPerPct * inst.lotsPerUnit();
        this.intervalNanos = hedgeIntervalSeconds * NANOS_PER_SECOND;
        this.bandLots = hedgeBandLots;
        this.nextHedgeNanos = intervalNanos;
    }

    /** The hedge (signed lots) this bot wants at {@code markTicks}. */
    long targetLots(long markTicks) {
        return Math.round(gammaLotsPerPct * (markTicks - referenceTicks) * 100.0 / referenceTicks);
    }

    @Override
    public void decide(BotContext ctx, List<Command> out) {
        long now = ctx.nowNanos();
        if (now < nextHedgeNanos) {
            return;
        }
        nextHedgeNanos = now + intervalNanos;
        if (ctx.halted()) {
            return;
        }
        AccountView a = ctx.account(accountId);
        if (a == null) {
            return;
        }
        long mark = ctx.markTicks();
        long pos = a.positionLots();
        long error = targetLots(mark) - pos;
        if (Math.abs(error) <= bandLots) {
            return;
        }
        boolean buy = error > 0;
        if ((buy ? ctx.bestAskTicks() : ctx.bestBidTicks()) == 0) {
            return;
        }
        BotOrders.take(out, inst, accountId, buy, Math.abs(error), pos, mark, a.availableMicros(), leverage, 0);
    }

    @Override
    void writeOwn(DataOutput out) throws IOException {
        out.writeLong(nextHedgeNanos);
    }

    @Override
    void readOwn(DataInput in) throws IOException {
        nextHedgeNanos = in.readLong();
    }
}

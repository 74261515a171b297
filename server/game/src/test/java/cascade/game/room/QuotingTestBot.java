package cascade.game.room;

import cascade.engine.Instrument;
import cascade.engine.book.TimeInForce;
import cascade.engine.command.CancelOrder;
import cascade.engine.command.Command;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.Side;
import cascade.engine.market.OrderView;
import cascade.game.bot.Bot;
import cascade.game.bot.BotContext;
import cascade.game.bot.BotFactory;
import cascade.game.rng.SeededRandom;
import cascade.game.scenario.BotType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * A deliberately simple bot for room tests (the real population lives in cascade.game.bot): every second it
 * re-quotes one bid and one ask around the index, with a random size from its own RNG, so a room has a book
 * and trades that depend on the seed.
 */
final class QuotingTestBot implements Bot {
    static final BotFactory FACTORY = (spec, member, accountId, rng, inst, start) -> new QuotingTestBot(accountId, rng);
    private final long accountId;
    private final SeededRandom rng;
    private long nextNanos;

    QuotingTestBot(long accountId, SeededRandom rng) {
        this.accountId = accountId;
        this.rng = rng;
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public BotType type() {
        return BotType.MARKET_MAKER;
    }

    @Override
    public long collateralMicros() {
        return 50_000_000 * Instrument.MICROS_PER_USDT;
    }

    @Override
    public int leverage() {
        return 5;
    }

    @Override
    public void decide(BotContext ctx, List<Command> out) {
        if (ctx.nowNanos() < nextNanos || ctx.halted()) {
            return;
        }
        nextNanos = ctx.nowNanos() + 1_000_000_000L;
        for (OrderView o : ctx.openOrders(accountId)) {
            out.add(new CancelOrder(accountId, o.orderId()));
        }
        if (ctx.marketMakersPulled()) {
            return;
        }
        long index = ctx.indexTicks();
        long half = Math.max(1, index / 10_000);
        long size = 100 + rng.nextInt(900);
        out.add(new PlaceOrder(accountId, 0, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, index - half - rng.nextInt(3), size, false));
        out.add(new PlaceOrder(accountId, 0, Side.SELL, OrderType.LIMIT, TimeInForce.GTC, index + half + rng.nextInt(3), size, false));
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeLong(nextNanos);
        rng.writeState(out);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        nextNanos = in.readLong();
        rng.readState(in);
    }
}

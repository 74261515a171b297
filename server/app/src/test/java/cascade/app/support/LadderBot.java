package cascade.app.support;

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
import cascade.game.scenario.BotType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * A test market maker (the real bot library is server/game's): every game-second it re-quotes 20 levels a side,
 * 0.5 BTC each, 0.01 % apart around the index, so rooms in tests have a deep, deterministic book.
 */
public final class LadderBot implements Bot {
    public static final BotFactory FACTORY = (spec, member, accountId, rng, inst, start) -> new LadderBot(accountId);
    private final long accountId;
    private long nextNanos;

    LadderBot(long accountId) {
        this.accountId = accountId;
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
        return 100_000_000 * Instrument.MICROS_PER_USDT;
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
        long step = Math.max(1, index / 10_000);
        for (int i = 1; i <= 20; i++) {
            out.add(new PlaceOrder(accountId, 0, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, index - i * step, 500, false));
            out.add(new PlaceOrder(accountId, 0, Side.SELL, OrderType.LIMIT, TimeInForce.GTC, index + i * step, 500, false));
        }
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeLong(nextNanos);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        nextNanos = in.readLong();
    }
}

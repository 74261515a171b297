package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.engine.command.Command;
import cascade.engine.command.Deposit;
import cascade.engine.command.IndexTick;
import cascade.engine.command.MarginMode;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.SetMarginMode;
import cascade.engine.event.CommandRejected;
import cascade.engine.event.Event;
import cascade.engine.market.Market;
import cascade.game.rng.SeededRandom;
import cascade.game.scenario.BotSpec;
import cascade.game.scenario.BotType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * A miniature room for bot tests: a real {@link Market}, bots built by {@link DefaultBotFactory} from
 * population lines, an index path (game-second → index ticks), and the room's tick order: index tick, then
 * every bot decides and its commands are applied at once, in order.
 */
final class BotHarness {
    static final long TICK_NANOS = 100_000_000L;
    static final long START = 600_000; // 60,000 USDT

    final Instrument inst = Instrument.btcUsdt();
    final MarketBotContext ctx;
    final List<Bot> bots = new ArrayList<>();
    final List<BotSpec> specs = new ArrayList<>();
    final List<Integer> members = new ArrayList<>();
    final SeededRandom roomRng;
    final List<Command> tickCommands = new ArrayList<>();
    final Map<BotType, int[]> sentAndRejected = new EnumMap<>(BotType.class);
    final Map<String, Integer> rejectReasons = new java.util.TreeMap<>();
    LongUnaryOperator indexPath;
    long ticks;
    long nextAccountId = 1;

    final long start;

    BotHarness(long seed) {
        this(seed, START);
    }

    BotHarness(long seed, long startTicks) {
        start = startTicks;
        Market market = new Market(inst, startTicks);
        ctx = new MarketBotContext(market, TICK_NANOS, startTicks);
        roomRng = new SeededRandom(seed);
        indexPath = t -> startTicks;
    }

    Market market() {
        return ctx.market;
    }

    /** Adds {@code count} bots of a type; params as YAML would give them (decimals as BigDecimal). */
    List<Bot> add(BotType type, int count, Object... keyValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            params.put((String) keyValues[i], v instanceof Double d ? new BigDecimal(d.toString())
                    : v instanceof Integer n ? Long.valueOf(n) : v);
        }
        return add(new BotSpec(type, count, params));
    }

    /** Adds a population line as a scenario declares it. */
    List<Bot> add(BotSpec spec) {
        int count = spec.count();
        List<Bot> added = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            long id = nextAccountId++;
            Bot bot = new DefaultBotFactory().create(spec, m, id, roomRng.split(), inst, start);
            bots.add(bot);
            specs.add(spec);
            members.add(m);
            added.add(bot);
            apply(new Deposit(id, bot.collateralMicros()), null);
            if (bot.isolated()) {
                apply(new SetMarginMode(id, MarginMode.ISOLATED), null);
            }
            apply(new SetLeverage(id, bot.leverage()), null);
        }
        return added;
    }

    /** Opens an account for the test itself. */
    long account(long usdt, int leverage) {
        long id = nextAccountId++;
        apply(new Deposit(id, usdt * Instrument.MICROS_PER_USDT), null);
        apply(new SetLeverage(id, leverage), null);
        return id;
    }

    List<Event> apply(Command c, Bot by) {
        List<Event> events = ctx.market.apply(c);
        if (by != null) {
            int[] counts = sentAndRejected.computeIfAbsent(by.type(), k -> new int[2]);
            counts[0]++;
            for (Event e : events) {
                if (e instanceof CommandRejected r) {
                    counts[1]++;
                    rejectReasons.merge(by.type() + " " + r.reason(), 1, Integer::sum);
                }
            }
        }
        return events;
    }

    /** One clock tick: index, then every bot in order. Commands of the tick are kept in {@link #tickCommands}. */
    void tick() {
        ticks++;
        long now = ticks * TICK_NANOS;
        long index = indexPath.applyAsLong(ticks);
        ctx.market.apply(new IndexTick(now, index));
        ctx.recordMark();
        tickCommands.clear();
        List<Command> out = new ArrayList<>();
        for (Bot bot : bots) {
            out.clear();
            bot.decide(ctx, out);
            for (Command c : out) {
                tickCommands.add(c);
                apply(c, bot);
            }
        }
    }

    /** Runs game-seconds; the index path is called with the tick number (10 per second). */
    void run(int seconds) {
        for (int i = 0; i < seconds * 10; i++) {
            tick();
        }
    }

    int rejected(BotType type) {
        int[] c = sentAndRejected.get(type);
        return c == null ? 0 : c[1];
    }

    int sent(BotType type) {
        int[] c = sentAndRejected.get(type);
        return c == null ? 0 : c[0];
    }

    byte[] botState() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            for (Bot b : bots) {
                b.writeState(out);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of this room from snapshots only: the market restored from its snapshot, each bot rebuilt by the
     * factory (with an unrelated RNG) and then restored from its state.
     */
    BotHarness restoredCopy() {
        BotHarness h = new BotHarness(999, start);
        h.ctx.market = Market.restore(ctx.market.snapshot());
        h.ctx.copyHistoryFrom(ctx);
        h.indexPath = indexPath;
        h.ticks = ticks;
        h.nextAccountId = nextAccountId;
        for (int i = 0; i < bots.size(); i++) {
            Bot b = bots.get(i);
            h.bots.add(new DefaultBotFactory().create(specs.get(i), members.get(i), b.accountId(),
                    new SeededRandom(12345 + i), inst, start));
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(botState()));
            for (Bot b : h.bots) {
                b.readState(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return h;
    }
}

package cascade.bench;

import cascade.engine.Instrument;
import cascade.engine.command.Command;
import cascade.engine.command.Deposit;
import cascade.engine.command.IndexTick;
import cascade.engine.command.MarginMode;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.SetMarginMode;
import cascade.engine.market.Market;
import cascade.game.bot.Bot;
import cascade.game.bot.DefaultBotFactory;
import cascade.game.rng.SeededRandom;
import cascade.game.scenario.BotSpec;
import cascade.game.scenario.BotType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Average cost of one {@link Bot#decide} call, per bot type, in a running room: the "leverage trap" line-up
 * (3 makers, 2 arbitrageurs, 15 noise, 5 momentum, 200 crowd, 1 whale, 1 short gamma) with the measured type
 * at {@value #MEASURED} members, on a real {@link Market} whose index random-walks at 80 % a year with a −4 %
 * slide every 10 game-minutes, and a whale order every 2 minutes. The room is warmed up 5 game-minutes and
 * then keeps running across iterations. Each invocation is one clock tick: the untimed setup applies the
 * measured bots' previous commands and advances the room (index tick, every other bot decides and trades);
 * the timed part is the measured bots' {@code decide} calls (their commands are only collected). A decision
 * is one {@code decide} call, most of which only check a timer.
 *
 * <pre>
 *   java -jar server/bench/target/benchmarks.jar BotDecisionBenchmark -f 1 -wi 2 -i 3 -w 3s -r 3s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BotDecisionBenchmark {
    static final int MEASURED = 50;
    static final long START = 600_000;
    static final long TICK = 100_000_000L;

    @Param({"MARKET_MAKER", "ARBITRAGEUR", "NOISE", "MOMENTUM", "RETAIL_CROWD", "WHALE", "SHORT_GAMMA"})
    public String type;

    private Market market;
    private BenchBotContext ctx;
    private final List<Bot> others = new ArrayList<>();
    private final List<Bot> measured = new ArrayList<>();
    private final List<Command> pending = new ArrayList<>();
    private final List<Command> scratch = new ArrayList<>();
    private SeededRandom walk;
    private double logIndex;
    private long ticks;
    private int whales;

    @Setup(Level.Trial)
    public void setUp() {
        BotType target = BotType.valueOf(type);
        Instrument inst = Instrument.btcUsdt();
        market = new Market(inst, START);
        SeededRandom room = new SeededRandom(2026);
        walk = room.split();
        List<BotSpec> lineUp = List.of(
                spec(BotType.MARKET_MAKER, 3, "spreadBps", 4, "levels", 8, "levelStepBps", 4, "sizeBtc", 0.4,
                        "pullOnMovePct", 2),
                spec(BotType.ARBITRAGEUR, 2, "thresholdBps", 8, "sizeBtc", 0.5, "maxPositionBtc", 20),
                spec(BotType.NOISE, 15, "ordersPerMinute", 3, "sizeBtc", 0.05, "limitShare", 0.5),
                spec(BotType.MOMENTUM, 5, "lookbackSeconds", 30, "thresholdBps", 40, "sizeBtc", 0.3,
                        "stopLossPct", 1.5),
                spec(BotType.RETAIL_CROWD, 200, "collateralUsdt", 2000, "leverageMin", 25, "leverageMax", 100,
                        "longShare", 0.85, "entryBandPct", 2.5, "stopLossShare", 0.2, "stopDistancePct", 1,
                        "fomoBps", 30),
                spec(BotType.WHALE, 1, "collateralUsdt", 5000000, "sliceBtc", 10, "predatory", true),
                spec(BotType.SHORT_GAMMA, 1, "gammaBtcPerPct", 4, "hedgeIntervalSeconds", 5, "hedgeBandBtc", 1));
        DefaultBotFactory factory = new DefaultBotFactory();
        long id = 1;
        long firstWhale = 0;
        for (BotSpec base : lineUp) {
            BotSpec s = base.type() == target ? new BotSpec(target, MEASURED, base.params()) : base;
            if (s.type() == BotType.WHALE) {
                firstWhale = id;
                whales = s.count();
            }
            for (int m = 0; m < s.count(); m++) {
                Bot bot = factory.create(s, m, id++, room.split(), inst, START);
                market.apply(new Deposit(bot.accountId(), bot.collateralMicros()));
                if (bot.isolated()) {
                    market.apply(new SetMarginMode(bot.accountId(), MarginMode.ISOLATED));
                }
                market.apply(new SetLeverage(bot.accountId(), bot.leverage()));
                (s.type() == target ? measured : others).add(bot);
            }
        }
        ctx = new BenchBotContext(market, START, firstWhale, whales);
        logIndex = Math.log(START);
        for (int i = 0; i < 3000; i++) { // 5 game-minutes
            advance();
            decideAll(measured, true);
        }
    }

    private static BotSpec spec(BotType type, int count, Object... kv) {
        Map<String, Object> params = new java.util.TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            params.put((String) kv[i], v instanceof Integer n && !((String) kv[i]).equals("levels")
                    && !((String) kv[i]).endsWith("Seconds") && !((String) kv[i]).startsWith("leverage")
                    ? BigDecimal.valueOf(n) : v instanceof Integer n ? Long.valueOf(n)
                    : v instanceof Double d ? BigDecimal.valueOf(d) : v);
        }
        return new BotSpec(type, count, params);
    }

    /** Untimed: the measured bots' commands of the previous tick, then the next tick of the room. */
    @Setup(Level.Invocation)
    public void advance() {
        for (Command c : pending) {
            market.apply(c);
        }
        pending.clear();
        ticks++;
        long second = ticks / 10;
        double sigmaPerTick = 0.8 / Math.sqrt(365.0 * 24 * 36000);
        logIndex += sigmaPerTick * walk.nextGaussian();
        long phase = second % 600;
        if (phase >= 300 && phase < 420) {
            logIndex += Math.log(0.96) / 1200; // −4 % over two minutes
        } else if (phase >= 420 && phase < 600) {
            logIndex -= Math.log(0.96) / 1800; // and back over three
        }
        if (ticks % 1200 == 0 && whales > 0) {
            ctx.whaleOrder((int) (second / 120 % whales), (walk.nextDouble() < 0.7 ? -1 : 1) * 20_000L);
        }
        market.apply(new IndexTick(ticks * TICK, Math.round(Math.exp(logIndex))));
        ctx.recordMark();
        decideAll(others, true);
    }

    private void decideAll(List<Bot> bots, boolean apply) {
        for (int i = 0, n = bots.size(); i < n; i++) {
            scratch.clear();
            bots.get(i).decide(ctx, scratch);
            if (apply) {
                for (int k = 0; k < scratch.size(); k++) {
                    market.apply(scratch.get(k));
                }
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(MEASURED)
    public int decide() {
        List<Command> out = pending;
        for (int i = 0, n = measured.size(); i < n; i++) {
            measured.get(i).decide(ctx, out);
        }
        return out.size();
    }
}

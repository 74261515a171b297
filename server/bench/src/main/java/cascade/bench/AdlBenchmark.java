package cascade.bench;

import cascade.engine.book.TimeInForce;
import cascade.engine.command.Deposit;
import cascade.engine.command.IndexTick;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.Side;
import cascade.engine.event.Event;
import cascade.engine.market.Market;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ADL at scale: one tick bankrupts 10,000 longs (100 lots each, 100× leverage) with an empty book and an
 * empty insurance fund, ADL on; 1,000,000 one-lot shorts are the profitable counterparties. The figure is
 * the whole tick: 10,000 liquidations, one ranking of the 1,000,000 shorts (built once per mark), and
 * deleveraging 1,000,000 lots of them at the bankruptcy prices. SingleShotTime on a fresh market per
 * iteration, restored from a snapshot (untimed).
 *
 * <pre>
 *   java -jar server/bench/target/benchmarks.jar AdlBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class AdlBenchmark {
    static final int BANKRUPT = 10_000;
    static final int PROFITABLE = 1_000_000;
    static final long LOTS_EACH = 100;
    byte[] snapshot;
    Market market;

    @Setup(Level.Trial)
    public void build() {
        Market m = new Market(PositionFixture.instrument(0), PositionFixture.OPEN_TICKS);
        m.apply(new IndexTick(1, PositionFixture.OPEN_TICKS, "")); // basis sample on the empty book
        long usdt = PositionFixture.USDT;
        ok(m, new Deposit(PositionFixture.LP, 100_000_000_000L * usdt));
        ok(m, new SetLeverage(PositionFixture.LP, 1));
        // Shorts sell 1 lot each into the provider's bid; the bankrupt longs then buy from its ask.
        ok(m, PlaceOrder.limit(PositionFixture.LP, Side.BUY, PositionFixture.OPEN_TICKS, PROFITABLE));
        for (int i = 0; i < PROFITABLE; i++) {
            long id = 100_000 + i;
            ok(m, new Deposit(id, (20 + i % 50) * usdt));
            ok(m, new SetLeverage(id, 5 + i % 20));
            ok(m, new PlaceOrder(id, 0, Side.SELL, OrderType.LIMIT, TimeInForce.IOC, PositionFixture.OPEN_TICKS, 1, false));
        }
        ok(m, PlaceOrder.limit(PositionFixture.LP, Side.SELL, PositionFixture.OPEN_TICKS, BANKRUPT * LOTS_EACH));
        for (int i = 0; i < BANKRUPT; i++) {
            long id = 2 + i;
            ok(m, new Deposit(id, (66 + i % 20) * usdt)); // 5,000 USDT notional at 100×: liquidation ≈ 1.2 % below
            ok(m, new SetLeverage(id, 100));
            ok(m, new PlaceOrder(id, 0, Side.BUY, OrderType.LIMIT, TimeInForce.IOC, PositionFixture.OPEN_TICKS, LOTS_EACH, false));
        }
        snapshot = m.snapshot();
    }

    static void ok(Market m, cascade.engine.command.Command c) {
        for (Event e : m.apply(c)) {
            if (e instanceof cascade.engine.event.CommandRejected r) {
                throw new IllegalStateException(c + " rejected: " + r);
            }
        }
    }

    @Setup(Level.Iteration)
    public void fresh() {
        market = null;
        System.gc();
        market = Market.restore(snapshot);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Event> deleverage() {
        // −3 %: every long is past bankruptcy; no bids, no fund: all of it goes to ADL.
        List<Event> ev = market.apply(new IndexTick(2, PositionFixture.OPEN_TICKS * 97 / 100, "bench"));
        MarginSweepBenchmark.check(market.liquidationCount() == BANKRUPT, "liquidated " + market.liquidationCount());
        return ev;
    }
}

package cascade.bench;

import cascade.engine.command.IndexTick;
import cascade.engine.command.PlaceOrder;
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
 * 100,000 long positions liquidated in one tick into a book deep enough to absorb them all (target
 * ≤ 0.5 s). Liquidation prices 48,000–48,500 (top 1,000 up to 49,000); the provider rests 100 bid levels
 * just above the highest bankruptcy price holding every position's lots, so each liquidation IOC fills
 * completely (step 2 of the waterfall: fills, clearance fee, surplus to the fund). The tick moves the
 * mark (= index, see {@link PositionFixture}) below every liquidation price. SingleShotTime on a fresh
 * market per iteration, restored from a snapshot (untimed).
 *
 * <pre>
 *   java -jar server/bench/target/benchmarks.jar CascadeBenchmark -f 1 -wi 5 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CascadeBenchmark {
    static final int N = 100_000;
    byte[] snapshot;
    long mark;
    long now;
    Market market;

    @Setup(Level.Trial)
    public void build() {
        PositionFixture f = new PositionFixture(N, 48_000, 48_500, 1_000_000 * PositionFixture.USDT, 7);
        long maxBankrupt = 0;
        long lots = 0;
        for (int i = 0; i < N; i++) {
            var v = f.market.account(i + 2);
            maxBankrupt = Math.max(maxBankrupt, v.bankruptcyPriceTicks());
            lots += v.positionLots();
        }
        for (int level = 0; level < 100; level++) {
            f.ok(PlaceOrder.limit(PositionFixture.LP, Side.BUY, maxBankrupt + 1 + level, lots / 100 + 1));
        }
        mark = f.liqSorted[N - 1] - 1;
        now = f.nowNanos;
        snapshot = f.market.snapshot();
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
    public List<Event> cascade() {
        List<Event> ev = market.apply(new IndexTick(now + 1, mark, "bench"));
        MarginSweepBenchmark.check(market.liquidationCount() == N, "liquidated " + market.liquidationCount());
        MarginSweepBenchmark.check(market.insuranceFundPositionLots() == 0, "the book absorbed everything");
        return ev;
    }
}

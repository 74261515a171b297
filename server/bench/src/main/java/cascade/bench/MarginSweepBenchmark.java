package cascade.bench;

import cascade.engine.command.IndexTick;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one {@link IndexTick} (index → mark → margin service → offload check) with n open positions,
 * when k accounts cross. n longs are opened through {@link Market#apply} against a liquidity provider,
 * liquidation prices spread over 40,000–48,500 USDT (the top 1,000 at 48,500–49,000, 0.5 apart) (see {@link PositionFixture}); the mark equals the
 * index, so the tick moves it exactly.
 *
 * <ul>
 * <li>{@code noneCross}: AverageTime. Each call advances game time 100 ms and moves the index between
 *     50,000 and one tick above the highest liquidation price, so nobody crosses; basis and funding
 *     samples are taken once per game-second (every 10th call). Must not scan: ≤ 1 µs at n = 10^6.</li>
 * <li>{@code kCross}: SingleShotTime on a fresh market per iteration (restored from a snapshot taken at the
 *     end of the trial setup, untimed). The figure is the one tick that liquidates exactly k accounts:
 *     finding them, ordering them, and for each: cancel (no orders), an IOC into an empty book (no bids),
 *     fund takeover at the bankruptcy price, fee/surplus settlement, events and re-indexing.</li>
 * </ul>
 *
 * <pre>
 *   java -jar server/bench/target/benchmarks.jar MarginSweepBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class MarginSweepBenchmark {

    @State(Scope.Benchmark)
    public static class NoCross {
        @Param({"10000", "100000", "1000000"})
        int n;
        PositionFixture f;
        long far;
        long near;
        long now;
        boolean flip;

        @Setup(Level.Trial)
        public void build() {
            f = new PositionFixture(n, 40_000, 48_500, 1_000_000 * PositionFixture.USDT, 42);
            far = PositionFixture.OPEN_TICKS;
            near = f.markCrossing(0);
            now = f.nowNanos;
            check(f.crossedAt(near) == 0, "no account crosses at " + near);
            System.gc();
        }
    }

    @State(Scope.Benchmark)
    public static class Cross {
        @Param({"10000", "100000", "1000000"})
        int n;
        @Param({"10", "1000"})
        int k;
        byte[] snapshot;
        long mark;
        long now;
        Market market;

        @Setup(Level.Trial)
        public void build() {
            PositionFixture f = new PositionFixture(n, 40_000, 48_500, 1_000_000 * PositionFixture.USDT, 42);
            mark = f.markCrossing(k);
            check(f.crossedAt(mark) == k, "exactly " + k + " accounts cross at " + mark + " (ties)");
            now = f.nowNanos;
            snapshot = f.market.snapshot();
        }

        @Setup(Level.Iteration)
        public void fresh() {
            market = null;
            System.gc();
            market = Market.restore(snapshot);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public List<Event> noneCross(NoCross s) {
        s.now += 100_000_000L;
        s.flip = !s.flip;
        return s.f.market.apply(new IndexTick(s.now, s.flip ? s.near : s.far, ""));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Event> kCross(Cross s) {
        List<Event> ev = s.market.apply(new IndexTick(s.now + 1, s.mark, "bench"));
        check(s.market.liquidationCount() == s.k, "liquidated " + s.market.liquidationCount() + " ≠ " + s.k);
        return ev;
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}

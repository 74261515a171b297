package cascade.bench;

import cascade.engine.book.TimeInForce;
import cascade.engine.command.CancelOrder;
import cascade.engine.command.Command;
import cascade.engine.command.Deposit;
import cascade.engine.command.IndexTick;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.Side;
import cascade.engine.event.Event;
import cascade.engine.event.OrderAccepted;
import cascade.engine.market.Market;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one command through {@link Market#apply} (validation, margin checks, book, fills into positions,
 * fees, events, re-indexing, margin service), to set against {@link OrderBookBenchmark}'s bare book. Four
 * well-funded accounts; per command: 1 % index ticks (100 ms, ±0.01 %), else 85 % GTC limits 1–50 ticks
 * off the mark while fewer than 64 known ids are live, cancels of a live id (from {@code OrderAccepted})
 * otherwise, and 15 % IOC limits crossing the spread by up to 20 ticks. The book stays at ~64 orders
 * (a quoting account's working set): {@code trimReduceOnly} copies and sorts every open order of each
 * touched account per command, so the cost grows with orders per account (see docs/performance.md). The choice
 * stream is pre-drawn; prices are set relative to the current mark when the command is built (that and
 * the tracking of live ids are included in the figure, as a client would do them).
 *
 * <pre>
 *   java -jar server/bench/target/benchmarks.jar MarketApplyBenchmark -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MarketApplyBenchmark {
    static final int BATCH = 1024;
    static final int STREAM = 1 << 20;
    private final int[] roll = new int[STREAM];
    private final int[] acct = new int[STREAM];
    private final int[] off = new int[STREAM];
    private final int[] qty = new int[STREAM];
    private final long[] live = new long[4096];
    private final long[] liveOwner = new long[4096];
    private int liveCount;
    private int cursor;
    private long now;
    private long index = PositionFixture.OPEN_TICKS;
    private Market market;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < STREAM; i++) {
            roll[i] = rnd.nextInt(100);
            acct[i] = 1 + rnd.nextInt(4);
            off[i] = 1 + rnd.nextInt(50);
            qty[i] = 1 + rnd.nextInt(20);
        }
        market = new Market(PositionFixture.instrument(1_000_000 * PositionFixture.USDT), index);
        for (long id = 1; id <= 4; id++) {
            market.apply(new Deposit(id, 1_000_000L * PositionFixture.USDT)); // a 1M USDT quoting account
            market.apply(new SetLeverage(id, 5));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long mixedCommand() {
        long events = 0;
        for (int n = 0; n < BATCH; n++) {
            int i = cursor;
            cursor = (cursor + 1) & (STREAM - 1);
            List<Event> ev = market.apply(command(i));
            events += ev.size();
            if (!ev.isEmpty() && ev.get(0) instanceof OrderAccepted a && liveCount < live.length) {
                live[liveCount] = a.orderId();
                liveOwner[liveCount++] = a.accountId();
            }
        }
        return events;
    }

    private Command command(int i) {
        int r = roll[i];
        long mark = market.markPriceTicks();
        if (i % 100 == 0) {
            now += 100_000_000L;
            index = PositionFixture.OPEN_TICKS + (roll[i] % 2 == 0 ? 0 : 50);
            return new IndexTick(now, index, "");
        }
        boolean buy = (off[i] & 1) == 0;
        if (r < 85 && liveCount < 64) {
            return PlaceOrder.limit(acct[i], buy ? Side.BUY : Side.SELL, buy ? mark - off[i] : mark + off[i], qty[i]);
        }
        if (r < 85) {
            int k = (int) ((long) off[i] * 7919 % liveCount); // pseudo-random live order, swap-removed
            long id = live[k];
            long owner = liveOwner[k];
            live[k] = live[--liveCount];
            liveOwner[k] = liveOwner[liveCount];
            return new CancelOrder(owner, id); // may already be filled: then a rejection, also a real path
        }
        long px = buy ? mark + off[i] % 20 : mark - off[i] % 20;
        return new PlaceOrder(acct[i], 0, buy ? Side.BUY : Side.SELL, OrderType.LIMIT, TimeInForce.IOC, px, qty[i], false);
    }
}

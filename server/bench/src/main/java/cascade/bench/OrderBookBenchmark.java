package cascade.bench;

import cascade.engine.book.OrderBook;
import cascade.engine.book.TimeInForce;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Steady-state cost of one order-book command on peer-bench's mix. A 1M-command stream is generated once and
 * cycled: each invocation replays the next {@value #BATCH} commands; at the end of the stream the book is
 * cleared (keeping its capacity, so nothing is allocated) and the stream starts over, which makes every cancel
 * and move hit a live order again. The clear is amortised over 1M commands.
 *
 * <pre>
 *   java -jar server/bench/target/benchmarks.jar OrderBookBenchmark -f 2 -wi 3 -i 5 -w 2s -r 2s -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OrderBookBenchmark {
    static final int BATCH = 1024;
    static final int STREAM = BATCH * 1024;

    private MixedBookStream s;
    private TradeCounter counter;
    private OrderBook book;
    private int cursor;

    @Setup
    public void setUp() {
        s = MixedBookStream.generate(STREAM, 42);
        counter = new TradeCounter();
        book = new OrderBook(1 << 14, counter);
        cursor = 0;
        // One untimed pass proves the stream is valid from an empty book (every command OK), then start over.
        int bad = s.firstRejected(book);
        if (bad >= 0) {
            throw new IllegalStateException("command " + bad + " of the generated stream was rejected");
        }
        book.clear();
        cursor = 0;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long mixedCommand() {
        final MixedBookStream st = s;
        final OrderBook b = book;
        int i = cursor;
        if (i == STREAM) {
            b.clear();
            i = 0;
        }
        long rc = 0;
        for (int end = i + BATCH; i < end; i++) {
            final long oid = st.id[i];
            switch (st.kind[i]) {
                case MixedBookStream.GTC:
                    rc += b.place(oid, oid, st.buy[i], st.price[i], st.qty[i], TimeInForce.GTC);
                    break;
                case MixedBookStream.IOC:
                    rc += b.place(oid, oid, st.buy[i], st.price[i], st.qty[i], TimeInForce.IOC);
                    break;
                case MixedBookStream.CANCEL:
                    rc += b.cancel(oid);
                    break;
                default:
                    rc += b.move(oid, st.price[i]);
                    break;
            }
        }
        cursor = i;
        return rc + counter.trades;
    }
}

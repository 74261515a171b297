package cascade.bench;

import cascade.engine.book.OrderBook;
import cascade.engine.book.TimeInForce;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Replays a peer-bench stream file into Cascade's {@link OrderBook}, timed exactly like peer-bench's Main /
 * ExchangeCoreRunner (fresh book per repeat, untimed warm-ups, System.nanoTime around the replay loop only,
 * median of the timed repeats) and prints the peer's RESULT and "final book:" lines so the two can be diffed.
 *
 * <pre>
 *   java -cp server/bench/target/benchmarks.jar cascade.bench.PeerStreamRunner --run FILE [--repeat 5] [--warmup 2]
 * </pre>
 * Exit code: 0 when the final book equals the file's "# expect" line, 1 when it differs, 2 on a usage error.
 * Every order is owned by its own id, so self-trade prevention never fires (the peer has no STP).
 */
public final class PeerStreamRunner {

    /** Outcome of one replay. */
    static final class Result {
        long nanos;
        long failed;
        long iocDropped;
        TradeCounter counter;
        OrderBook book;
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) {
                usage("unexpected argument " + argv[i]);
            }
            a.put(argv[i].substring(2), i + 1 < argv.length && !argv[i + 1].startsWith("--") ? argv[++i] : "");
        }
        if (!a.containsKey("run") || a.get("run").isEmpty()) {
            usage(null);
        }
        int repeat = 0;
        int warmup = 0;
        try {
            repeat = Integer.parseInt(a.getOrDefault("repeat", "5"));
            warmup = Integer.parseInt(a.getOrDefault("warmup", "2"));
        } catch (NumberFormatException e) {
            usage("--repeat and --warmup take integers");
        }
        if (repeat < 1 || warmup < 0) {
            usage("need --repeat >= 1 and --warmup >= 0");
        }
        System.exit(run(Path.of(a.get("run")), repeat, warmup));
    }

    static int run(Path file, int repeat, int warmup) throws Exception {
        long t = System.nanoTime();
        PeerStream s = PeerStream.read(file);
        System.out.printf("loaded %,d commands from %s in %.1f s%n  %s%n  mix: %s%n",
                s.n, file, (System.nanoTime() - t) / 1e9, s.header, s.mix());
        System.out.printf("impl=cascade OrderBook, warmup=%d, repeat=%d%n", warmup, repeat);

        double[] opsPerSec = new double[repeat];
        Result last = null;
        for (int i = -warmup; i < repeat; i++) {
            Result r = replay(s);
            double ops = s.n / (r.nanos / 1e9);
            System.out.printf("  %s %2d: %8.1f ms  %,12.0f ops/s%n",
                    i < 0 ? "warmup" : "repeat", i < 0 ? i + warmup + 1 : i + 1, r.nanos / 1e6, ops);
            if (i >= 0) {
                opsPerSec[i] = ops;
            }
            last = r;
        }
        double[] sorted = opsPerSec.clone();
        Arrays.sort(sorted);
        double median = repeat % 2 == 1 ? sorted[repeat / 2] : (sorted[repeat / 2 - 1] + sorted[repeat / 2]) / 2;
        System.out.printf("RESULT impl=%s n=%d median=%,.0f ops/s (min %,.0f, max %,.0f)%n",
                "cascade", s.n, median, sorted[0], sorted[repeat - 1]);

        String summary = summary(last);
        System.out.printf("final book: %s (IOC qty dropped unfilled: %d)%n", summary, last.iocDropped);
        String err = check(last);
        if (err == null && s.expect != null && !s.expect.equals(summary)) {
            err = "final state differs from the stream's expectation:\n  expect " + s.expect + "\n  actual " + summary;
        }
        System.out.println(err == null ? "check: OK (not crossed, all commands OK"
                + (s.expect != null ? ", matches stream expectation)" : ")") : "check: FAILED " + err);
        return err == null ? 0 : 1;
    }

    /** The timed loop: one fresh book, every command once, owner = order id. */
    static Result replay(PeerStream s) {
        final TradeCounter counter = new TradeCounter();
        final OrderBook book = new OrderBook(1 << 14, counter);
        final byte[] type = s.type;
        final long[] id = s.id, price = s.price, qty = s.qty;
        final boolean[] buy = s.buy, ioc = s.ioc;
        long failed = 0, dropped = 0;

        final long t0 = System.nanoTime();
        for (int i = 0, n = s.n; i < n; i++) {
            final byte t = type[i];
            final long oid = id[i];
            if (t == PeerStream.ADD) {
                final boolean isIoc = ioc[i];
                if (book.place(oid, oid, buy[i], price[i], qty[i], isIoc ? TimeInForce.IOC : TimeInForce.GTC)
                        != OrderBook.OK) {
                    failed++;
                }
                if (isIoc) {
                    dropped += qty[i] - book.lastFilledLots();
                }
            } else if (t == PeerStream.CANCEL) {
                if (book.cancel(oid) < 0) {
                    failed++;
                }
            } else if (book.move(oid, price[i]) != OrderBook.OK) {
                failed++;
            }
        }
        final Result r = new Result();
        r.nanos = System.nanoTime() - t0;
        r.failed = failed;
        r.iocDropped = dropped;
        r.counter = counter;
        r.book = book;
        return r;
    }

    /** Same key=value shape as the stream's "# expect" line. */
    static String summary(Result r) {
        OrderBook b = r.book;
        return String.format("trades=%d volume=%d resting=%d bestBid=%d bestAsk=%d book=%016x",
                r.counter.trades, r.counter.volume, b.orderCount(), b.bestBid(), b.bestAsk(), b.fingerprint());
    }

    /** End-of-run checks; an error description or null. */
    static String check(Result r) {
        OrderBook b = r.book;
        if (b.bestBid() != 0 && b.bestAsk() != 0 && b.bestBid() >= b.bestAsk()) {
            return "book is crossed: bestBid=" + b.bestBid() + " bestAsk=" + b.bestAsk();
        }
        if (r.counter.selfTradeCancels != 0) {
            return r.counter.selfTradeCancels + " self-trade cancels (every order has its own owner)";
        }
        if (r.failed != 0) {
            return r.failed + " commands were not OK";
        }
        return null;
    }

    private static void usage(String err) {
        if (err != null) {
            System.err.println(err);
        }
        System.err.println("usage: --run FILE [--repeat 5] [--warmup 2]");
        System.exit(2);
    }
}

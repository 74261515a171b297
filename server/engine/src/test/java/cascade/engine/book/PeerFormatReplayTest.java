package cascade.engine.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Writes a small stream in the peer-bench text format (A/C/M lines and a "# expect" line computed with RefBook),
 * then parses the TEXT and replays it into OrderBook the way the peer runner does (owner = order id, so no STP),
 * and checks the final summary line, fingerprint included.
 */
class PeerFormatReplayTest {

    @Test
    void replaying_the_text_stream_reproduces_the_reference_fingerprint() {
        String stream = generate(20_000, 11);
        assertThat(stream).contains("\nM ").contains("\nC ").contains(" IOC\n");

        String expect = null;
        RecordingCounter counter = new RecordingCounter();
        OrderBook book = new OrderBook(16, counter);
        for (String line : stream.split("\n")) {
            if (line.startsWith("# expect ")) {
                expect = line.substring("# expect ".length());
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" ");
            long id = Long.parseLong(f[1]);
            int rc = switch (f[0]) {
                case "A" -> book.place(id, id, f[2].equals("B"), Long.parseLong(f[3]), Long.parseLong(f[4]),
                        f[5].equals("IOC") ? TimeInForce.IOC : TimeInForce.GTC);
                case "C" -> book.cancel(id) >= 0 ? OrderBook.OK : OrderBook.UNKNOWN_ORDER;
                case "M" -> book.move(id, Long.parseLong(f[2]));
                default -> throw new AssertionError("bad line " + line);
            };
            assertThat(rc).as(line).isEqualTo(OrderBook.OK);
        }

        String actual = String.format("trades=%d volume=%d resting=%d bestBid=%d bestAsk=%d book=%016x",
                counter.trades, counter.volume, book.orderCount(), book.bestBid(), book.bestAsk(), book.fingerprint());
        assertThat(actual).isEqualTo(expect);
        assertThat(counter.trades).isGreaterThan(1_000);   // the stream really exercised matching
    }

    /** Same mix as peer-bench (55% GTC, 25% cancel, 10% IOC, 10% move) around a drifting mid. */
    private static String generate(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        RefBook ref = new RefBook();
        List<Long> live = new ArrayList<>();
        StringBuilder out = new StringBuilder("# test stream n=" + n + "\n");
        long mid = 10_000;
        long nextId = 1;
        for (int i = 0; i < n; i++) {
            mid += rnd.nextInt(4) == 0 ? (rnd.nextBoolean() ? 1 : -1) : 0;
            live.removeIf(id -> !ref.live.containsKey(id));   // fills since the last command
            int r = rnd.nextInt(100);
            if (r >= 55 && r < 80 && !live.isEmpty()) {
                long id = live.get(rnd.nextInt(live.size()));
                ref.cancel(id);
                out.append("C ").append(id).append('\n');
            } else if (r >= 90 && !live.isEmpty()) {
                long id = live.get(rnd.nextInt(live.size()));
                long p = ref.live.get(id).buy ? mid - 1 - rnd.nextInt(20) : mid + 1 + rnd.nextInt(20);
                ref.move(id, p);
                out.append("M ").append(id).append(' ').append(p).append('\n');
            } else {
                boolean ioc = r >= 80 && r < 90;
                boolean buy = rnd.nextBoolean();
                long p = ioc ? (buy ? mid + rnd.nextInt(5) : mid - rnd.nextInt(5))
                        : (buy ? mid - 1 - rnd.nextInt(20) : mid + 1 + rnd.nextInt(20));
                long qty = 1 + rnd.nextInt(100);
                long id = nextId++;
                ref.place(id, id, buy, p, qty, ioc ? TimeInForce.IOC : TimeInForce.GTC);
                if (ref.live.containsKey(id)) {
                    live.add(id);
                }
                out.append("A ").append(id).append(buy ? " B " : " S ").append(p).append(' ').append(qty)
                        .append(ioc ? " IOC" : " GTC").append('\n');
            }
        }
        long bestBid = ref.bids.isEmpty() ? 0 : ref.bids.firstKey();
        long bestAsk = ref.asks.isEmpty() ? 0 : ref.asks.firstKey();
        out.append(String.format("# expect trades=%d volume=%d resting=%d bestBid=%d bestAsk=%d book=%016x%n",
                ref.trades, ref.volume, ref.live.size(), bestBid, bestAsk, ref.fingerprint()));
        return out.toString();
    }

    /** Counts fills like the peer harness does. */
    private static final class RecordingCounter implements BookListener {
        long trades;
        long volume;

        @Override
        public void onTrade(long takerOrderId, long takerOwner, long makerOrderId, long makerOwner,
                            boolean takerIsBuy, long priceTicks, long qtyLots, long makerRemainingLots) {
            trades++;
            volume += qtyLots;
        }

        @Override
        public void onSelfTradeCancel(long makerOrderId, long makerOwner, long canceledLots) {
            throw new AssertionError("no STP expected: every order has its own owner");
        }

        @Override
        public void onLevelChange(boolean isBid, long priceTicks, long newTotalLots) {
        }
    }
}

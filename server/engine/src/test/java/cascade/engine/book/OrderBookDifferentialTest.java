package cascade.engine.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * OrderBook against {@link RefBook} over random command streams: a narrow price band and three owners so that
 * crossing, multi-level sweeps, STP, FOK-with-STP, post-only rejects, duplicates and unknown ids all happen
 * often. After EVERY command both books must agree on the result code, the exact event sequence, last
 * filled/rested, every resting order in priority order, and the L2 view rebuilt from onLevelChange.
 */
class OrderBookDifferentialTest {
    private static final TimeInForce[] TIFS = TimeInForce.values();

    @Property(tries = 300)
    void matchesReferenceBookAfterEveryCommand(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        RecordingListener events = new RecordingListener();
        OrderBook book = new OrderBook(4, events);   // tiny initial capacity: exercises every growth path
        RefBook ref = new RefBook();
        List<Long> ids = new ArrayList<>();          // every id ever used, live or not
        long nextId = -20;                           // covers negative ids and id 0
        for (int step = 0; step < 1_500; step++) {
            int r = rnd.nextInt(100);
            long price = rnd.nextInt(50) == 0 ? rnd.nextInt(3) - 1 : 95 + rnd.nextInt(11);
            long qty = rnd.nextInt(50) == 0 ? rnd.nextInt(3) - 1 : 1 + rnd.nextInt(20);
            String cmd;
            int got;
            int want;
            if (r < 66) {
                long id = !ids.isEmpty() && rnd.nextInt(20) == 0 ? pick(rnd, ids) : nextId++;
                ids.add(id);
                long owner = 1 + rnd.nextInt(3);
                boolean buy = rnd.nextBoolean();
                TimeInForce tif = r < 40 ? TimeInForce.GTC : TIFS[rnd.nextInt(TIFS.length)];
                cmd = "place " + id + " owner=" + owner + (buy ? " buy " : " sell ") + qty + "@" + price + " " + tif;
                got = book.place(id, owner, buy, price, qty, tif);
                want = ref.place(id, owner, buy, price, qty, tif);
            } else if (r < 78) {
                long id = ids.isEmpty() ? 7 : pick(rnd, ids);
                cmd = "cancel " + id;
                got = (int) book.cancel(id);
                want = (int) ref.cancel(id);
            } else if (r < 90) {
                long id = ids.isEmpty() ? 7 : pick(rnd, ids);
                RefBook.Ord o = ref.live.get(id);
                if (o != null && rnd.nextBoolean()) {
                    price = o.price;                 // same-price amends: the keep-priority path
                }
                cmd = "amend " + id + " " + qty + "@" + price;
                got = book.amend(id, price, qty);
                want = ref.amend(id, price, qty);
            } else {
                long id = ids.isEmpty() ? 7 : pick(rnd, ids);
                cmd = "move " + id + " @" + price;
                got = book.move(id, price);
                want = ref.move(id, price);
            }
            String where = "seed " + seed + " step " + step + ": " + cmd;
            assertThat(got).as(where).isEqualTo(want);
            assertThat(events.events).as(where).containsExactlyElementsOf(ref.events);
            events.events.clear();
            ref.events.clear();
            if (!cmd.startsWith("cancel")) {
                assertThat(book.lastFilledLots()).as(where).isEqualTo(ref.lastFilled);
                assertThat(book.lastRestedLots()).as(where).isEqualTo(ref.lastRested);
            }
            assertSameContents(book, ref, events, where);
        }
    }

    private static long pick(SplittableRandom rnd, List<Long> ids) {
        // Bias towards recent ids: they are the ones most likely still live.
        int n = ids.size();
        return ids.get(rnd.nextBoolean() ? n - 1 - rnd.nextInt(Math.min(n, 30)) : rnd.nextInt(n));
    }

    static void assertSameContents(OrderBook book, RefBook ref, RecordingListener events, String where) {
        for (boolean bid : new boolean[] {true, false}) {
            List<String> orders = new ArrayList<>();
            book.forEachOrder(bid, (id, owner, p, rem) -> orders.add(id + " " + owner + " " + p + " " + rem));
            assertThat(orders).as(where + (bid ? " bids" : " asks")).containsExactlyElementsOf(ref.orders(bid));
            assertThat(events.bidLevels).as(where + " L2 from callbacks")
                    .isEqualTo(RecordingListener.levelsOf(book, true));
            assertThat(events.askLevels).as(where + " L2 from callbacks")
                    .isEqualTo(RecordingListener.levelsOf(book, false));
            assertThat(book.levelCount(bid)).as(where).isEqualTo((bid ? ref.bids : ref.asks).size());
        }
        assertThat(book.orderCount()).as(where).isEqualTo(ref.live.size());
        assertThat(book.bestBid()).as(where).isEqualTo(ref.bids.isEmpty() ? 0 : ref.bids.firstKey());
        assertThat(book.bestAsk()).as(where).isEqualTo(ref.asks.isEmpty() ? 0 : ref.asks.firstKey());
        if (book.bestBid() != 0 && book.bestAsk() != 0) {
            assertThat(book.bestBid()).as(where + " crossed").isLessThan(book.bestAsk());
        }
        assertThat(book.fingerprint()).as(where).isEqualTo(ref.fingerprint());
    }
}

package cascade.engine.book;

import static cascade.engine.book.RecordingListener.trade;
import static cascade.engine.book.TimeInForce.GTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Cancel, amend, move, input checks, queries, clear and restore. */
class OrderBookMaintenanceTest {
    private final RecordingListener events = new RecordingListener();
    private final OrderBook book = new OrderBook(events);

    /** Ids of one side in priority order. */
    private List<Long> queue(boolean bid) {
        List<Long> ids = new ArrayList<>();
        book.forEachOrder(bid, (id, owner, p, rem) -> ids.add(id));
        return ids;
    }

    @Test
    void cancel_returns_the_remaining_lots_and_then_minus_one() {
        book.place(1, 1, true, 100, 9, GTC);
        book.place(2, 2, false, 100, 4, GTC);   // fills 4 of order 1

        assertThat(book.cancel(1)).isEqualTo(5);
        assertThat(book.cancel(1)).isEqualTo(-1);
        assertThat(book.cancel(42)).isEqualTo(-1);
        assertThat(book.orderCount()).isZero();
        assertThat(events.bidLevels).isEmpty();
    }

    @Test
    void amend_down_at_the_same_price_keeps_time_priority() {
        book.place(1, 1, true, 100, 10, GTC);
        book.place(2, 2, true, 100, 10, GTC);

        assertThat(book.amend(1, 100, 4)).isEqualTo(OrderBook.OK);

        assertThat(queue(true)).containsExactly(1L, 2L);
        assertThat(book.remainingOf(1)).isEqualTo(4);
        assertThat(events.bidLevels).containsEntry(100L, 14L);
        assertThat(book.lastRestedLots()).isEqualTo(4);
    }

    @Test
    void amend_up_loses_time_priority() {
        book.place(1, 1, true, 100, 10, GTC);
        book.place(2, 2, true, 100, 10, GTC);

        book.amend(1, 100, 11);

        assertThat(queue(true)).containsExactly(2L, 1L);
        assertThat(events.bidLevels).containsEntry(100L, 21L);
    }

    @Test
    void amend_to_a_new_price_loses_priority_and_can_trade_as_aggressor() {
        book.place(1, 1, true, 99, 10, GTC);
        book.place(2, 2, false, 101, 3, GTC);
        events.events.clear();

        assertThat(book.amend(1, 101, 8)).isEqualTo(OrderBook.OK);

        assertThat(events.events).containsExactly(trade(1, 1, 2, 2, true, 101, 3, 0));
        assertThat(book.lastFilledLots()).isEqualTo(3);
        assertThat(book.lastRestedLots()).isEqualTo(5);
        assertThat(book.priceOf(1)).isEqualTo(101);
        assertThat(events.bidLevels).containsExactly(java.util.Map.entry(101L, 5L));
    }

    @Test
    void amend_that_fills_completely_leaves_the_order_dead() {
        book.place(1, 1, true, 99, 3, GTC);
        book.place(2, 2, false, 101, 5, GTC);

        book.amend(1, 101, 3);

        assertThat(book.isLive(1)).isFalse();
        assertThat(book.remainingOf(2)).isEqualTo(2);
    }

    @Test
    void amend_rejects_unknown_orders_and_invalid_values_without_change() {
        book.place(1, 1, true, 100, 10, GTC);
        long before = book.fingerprint();

        assertThat(book.amend(7, 100, 5)).isEqualTo(OrderBook.UNKNOWN_ORDER);
        assertThat(book.amend(1, 0, 5)).isEqualTo(OrderBook.INVALID);
        assertThat(book.amend(1, 100, 0)).isEqualTo(OrderBook.INVALID);
        assertThat(book.fingerprint()).isEqualTo(before);
    }

    @Test
    void move_loses_priority_even_at_the_same_price() {
        book.place(1, 1, false, 100, 5, GTC);
        book.place(2, 2, false, 100, 5, GTC);

        assertThat(book.move(1, 100)).isEqualTo(OrderBook.OK);

        assertThat(queue(false)).containsExactly(2L, 1L);
        assertThat(book.remainingOf(1)).isEqualTo(5);
    }

    @Test
    void move_keeps_the_remaining_qty_and_matches_as_aggressor() {
        book.place(1, 1, false, 105, 8, GTC);
        book.place(2, 2, true, 100, 3, GTC);
        book.place(3, 3, true, 101, 2, GTC);
        events.events.clear();

        assertThat(book.move(1, 100)).isEqualTo(OrderBook.OK);

        assertThat(events.events).containsExactly(
                trade(1, 1, 3, 3, false, 101, 2, 0),
                trade(1, 1, 2, 2, false, 100, 3, 0));
        assertThat(book.remainingOf(1)).isEqualTo(3);
        assertThat(book.bestAsk()).isEqualTo(100);
        assertThat(book.move(99, 100)).isEqualTo(OrderBook.UNKNOWN_ORDER);
        assertThat(book.move(1, -5)).isEqualTo(OrderBook.INVALID);
    }

    @Test
    void duplicate_live_id_is_rejected_but_a_dead_id_may_be_reused() {
        book.place(1, 1, true, 100, 5, GTC);
        assertThat(book.place(1, 2, false, 200, 5, GTC)).isEqualTo(OrderBook.DUPLICATE_ORDER_ID);
        assertThat(book.ownerOf(1)).isEqualTo(1);

        book.cancel(1);
        assertThat(book.place(1, 2, false, 200, 5, GTC)).isEqualTo(OrderBook.OK);
        assertThat(book.isBuy(1)).isFalse();
    }

    @Test
    void invalid_quantities_and_prices_are_rejected() {
        assertThat(book.place(1, 1, true, 100, 0, GTC)).isEqualTo(OrderBook.INVALID);
        assertThat(book.place(1, 1, true, 100, -3, GTC)).isEqualTo(OrderBook.INVALID);
        assertThat(book.place(1, 1, true, 0, 5, GTC)).isEqualTo(OrderBook.INVALID);
        assertThat(book.place(1, 1, true, 100, 5, null)).isEqualTo(OrderBook.INVALID);
        assertThat(book.orderCount()).isZero();
    }

    @Test
    void queries_on_a_dead_id_throw() {
        assertThatThrownBy(() -> book.ownerOf(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.priceOf(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.remainingOf(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.isBuy(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void top_levels_depth_and_level_walk_go_from_the_best_outward() {
        long[][] asks = {{103, 1}, {101, 2}, {102, 3}, {101, 4}};
        for (int i = 0; i < asks.length; i++) {
            book.place(10 + i, 1, false, asks[i][0], asks[i][1], GTC);
        }
        book.place(20, 1, true, 99, 7, GTC);
        book.place(21, 1, true, 98, 1, GTC);
        long[] px = new long[5];
        long[] qty = new long[5];

        assertThat(book.topLevels(false, 2, px, qty)).isEqualTo(2);
        assertThat(px).startsWith(101, 102);
        assertThat(qty).startsWith(6, 3);
        assertThat(book.topLevels(true, 5, px, qty)).isEqualTo(2);
        assertThat(px).startsWith(99, 98);
        assertThat(book.depthLots(false, 102)).isEqualTo(9);
        assertThat(book.depthLots(false, 100)).isZero();
        assertThat(book.depthLots(true, 98)).isEqualTo(8);
        assertThat(book.bestBid()).isEqualTo(99);
        assertThat(book.bestAsk()).isEqualTo(101);
        assertThat(book.levelCount(false)).isEqualTo(3);
        List<Long> walked = new ArrayList<>();
        book.forEachLevel(false, (p, q) -> walked.add(p) && walked.size() < 2);
        assertThat(walked).containsExactly(101L, 102L);
    }

    @Test
    void restore_by_placing_in_priority_order_reproduces_the_book() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (long id = 1; id <= 500; id++) {
            boolean buy = rnd.nextBoolean();
            book.place(id, rnd.nextInt(5), buy, buy ? 90 + rnd.nextInt(10) : 100 + rnd.nextInt(10), 1 + rnd.nextInt(9),
                    GTC);
            if (rnd.nextInt(4) == 0) {
                book.move(1 + rnd.nextInt((int) id), 95 + rnd.nextInt(10));
            }
        }
        List<long[]> snapshot = new ArrayList<>();
        for (boolean bid : new boolean[] {true, false}) {
            book.forEachOrder(bid, (id, owner, p, rem) -> snapshot.add(new long[] {id, owner, bid ? 1 : 0, p, rem}));
        }
        long before = book.fingerprint();

        book.clear();
        assertThat(book.orderCount()).isZero();
        assertThat(book.bestBid()).isZero();
        for (long[] o : snapshot) {
            assertThat(book.place(o[0], o[1], o[2] == 1, o[3], o[4], GTC)).isEqualTo(OrderBook.OK);
            assertThat(book.lastFilledLots()).isZero();
        }

        assertThat(book.fingerprint()).isEqualTo(before);
        assertThat(book.orderCount()).isEqualTo(snapshot.size());
    }
}

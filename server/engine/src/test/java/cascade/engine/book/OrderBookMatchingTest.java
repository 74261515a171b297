package cascade.engine.book;

import static cascade.engine.book.RecordingListener.stp;
import static cascade.engine.book.RecordingListener.trade;
import static cascade.engine.book.TimeInForce.FOK;
import static cascade.engine.book.TimeInForce.GTC;
import static cascade.engine.book.TimeInForce.IOC;
import static cascade.engine.book.TimeInForce.POST_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Matching on arrival: priority, fills, time-in-force and self-trade prevention. Owners: 1 = Alice, 2 = Bob, 3 = Carol. */
class OrderBookMatchingTest {
    private final RecordingListener events = new RecordingListener();
    private final OrderBook book = new OrderBook(events);

    @Test
    void better_price_first_then_older_order_first() {
        book.place(1, 1, false, 101, 5, GTC);
        book.place(2, 2, false, 100, 5, GTC);   // better price, later
        book.place(3, 3, false, 100, 5, GTC);   // same price, later still
        events.events.clear();

        assertThat(book.place(9, 9, true, 101, 12, GTC)).isEqualTo(OrderBook.OK);

        assertThat(events.events).containsExactly(
                trade(9, 9, 2, 2, true, 100, 5, 0),
                trade(9, 9, 3, 3, true, 100, 5, 0),
                trade(9, 9, 1, 1, true, 101, 2, 3));
        assertThat(book.lastFilledLots()).isEqualTo(12);
        assertThat(book.lastRestedLots()).isZero();
        assertThat(book.remainingOf(1)).isEqualTo(3);
        assertThat(book.isLive(9)).isFalse();
    }

    @Test
    void fills_at_the_makers_price_and_rests_the_remainder_of_a_gtc() {
        book.place(1, 1, true, 99, 4, GTC);
        events.events.clear();

        book.place(2, 2, false, 95, 10, GTC);

        assertThat(events.events).containsExactly(trade(2, 2, 1, 1, false, 99, 4, 0));
        assertThat(book.lastFilledLots()).isEqualTo(4);
        assertThat(book.lastRestedLots()).isEqualTo(6);
        assertThat(book.bestAsk()).isEqualTo(95);
        assertThat(book.bestBid()).isZero();
        assertThat(book.remainingOf(2)).isEqualTo(6);
    }

    @Test
    void partial_fill_of_a_maker_keeps_it_at_the_head() {
        book.place(1, 1, false, 100, 10, GTC);
        book.place(2, 2, false, 100, 10, GTC);
        book.place(3, 3, true, 100, 4, GTC);
        events.events.clear();

        book.place(4, 3, true, 100, 3, GTC);

        assertThat(events.events).containsExactly(trade(4, 3, 1, 1, true, 100, 3, 3));
        assertThat(book.depthLots(false, 100)).isEqualTo(13);
    }

    @Test
    void ioc_remainder_is_dropped_and_never_rests() {
        book.place(1, 1, false, 100, 5, GTC);
        book.place(2, 1, false, 102, 5, GTC);

        assertThat(book.place(3, 2, true, 101, 8, IOC)).isEqualTo(OrderBook.OK);

        assertThat(book.lastFilledLots()).isEqualTo(5);
        assertThat(book.lastRestedLots()).isZero();
        assertThat(book.isLive(3)).isFalse();
        assertThat(book.bestBid()).isZero();
        assertThat(book.bestAsk()).isEqualTo(102);
    }

    @Test
    void fok_that_cannot_fill_completely_changes_nothing() {
        book.place(1, 1, false, 100, 5, GTC);
        book.place(2, 1, false, 101, 5, GTC);
        long before = book.fingerprint();
        events.events.clear();

        assertThat(book.place(3, 2, true, 101, 11, FOK)).isEqualTo(OrderBook.FOK_NOT_FILLABLE);

        assertThat(events.events).isEmpty();
        assertThat(book.fingerprint()).isEqualTo(before);
        assertThat(book.lastFilledLots()).isZero();
        assertThat(book.isLive(3)).isFalse();
    }

    @Test
    void fok_that_can_fill_executes_completely() {
        book.place(1, 1, false, 100, 5, GTC);
        book.place(2, 1, false, 101, 5, GTC);

        assertThat(book.place(3, 2, true, 101, 10, FOK)).isEqualTo(OrderBook.OK);

        assertThat(book.lastFilledLots()).isEqualTo(10);
        assertThat(book.orderCount()).isZero();
    }

    @Test
    void fok_does_not_count_the_takers_own_orders_as_liquidity() {
        book.place(1, 1, false, 100, 5, GTC);   // Alice's own ask: STP would remove it, not fill against it
        book.place(2, 2, false, 100, 5, GTC);
        long before = book.fingerprint();

        assertThat(book.place(3, 1, true, 100, 6, FOK)).isEqualTo(OrderBook.FOK_NOT_FILLABLE);
        assertThat(book.fingerprint()).isEqualTo(before);

        events.events.clear();
        assertThat(book.place(4, 1, true, 100, 5, FOK)).isEqualTo(OrderBook.OK);
        assertThat(events.events).containsExactly(stp(1, 1, 5), trade(4, 1, 2, 2, true, 100, 5, 0));
    }

    @Test
    void post_only_that_would_cross_is_rejected_without_change() {
        book.place(1, 1, false, 100, 5, GTC);
        long before = book.fingerprint();

        assertThat(book.place(2, 2, true, 100, 5, POST_ONLY)).isEqualTo(OrderBook.POST_ONLY_WOULD_CROSS);
        assertThat(book.fingerprint()).isEqualTo(before);
        assertThat(book.isLive(2)).isFalse();

        assertThat(book.place(3, 2, true, 99, 5, POST_ONLY)).isEqualTo(OrderBook.OK);
        assertThat(book.lastRestedLots()).isEqualTo(5);
        assertThat(book.bestBid()).isEqualTo(99);
    }

    @Test
    void self_trade_cancels_the_resting_order_and_matching_continues() {
        book.place(1, 2, false, 100, 3, GTC);   // Bob, oldest
        book.place(2, 1, false, 100, 4, GTC);   // Alice
        book.place(3, 3, false, 100, 5, GTC);   // Carol
        events.events.clear();

        book.place(4, 1, true, 100, 6, GTC);    // Alice buys: her own ask expires

        assertThat(events.events).containsExactly(
                trade(4, 1, 1, 2, true, 100, 3, 0),
                stp(2, 1, 4),
                trade(4, 1, 3, 3, true, 100, 3, 2));
        assertThat(book.lastFilledLots()).isEqualTo(6);
        assertThat(book.isLive(2)).isFalse();
        assertThat(events.askLevels).containsEntry(100L, 2L);
    }

    @Test
    void self_trade_cancel_can_leave_the_taker_resting() {
        book.place(1, 1, false, 100, 4, GTC);
        events.events.clear();

        book.place(2, 1, true, 100, 6, GTC);

        assertThat(events.events).containsExactly(stp(1, 1, 4));
        assertThat(book.lastFilledLots()).isZero();
        assertThat(book.lastRestedLots()).isEqualTo(6);
        assertThat(book.bestBid()).isEqualTo(100);
        assertThat(book.bestAsk()).isZero();
    }

    @Test
    void an_aggressive_gtc_never_leaves_the_book_crossed() {
        book.place(1, 1, false, 100, 5, GTC);
        book.place(2, 1, false, 103, 5, GTC);

        book.place(3, 2, true, 105, 12, GTC);   // sweeps both levels, rests 2 at 105

        assertThat(book.bestBid()).isEqualTo(105);
        assertThat(book.bestAsk()).isZero();
        book.place(4, 1, false, 104, 1, GTC);   // still crossing: must trade, not rest
        assertThat(book.lastFilledLots()).isEqualTo(1);
        assertThat(book.bestBid()).isEqualTo(105);
        assertThat(book.bestAsk()).isZero();
    }

    @Test
    void level_change_callbacks_report_the_new_totals() {
        book.place(1, 1, false, 100, 5, GTC);
        book.place(2, 2, false, 100, 7, GTC);
        book.place(3, 1, false, 101, 2, GTC);
        assertThat(events.askLevels).containsExactly(java.util.Map.entry(100L, 12L), java.util.Map.entry(101L, 2L));

        book.place(4, 3, true, 100, 6, IOC);
        assertThat(events.askLevels).containsExactly(java.util.Map.entry(100L, 6L), java.util.Map.entry(101L, 2L));

        book.cancel(2);
        book.place(5, 3, true, 101, 2, IOC);
        assertThat(events.askLevels).isEmpty();
        assertThat(book.levelCount(false)).isZero();
    }
}

package cascade.app.room;

import cascade.engine.event.BookDelta;
import cascade.engine.market.BookView;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the engine's per-level {@link BookDelta}s between flushes and emits one delta holding each changed
 * level's latest absolute total. Absolute totals make a delta safe to apply on top of any snapshot taken at or
 * after its {@code prevBookSeq}: the gateway drops deltas whose {@code bookSeq} is not newer than its snapshot.
 */
final class BookConflator {
    static final int DEPTH = 50;
    private final Units units;
    private final TreeMap<Long, Long> bids = new TreeMap<>();
    private final TreeMap<Long, Long> asks = new TreeMap<>();
    private long firstSeq;
    private long lastSeq;

    BookConflator(Units units) {
        this.units = units;
    }

    void on(BookDelta d) {
        if (bids.isEmpty() && asks.isEmpty()) {
            firstSeq = d.seq();
        }
        (d.isBid() ? bids : asks).put(d.priceTicks(), d.totalLots());
        lastSeq = d.seq();
    }

    boolean dirty() {
        return !bids.isEmpty() || !asks.isEmpty();
    }

    /** The conflated delta since the last flush; resets. */
    JsonObject flush() {
        JsonObject data = new JsonObject().put("bids", levels(bids.descendingMap())).put("asks", levels(asks))
                .put("prevBookSeq", firstSeq - 1).put("bookSeq", lastSeq);
        bids.clear();
        asks.clear();
        return data;
    }

    private JsonArray levels(Map<Long, Long> side) {
        JsonArray a = new JsonArray();
        side.forEach((p, q) -> a.add(new JsonArray().add(units.price(p)).add(units.qty(q))));
        return a;
    }

    static JsonObject snapshot(BookView v, Units units) {
        JsonArray bids = new JsonArray();
        for (int i = 0; i < v.bidPrices().length; i++) {
            bids.add(new JsonArray().add(units.price(v.bidPrices()[i])).add(units.qty(v.bidLots()[i])));
        }
        JsonArray asks = new JsonArray();
        for (int i = 0; i < v.askPrices().length; i++) {
            asks.add(new JsonArray().add(units.price(v.askPrices()[i])).add(units.qty(v.askLots()[i])));
        }
        return new JsonObject().put("bids", bids).put("asks", asks).put("bookSeq", v.seq());
    }
}

package cascade.app.room;

import cascade.engine.event.BookDelta;
import cascade.engine.event.Cause;
import cascade.engine.event.Event;
import cascade.engine.event.MarkPriceChanged;
import cascade.engine.event.PositionLiquidated;
import cascade.engine.event.TradeExecuted;
import cascade.engine.event.TradeKind;
import cascade.engine.market.Market;
import io.vertx.core.json.JsonObject;

/**
 * Public streams of one room (book, trades, ticker, liquidations, room). Liquidations go out as they happen;
 * the book is conflated by the room's timer at most 10 times per second, trades batched and the ticker conflated
 * at most 4 times per second — every
 * client receives every public message, so a message per trade would cost (trades/s × clients) socket writes.
 * Public messages carry no player identity.
 */
final class PublicFeed {
    private final StreamBatch.Builder out;
    private final Units units;
    private final BookConflator book;
    private boolean tickerDirty = true;
    /** Trades since the last batch: sent as one {@code trades.batch} at most 4 times per second. */
    private io.vertx.core.json.JsonArray trades = new io.vertx.core.json.JsonArray();

    PublicFeed(StreamBatch.Builder out, Units units) {
        this.out = out;
        this.units = units;
        this.book = new BookConflator(units);
    }

    void on(Event e, long gameTime) {
        if (e instanceof BookDelta d) {
            book.on(d);
        } else if (e instanceof TradeExecuted t) {
            tickerDirty = true;
            trades.add(new JsonObject().put("price", units.price(t.priceTicks())).put("qty", units.qty(t.qtyLots()))
                    .put("side", t.takerSide().name()).put("liquidation", t.kind() == TradeKind.LIQUIDATION)
                    .put("gameTime", Long.toString(gameTime)));
        } else if (e instanceof MarkPriceChanged) {
            tickerDirty = true;
        } else if (e instanceof PositionLiquidated l) {
            publish("liquidations", "event", gameTime, liquidation(l, units));
        }
    }

    static JsonObject liquidation(PositionLiquidated l, Units units) {
        return new JsonObject().put("liquidationId", Long.toString(l.liquidationId()))
                .put("side", l.positionSide().isBuy() ? "LONG" : "SHORT").put("qty", units.qty(l.qtyLots()))
                .put("price", units.price(l.bankruptcyPriceTicks())).put("markPrice", units.price(l.markTicks()))
                .put("generation", l.generation()).put("episode", l.episodeId()).put("cause", cause(l.cause()));
    }

    static JsonObject cause(Cause c) {
        JsonObject o = new JsonObject().put("kind", c.kind().name()).put("detail", c.detail());
        if (c.parentLiquidationId() != 0) {
            o.put("parentLiquidationId", Long.toString(c.parentLiquidationId()));
        }
        return o;
    }

    void news(String text, long gameTime) {
        publish("room", "news", gameTime, new JsonObject().put("text", text));
    }

    void status(JsonObject status, long gameTime) {
        publish("room", "status", gameTime, status);
    }

    void standings(JsonObject rows, long gameTime) {
        publish("room", "standings", gameTime, rows);
    }

    /** The book's changes since the last call as one conflated delta (the room calls this ≤ 10 times a second). */
    void flushBook(long gameTime) {
        if (book.dirty()) {
            publish("book", "delta", gameTime, book.flush());
        }
    }

    /** The trades since the last call as one {@code trades.batch}. */
    void flushTrades(long gameTime) {
        if (!trades.isEmpty()) {
            publish("trades", "batch", gameTime, new JsonObject().put("trades", trades));
            trades = new io.vertx.core.json.JsonArray();
        }
    }

    /** The ticker, when a trade or the mark changed it since the last call. */
    void flushTicker(Market m, String histTime, long gameTime) {
        if (tickerDirty) {
            tickerDirty = false;
            publish("ticker", "update", gameTime, ticker(m, units, histTime));
        }
    }

    static JsonObject ticker(Market m, Units units, String histTime) {
        JsonObject t = new JsonObject().put("mark", units.price(m.markPriceTicks()))
                .put("index", units.price(m.indexPriceTicks())).put("last", units.price(m.lastPriceTicks()))
                .put("fundingRate", Units.rate(m.predictedFundingRateE8()))
                .put("nextFundingTime", Long.toString(m.nextFundingNanos()))
                .put("openInterest", units.qty(m.query().openInterestLots()))
                .put("insuranceFund", Units.money(m.insuranceFundMicros()));
        if (histTime != null) {
            t.put("histTime", histTime);
        }
        return t;
    }

    private void publish(String stream, String kind, long gameTime, JsonObject data) {
        out.add(Msg.of(stream, kind, gameTime, data));
    }
}

package cascade.app.room;

import cascade.engine.command.Side;
import cascade.engine.event.AccountUpdated;
import cascade.engine.event.Event;
import cascade.engine.event.InsuranceFundChanged;
import cascade.engine.event.OrderAccepted;
import cascade.engine.event.OrderAmended;
import cascade.engine.event.OrderCanceled;
import cascade.engine.event.PositionAutoDeleveraged;
import cascade.engine.event.PositionLiquidated;
import cascade.engine.event.TradeExecuted;
import cascade.engine.event.CancelReason;
import cascade.engine.market.AccountView;
import cascade.engine.market.Market;
import cascade.engine.market.OrderView;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Private streams: orders and fills as they happen; position, margin and account for the accounts an input
 * touched, flushed by the room's timer (state, not history, so conflating them loses nothing).
 */
final class PrivateFeed {
    private final StreamBatch.Builder out;
    private final Units units;
    private final Roster roster;
    private final OrderTracker orders = new OrderTracker();
    private final Set<Long> dirty = new LinkedHashSet<>();
    /** The roster is refreshed in this many interleaved slices, one per {@link #flush}. */
    static final int SLICES = 10;
    private final long[] sliceVersion = new long[SLICES];
    private long markVersion;
    private int nextSlice;
    /** Engine clientOrderId (long) → the client's string id, set by the command path before apply. */
    private final LongFunction<String> clientIds;

    PrivateFeed(StreamBatch.Builder out, Units units, Roster roster, LongFunction<String> clientIds) {
        this.out = out;
        this.units = units;
        this.roster = roster;
        this.clientIds = clientIds;
    }

    void on(Event e, long gameTime) {
        if (e instanceof OrderAccepted o && roster.byAccount(o.accountId()) != null) {
            OrderTracker.Tracked t = orders.open(o.orderId(), o.accountId(), clientIds.apply(o.clientOrderId()),
                    o.side(), o.type(), o.priceTicks(), o.qtyLots());
            order(t, "NEW", null, gameTime);
        } else if (e instanceof TradeExecuted t) {
            fill(t.takerAccountId(), t.takerOrderId(), t.takerSide(), t, t.takerFeeMicros(), gameTime);
            fill(t.makerAccountId(), t.makerOrderId(), t.takerSide().opposite(), t, t.makerFeeMicros(), gameTime);
        } else if (e instanceof OrderCanceled c) {
            OrderTracker.Tracked t = orders.get(c.orderId());
            if (t != null) {
                t.remainingLots = Math.max(0, t.remainingLots - c.canceledLots());
                orders.done(c.orderId());
                order(t, c.reason() == CancelReason.IOC_REMAINDER ? "EXPIRED" : "CANCELED", c.reason().name(), gameTime);
            }
        } else if (e instanceof OrderAmended a) {
            OrderTracker.Tracked t = orders.get(a.orderId());
            if (t != null) {
                t.qtyLots += a.qtyLots() - t.remainingLots;
                t.remainingLots = a.qtyLots();
                t.priceTicks = a.priceTicks();
                order(t, t.qtyLots == t.remainingLots ? "NEW" : "PARTIALLY_FILLED", null, gameTime);
            }
        } else if (e instanceof AccountUpdated a) {
            mark(a.accountId());
        } else if (e instanceof PositionAutoDeleveraged a) {
            mark(a.accountId());
        } else if (e instanceof PositionLiquidated l) {
            Roster.Player p = roster.byAccount(l.accountId());
            if (p != null) {
                mark(l.accountId());
                send(p, "liquidated", "event", gameTime, new JsonObject()
                        .put("liquidationId", Long.toString(l.liquidationId()))
                        .put("price", units.price(l.markTicks()))
                        .put("liquidationPrice", units.price(l.liquidationPriceTicks()))
                        .put("bankruptcyPrice", units.price(l.bankruptcyPriceTicks())).put("qty", units.qty(l.qtyLots()))
                        .put("side", l.positionSide().isBuy() ? "LONG" : "SHORT")
                        .put("cause", PublicFeed.cause(l.cause())).put("generation", l.generation())
                        .put("insuranceFundDelta", Units.money(l.surplusToFundMicros()))
                        .put("adl", l.adlLots() > 0));
            }
        } else if (e instanceof InsuranceFundChanged) {
            return; // public, via the ticker
        }
    }

    private void mark(long accountId) {
        if (roster.byAccount(accountId) != null) {
            dirty.add(accountId);
        }
    }

    private void fill(long accountId, long orderId, Side side, TradeExecuted t, long feeMicros, long gameTime) {
        Roster.Player p = roster.byAccount(accountId);
        if (p == null) {
            return;
        }
        dirty.add(accountId);
        send(p, "fills", "fill", gameTime, new JsonObject().put("orderId", Long.toString(orderId))
                .put("tradeId", Long.toString(t.tradeId())).put("price", units.price(t.priceTicks()))
                .put("qty", units.qty(t.qtyLots())).put("side", side.name()).put("fee", Units.money(feeMicros))
                .put("liquidation", t.kind() == cascade.engine.event.TradeKind.LIQUIDATION));
        OrderTracker.Tracked o = orders.get(orderId);
        if (o != null) {
            o.remainingLots = Math.max(0, o.remainingLots - t.qtyLots());
            if (o.remainingLots == 0) {
                orders.done(orderId);
            }
            order(o, o.remainingLots == 0 ? "FILLED" : "PARTIALLY_FILLED", null, gameTime);
        }
    }

    private void order(OrderTracker.Tracked t, String status, String reason, long gameTime) {
        Roster.Player p = roster.byAccount(t.accountId);
        JsonObject d = new JsonObject().put("orderId", Long.toString(t.orderId)).put("side", t.side.name())
                .put("type", t.type.name()).put("price", units.price(t.priceTicks)).put("qty", units.qty(t.qtyLots))
                .put("remaining", units.qty(t.remainingLots)).put("status", status);
        if (t.clientOrderId != null) {
            d.put("clientOrderId", t.clientOrderId);
        }
        if (reason != null) {
            d.put("reason", reason);
        }
        send(p, "orders", "update", gameTime, d);
    }

    /**
     * Called on every timer firing. Sends position, margin and account for the accounts inputs touched since the
     * last call, and refreshes one of {@value #SLICES} slices of the roster when the mark moved since that slice
     * was last refreshed: every holder of a position is refreshed once per {@value #SLICES} firings (250 ms at
     * the room's 25 ms timer), but a class of 1,000 costs the room 100 accounts per firing instead of 1,000 every
     * tenth — the room's single thread, which also answers orders, never stalls on one big refresh.
     */
    void flush(Market m, long gameTime, boolean markMoved) {
        if (markMoved) {
            markVersion++;
        }
        int slice = nextSlice;
        nextSlice = (nextSlice + 1) % SLICES;
        if (sliceVersion[slice] != markVersion) {
            sliceVersion[slice] = markVersion;
            List<Roster.Player> players = roster.all();
            for (int i = slice; i < players.size(); i += SLICES) {
                Roster.Player p = players.get(i);
                AccountView v = m.account(p.accountId);
                if (v != null && v.positionLots() != 0) {
                    dirty.add(p.accountId);
                }
            }
        }
        for (long id : dirty) {
            Roster.Player p = roster.byAccount(id);
            AccountView v = m.account(id);
            if (p != null && v != null && !p.kicked) {
                send(p, "position", "update", gameTime, AccountStreams.position(v, m, units));
                send(p, "margin", "update", gameTime, AccountStreams.margin(v, units));
                send(p, "account", "update", gameTime, AccountStreams.account(v));
            }
        }
        dirty.clear();
    }

    JsonObject ordersSnapshot(Market m, long accountId) {
        JsonArray a = new JsonArray();
        for (OrderView o : m.query().orders(accountId)) {
            OrderTracker.Tracked t = orders.get(o.orderId());
            JsonObject d = new JsonObject().put("orderId", Long.toString(o.orderId())).put("side", o.side().name())
                    .put("type", t == null ? "LIMIT" : t.type.name()).put("price", units.price(o.priceTicks()))
                    .put("qty", units.qty(t == null ? o.remainingLots() : t.qtyLots))
                    .put("remaining", units.qty(o.remainingLots()))
                    .put("status", t != null && t.remainingLots < t.qtyLots ? "PARTIALLY_FILLED" : "NEW");
            if (t != null && t.clientOrderId != null) {
                d.put("clientOrderId", t.clientOrderId);
            }
            a.add(d);
        }
        return new JsonObject().put("orders", a);
    }

    private void send(Roster.Player p, String stream, String kind, long gameTime, JsonObject data) {
        out.add(p.playerId, Msg.of(stream, kind, gameTime, data));
    }
}

package cascade.app.room;

import cascade.engine.book.TimeInForce;
import cascade.engine.command.AdjustIsolatedMargin;
import cascade.engine.command.AmendOrder;
import cascade.engine.command.CancelOrder;
import cascade.engine.command.ClosePosition;
import cascade.engine.command.Command;
import cascade.engine.command.MarginMode;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.SetMarginMode;
import cascade.engine.command.Side;
import cascade.engine.event.CommandRejected;
import cascade.engine.event.Event;
import cascade.engine.event.OrderAccepted;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a player's validated wire command (see {@code cascade.app.ws.CommandParser}) into an engine command in
 * the room's units, and the engine's events back into the one reply the client gets. Owns {@code clientOrderId}
 * idempotency: a retried placeOrder with an id already seen returns the first reply and places nothing.
 */
final class PlayerCommands {
    /** Per player, remembered client order ids (oldest evicted first) so memory stays bounded. */
    static final int REMEMBERED_CLIENT_IDS = 5_000;

    private final Units units;
    private final Map<Long, LinkedHashMap<String, JsonObject>> replies = new HashMap<>();
    private final Map<Long, String> clientIds = new HashMap<>();
    private long nextClientId = 1;

    PlayerCommands(Units units) {
        this.units = units;
    }

    /** The client's string id for an engine clientOrderId (null when none). */
    String clientId(long engineId) {
        return engineId == 0 ? null : clientIds.get(engineId);
    }

    /** A cached reply for a retried clientOrderId, or null. */
    JsonObject retried(long accountId, JsonObject cmd) {
        String cid = cmd.getString("clientOrderId");
        if (cid == null || !"placeOrder".equals(cmd.getString("type"))) {
            return null;
        }
        Map<String, JsonObject> m = replies.get(accountId);
        return m == null ? null : m.get(cid);
    }

    /**
     * The engine command for the wire command.
     *
     * @throws IllegalArgumentException (message for the client) when a decimal is not in the room's units
     */
    Command toEngine(long accountId, JsonObject c) {
        switch (c.getString("type")) {
            case "placeOrder": {
                OrderType type = OrderType.valueOf(c.getString("orderType"));
                String tifName = c.getString("tif", type == OrderType.MARKET ? "IOC" : "GTC");
                long price = type == OrderType.LIMIT ? units.priceTicks(c.getString("price")) : 0;
                long engineCid = 0;
                String cid = c.getString("clientOrderId");
                if (cid != null) {
                    engineCid = nextClientId++;
                    clientIds.put(engineCid, cid);
                }
                return new PlaceOrder(accountId, engineCid, Side.valueOf(c.getString("side")), type,
                        TimeInForce.valueOf(tifName), price, units.qtyLots(c.getString("qty")),
                        c.getBoolean("reduceOnly", false));
            }
            case "cancelOrder":
                return new CancelOrder(accountId, Long.parseLong(c.getString("orderId")));
            case "amendOrder":
                return new AmendOrder(accountId, Long.parseLong(c.getString("orderId")),
                        units.priceTicks(c.getString("price")), units.qtyLots(c.getString("qty")));
            case "setLeverage":
                return new SetLeverage(accountId, c.getInteger("leverage"));
            case "setMarginMode":
                return new SetMarginMode(accountId, MarginMode.valueOf(c.getString("mode")));
            case "adjustMargin":
                return new AdjustIsolatedMargin(accountId, Units.micros(c.getString("amount")));
            case "closePosition":
                return new ClosePosition(accountId);
            default:
                throw new IllegalArgumentException("not an engine command: " + c.getString("type"));
        }
    }

    /** The reply for the command's events; remembers it under the clientOrderId, if any. */
    JsonObject reply(long accountId, JsonObject cmd, Command engineCmd, List<Event> events) {
        JsonObject reply = null;
        for (Event e : events) {
            if (e instanceof CommandRejected r && r.accountId() == accountId) {
                reply = Reply.error(r.reason().name(), 400, r.detail());
                break;
            }
        }
        if (reply == null) {
            JsonObject data = new JsonObject();
            for (Event e : events) {
                if (e instanceof OrderAccepted o && o.accountId() == accountId && engineCmd instanceof PlaceOrder) {
                    data.put("orderId", Long.toString(o.orderId()));
                    break;
                }
            }
            if (cmd.containsKey("orderId")) {
                data.put("orderId", cmd.getString("orderId"));
            }
            reply = Reply.ok(data);
        }
        String cid = cmd.getString("clientOrderId");
        if (cid != null && "placeOrder".equals(cmd.getString("type"))) {
            LinkedHashMap<String, JsonObject> m = replies.computeIfAbsent(accountId, k -> new LinkedHashMap<>());
            m.put(cid, reply);
            if (m.size() > REMEMBERED_CLIENT_IDS) {
                m.remove(m.keySet().iterator().next());
            }
        }
        return reply;
    }
}

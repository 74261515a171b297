package cascade.app.ws;

import cascade.app.http.FieldException;
import cascade.app.http.Fields;
import cascade.app.room.Codes;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structural validation of client → server messages (docs/api.md "Client → server commands"): the type, the
 * allowed fields and each field's type and range. The result is a normalized command carrying only known
 * fields; conversions into the room's units (ticks, lots) happen in the room, which knows its instrument.
 */
final class CommandParser {
    static final Set<String> ENGINE_COMMANDS = Set.of("placeOrder", "cancelOrder", "amendOrder", "setLeverage",
            "setMarginMode", "adjustMargin", "closePosition");
    static final List<String> STREAMS = List.of("book", "trades", "ticker", "liquidations", "room", "orders", "fills",
            "position", "margin", "account", "liquidated", "risk");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "hello", Set.of("type", "id", "v", "room", "token"),
            "placeOrder", Set.of("type", "id", "side", "orderType", "price", "qty", "tif", "reduceOnly", "clientOrderId"),
            "cancelOrder", Set.of("type", "id", "orderId"),
            "amendOrder", Set.of("type", "id", "orderId", "price", "qty"),
            "setLeverage", Set.of("type", "id", "leverage"),
            "setMarginMode", Set.of("type", "id", "mode"),
            "adjustMargin", Set.of("type", "id", "amount"),
            "closePosition", Set.of("type", "id"),
            "resync", Set.of("type", "id", "stream"),
            "ping", Set.of("type", "id"));

    private CommandParser() {
    }

    /** The message's type, checked to be known (before field checks, so unknown types get their own code). */
    static String type(JsonObject m) {
        Object t = m.getValue("type");
        if (!(t instanceof String s)) {
            throw new FieldException(Codes.PROTOCOL_UNKNOWN_TYPE, "type: a string message type is required");
        }
        if (!FIELDS.containsKey(s)) {
            throw new FieldException(Codes.PROTOCOL_UNKNOWN_TYPE, "unknown message type \"" + clip(s) + "\"");
        }
        return s;
    }

    /** The client's correlation id: a string of ≤ 64 characters or an integer; null when absent or invalid. */
    static Object id(JsonObject m) {
        Object id = m.getValue("id");
        if (id instanceof String s && !s.isEmpty() && s.length() <= 64) {
            return s;
        }
        if (id instanceof Integer || id instanceof Long) {
            return id;
        }
        return null;
    }

    static JsonObject parse(JsonObject m) {
        String type = type(m);
        Fields.only(m, FIELDS.get(type));
        if (m.containsKey("id") && id(m) == null) {
            throw Fields.bad("id", "must be a string of 1–64 characters or an integer");
        }
        JsonObject c = new JsonObject().put("type", type);
        switch (type) {
            case "hello" -> {
                Integer v = Fields.integer(m, "v", false, 1, 1);
                c.put("v", v == null ? 1 : v).put("room", Fields.string(m, "room", true, 12))
                        .put("token", Fields.string(m, "token", false, 200));
            }
            case "placeOrder" -> placeOrder(m, c);
            case "cancelOrder" -> c.put("orderId", orderId(m));
            case "amendOrder" -> c.put("orderId", orderId(m)).put("price", Fields.decimal(m, "price", true, false, false))
                    .put("qty", Fields.decimal(m, "qty", true, false, false));
            case "setLeverage" -> c.put("leverage", Fields.integer(m, "leverage", true, 1, 1000));
            case "setMarginMode" -> c.put("mode", Fields.oneOf(m, "mode", true, List.of("CROSS", "ISOLATED")));
            case "adjustMargin" -> c.put("amount", Fields.decimal(m, "amount", true, true, false));
            case "resync" -> c.put("stream", Fields.oneOf(m, "stream", true, STREAMS));
            default -> {
                // closePosition, ping: no fields
            }
        }
        return c;
    }

    private static void placeOrder(JsonObject m, JsonObject c) {
        String orderType = Fields.oneOf(m, "orderType", true, List.of("LIMIT", "MARKET"));
        c.put("side", Fields.oneOf(m, "side", true, List.of("BUY", "SELL"))).put("orderType", orderType)
                .put("qty", Fields.decimal(m, "qty", true, false, false))
                .put("reduceOnly", Fields.bool(m, "reduceOnly", false));
        if (orderType.equals("LIMIT")) {
            c.put("price", Fields.decimal(m, "price", true, false, false));
            c.put("tif", Fields.oneOf(m, "tif", false, List.of("GTC", "IOC", "FOK", "POST_ONLY")));
        } else {
            if (m.containsKey("price")) {
                throw Fields.bad("price", "must be absent for a MARKET order");
            }
            c.put("tif", Fields.oneOf(m, "tif", false, List.of("IOC", "FOK")));
        }
        if (c.getString("tif") == null) {
            c.remove("tif");
        }
        String cid = Fields.string(m, "clientOrderId", false, 36);
        if (cid != null) {
            if (!cid.matches("[A-Za-z0-9._:-]{1,36}")) {
                throw Fields.bad("clientOrderId", "1–36 characters of A–Z, a–z, 0–9, '.', '_', ':', '-'");
            }
            c.put("clientOrderId", cid);
        }
    }

    private static String orderId(JsonObject m) {
        String id = Fields.string(m, "orderId", true, 18);
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw Fields.bad("orderId", "must be a positive integer as a string");
        }
        return id;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

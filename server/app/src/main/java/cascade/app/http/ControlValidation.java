package cascade.app.http;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Shape checks for instructor control bodies; room-dependent checks (player exists, units) happen in the room. */
final class ControlValidation {
    /** RULES.md's shock list by wire name (cascade.game.scenario.ShockType, lower case). */
    static final List<String> SHOCKS = Arrays.stream(cascade.game.scenario.ShockType.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).toList();

    private ControlValidation() {
    }

    static JsonObject validate(JsonObject b) {
        String action = Fields.oneOf(b, "action", true, RoomsApi.ACTIONS);
        JsonObject out = new JsonObject().put("action", action);
        switch (action) {
            case "speed" -> {
                Fields.only(b, Set.of("action", "value"));
                out.put("value", Fields.number(b, "value", true, 0.25, 60));
            }
            case "shock" -> {
                Fields.only(b, Set.of("action", "type", "params"));
                out.mergeIn(shock(b.copy()));
            }
            case "topUp" -> {
                Fields.only(b, Set.of("action", "playerId", "amount"));
                player(b, out, false);
                out.put("amount", Fields.decimal(b, "amount", true, false, false));
            }
            case "reset" -> {
                Fields.only(b, Set.of("action", "playerId"));
                player(b, out, false);
            }
            case "kick", "reissueToken" -> {
                Fields.only(b, Set.of("action", "playerId"));
                player(b, out, true);
            }
            case "lock" -> {
                Fields.only(b, Set.of("action", "locked"));
                if (!(b.getValue("locked") instanceof Boolean)) {
                    throw Fields.bad("locked", "must be true or false");
                }
                out.put("locked", b.getBoolean("locked"));
            }
            case "playerCap" -> {
                Fields.only(b, Set.of("action", "value"));
                out.put("value", Fields.integer(b, "value", true, 1, 10_000));
            }
            case "news" -> {
                Fields.only(b, Set.of("action", "text"));
                out.put("text", Fields.string(b, "text", true, 280));
            }
            default -> Fields.only(b, Set.of("action"));
        }
        return out;
    }

    /** {@code {type, params}} of a shock; parameter values are checked by the room against the shock's rules. */
    static JsonObject shock(JsonObject s) {
        s.remove("action");
        Fields.only(s, Set.of("type", "params"));
        String type = Fields.oneOf(s, "type", true, SHOCKS);
        JsonObject params = Fields.object(s, "params", false);
        return new JsonObject().put("type", type).put("params", params == null ? new JsonObject() : params);
    }

    private static void player(JsonObject b, JsonObject out, boolean required) {
        String id = Fields.string(b, "playerId", required, 12);
        if (id != null) {
            if (!id.matches("p[0-9]{1,9}")) {
                throw Fields.bad("playerId", "must look like \"p3\"");
            }
            out.put("playerId", id);
        }
    }
}

package cascade.app.room;

import cascade.app.auth.Tokens;
import io.vertx.core.json.JsonObject;

/**
 * Instructor actions (docs/api.md {@code POST /rooms/{code}/control}). The caller is already checked to hold
 * this room's instructor token. Shapes were validated by the HTTP layer; ranges that depend on the room
 * (player ids, amounts in the room's units) are checked here.
 */
final class RoomControl {
    static final double MIN_SPEED = 0.25;
    static final double MAX_SPEED = 60;
    private final RoomVerticle r;

    RoomControl(RoomVerticle r) {
        this.r = r;
    }

    JsonObject apply(JsonObject a) {
        String action = a.getString("action", "");
        if (r.status == RoomStatus.ENDED && !action.equals("restart")) {
            return Reply.error(Codes.ROOM_ENDED, "the room has ended; restart it to play again");
        }
        switch (action) {
            case "start":
                return transition(RoomStatus.LOBBY, RoomStatus.RUNNING);
            case "pause":
                return transition(RoomStatus.RUNNING, RoomStatus.PAUSED);
            case "resume":
                return transition(RoomStatus.PAUSED, RoomStatus.RUNNING);
            case "speed": {
                double v = a.getDouble("value");
                if (!(v >= MIN_SPEED && v <= MAX_SPEED)) {
                    return Reply.error(Codes.PROTOCOL_BAD_FIELD, "speed must be 0.25–60, got " + v);
                }
                r.speed = v;
                r.setStatus(r.status);
                return ok();
            }
            case "shock":
                return step(() -> r.engine.shock(a.getString("type"), a.getJsonObject("params", new JsonObject())));
            case "topUp": {
                Roster.Player p = player(a);
                long amount;
                try {
                    amount = Units.micros(a.getString("amount"));
                } catch (IllegalArgumentException e) {
                    return Reply.error(Codes.PROTOCOL_BAD_FIELD, e.getMessage());
                }
                return p == null && a.containsKey("playerId") ? unknownPlayer(a)
                        : forPlayers(p, id -> r.engine.topUp(id, amount));
            }
            case "reset": {
                Roster.Player p = player(a);
                return p == null && a.containsKey("playerId") ? unknownPlayer(a) : forPlayers(p, r.engine::reset);
            }
            case "lock":
                r.roster.locked = a.getBoolean("locked");
                r.setStatus(r.status);
                return ok();
            case "playerCap": {
                int v = a.getInteger("value");
                if (v < 1 || v > 10_000) {
                    return Reply.error(Codes.PROTOCOL_BAD_FIELD, "playerCap must be 1–10000, got " + v);
                }
                r.roster.playerCap = v;
                return ok();
            }
            case "kick": {
                Roster.Player p = player(a);
                if (p == null) {
                    return unknownPlayer(a);
                }
                p.kicked = true;
                r.bus().publish(Addresses.control(r.settings.code()),
                        new JsonObject().put("event", "kicked").put("playerId", p.playerId));
                r.setStatus(r.status);
                return ok();
            }
            case "reissueToken": {
                Roster.Player p = player(a);
                if (p == null) {
                    return unknownPlayer(a);
                }
                String token = Tokens.newToken();
                p.tokenHash = Tokens.hash(token);
                r.bus().publish(Addresses.control(r.settings.code()),
                        new JsonObject().put("event", "tokenReissued").put("playerId", p.playerId));
                return Reply.ok(new JsonObject().put("ok", true).put("playerId", p.playerId).put("playerToken", token));
            }
            case "news":
                r.publicFeed.news(a.getString("text"), r.engine.gameTimeNanos());
                return ok();
            case "end":
                r.setStatus(RoomStatus.ENDED);
                r.publicFeed.standings(RoomRequests.standings(r), r.engine.gameTimeNanos());
                return ok();
            case "restart":
                return restart();
            default:
                return Reply.error(Codes.PROTOCOL_BAD_FIELD, "unknown action \"" + action + "\"");
        }
    }

    JsonObject whatIf(JsonObject a) {
        long seconds = a.getLong("seconds");
        JsonObject shock = a.getJsonObject("shock");
        RoomEngine.WhatIf w;
        try {
            w = r.engine.whatIf(shock.getString("type"), shock.getJsonObject("params", new JsonObject()), seconds);
        } catch (IllegalArgumentException e) {
            return Reply.error(Codes.PROTOCOL_BAD_FIELD, e.getMessage());
        }
        return Reply.ok(new JsonObject().put("liquidatedNotionalLong", Units.money(w.liquidatedNotionalLongMicros()))
                .put("liquidatedNotionalShort", Units.money(w.liquidatedNotionalShortMicros()))
                .put("priceLow", r.units.price(w.priceLowTicks()))
                .put("insuranceFundLeft", Units.money(w.insuranceFundLeftMicros()))
                .put("adlCount", w.adlCount()).put("maxGeneration", w.maxGeneration()));
    }

    private JsonObject restart() {
        r.newEngine();
        r.speed = 1.0;
        for (Roster.Player p : r.roster.all()) {
            // Account ids come from the new engine; the roster keeps identities and tokens.
            r.roster.rebind(p, r.engine.addPlayer());
        }
        r.setStatus(RoomStatus.LOBBY);
        return ok();
    }

    private JsonObject transition(RoomStatus from, RoomStatus to) {
        if (r.status != from) {
            return Reply.error(Codes.ROOM_NOT_RUNNING, "cannot go from " + r.status + " to " + to);
        }
        r.setStatus(to);
        return ok();
    }

    private JsonObject step(java.util.function.Supplier<RoomEngine.Step> s) {
        try {
            r.publish(s.get());
        } catch (IllegalArgumentException e) {
            return Reply.error(Codes.PROTOCOL_BAD_FIELD, e.getMessage());
        }
        r.metrics.inputs.increment();
        r.recorder.inputs++;
        return ok();
    }

    private JsonObject forPlayers(Roster.Player only, java.util.function.LongFunction<RoomEngine.Step> f) {
        for (Roster.Player p : r.roster.all()) {
            if ((only == null && !p.kicked) || p == only) {
                JsonObject res = step(() -> f.apply(p.accountId));
                if (!Reply.isOk(res)) {
                    return res;
                }
            }
        }
        return ok();
    }

    private Roster.Player player(JsonObject a) {
        String id = a.getString("playerId");
        return id == null ? null : r.roster.byId(id);
    }

    private static JsonObject unknownPlayer(JsonObject a) {
        return Reply.error(Codes.PROTOCOL_BAD_FIELD, "no player " + a.getString("playerId") + " in this room");
    }

    private static JsonObject ok() {
        return Reply.ok(new JsonObject().put("ok", true));
    }
}

package cascade.app.room;

import cascade.app.auth.Tokens;
import cascade.game.room.RoomStatus;
import io.vertx.core.json.JsonObject;

/**
 * Instructor actions (docs/api.md {@code POST /rooms/{code}/control}); the caller already holds this room's
 * instructor token and the body's shape was validated by the HTTP layer. Game actions go to the room as
 * inputs (so they replay); tokens and restarts are hosting's.
 */
final class RoomControl {
    private final RoomVerticle r;

    RoomControl(RoomVerticle r) {
        this.r = r;
    }

    JsonObject apply(JsonObject a) {
        String action = a.getString("action", "");
        switch (action) {
            case "reissueToken":
                return reissue(a);
            case "restart":
                throw new IllegalStateException("restart is asynchronous: RoomVerticle builds the engine on a worker");
            default:
                break;
        }
        JsonObject forRoom = a.copy();
        Roster.Player target = null;
        if (a.containsKey("playerId")) {
            target = r.roster.byId(a.getString("playerId"));
            if (target == null) {
                return Reply.error("ROOM_UNKNOWN_PLAYER", 404, "no player " + a.getString("playerId") + " in this room");
            }
            forRoom.remove("playerId");
            forRoom.put("accountId", target.accountId);
        }
        RoomEngine.Step step;
        try {
            step = r.engine.instructor(forRoom);
        } catch (IllegalArgumentException e) {
            return Reply.error(Codes.PROTOCOL_BAD_FIELD, e.getMessage());
        }
        r.metrics.inputs.increment();
        r.recorder.inputs++;
        r.publish(step);
        if (step.rejected()) {
            return Reply.error(step.rejectCode(), Codes.statusOf(step.rejectCode()), step.rejectMessage());
        }
        if (action.equals("kick") && target != null) {
            target.kicked = true;
            r.bus().publish(Addresses.control(r.settings.code()),
                    new JsonObject().put("event", "kicked").put("playerId", target.playerId));
        }
        r.statusMaybeChanged();
        if (action.equals("end")) {
            r.publicFeed.standings(RoomRequests.standings(r), r.engine.gameTimeNanos());
        }
        return ok();
    }

    private JsonObject reissue(JsonObject a) {
        Roster.Player p = r.roster.byId(a.getString("playerId"));
        if (p == null || p.kicked) {
            return Reply.error("ROOM_UNKNOWN_PLAYER", 404, "no player " + a.getString("playerId") + " in this room");
        }
        String token = Tokens.newToken();
        p.tokenHash = Tokens.hash(token);
        r.bus().publish(Addresses.control(r.settings.code()),
                new JsonObject().put("event", "tokenReissued").put("playerId", p.playerId));
        return Reply.ok(new JsonObject().put("ok", true).put("playerId", p.playerId).put("playerToken", token));
    }

    /** Adopts a fresh engine from the same scenario and seed; every active player re-joins with the same token. */
    JsonObject restartWith(RoomEngine built) {
        r.adopt(built);
        for (Roster.Player p : r.roster.all()) {
            if (p.kicked) {
                continue;
            }
            RoomEngine.Step step = r.engine.join(p.nickname);
            if (!step.rejected()) {
                r.roster.rebind(p, step.joinedAccount());
            }
        }
        r.statusMaybeChanged();
        return r.engine.status() == RoomStatus.LOBBY ? ok() : Reply.error(Codes.SERVER_ERROR, "restart failed");
    }

    private static JsonObject ok() {
        return Reply.ok(new JsonObject().put("ok", true));
    }
}

package cascade.app.room;

import cascade.app.auth.Tokens;
import cascade.engine.market.AccountView;
import cascade.engine.market.Market;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The request side of {@link Addresses#in}: one {@code op} per request, one reply each. Runs on the room's
 * context. Identity arrives either as a token (checked here against stored hashes) or, for socket commands,
 * as the player id the gateway authenticated with this same room at {@code hello}.
 */
final class RoomRequests {
    private RoomRequests() {
    }

    static JsonObject handle(RoomVerticle r, JsonObject req) {
        String op = req.getString("op", "");
        switch (op) {
            case "info":
                return Reply.ok(r.statusData());
            case "join":
                return join(r, req.getString("nickname"));
            case "auth":
                return auth(r, req.getString("token"));
            case "cmd":
                return command(r, req.getString("playerId"), req.getJsonObject("cmd"));
            case "snapshot":
                return snapshot(r, req.getString("stream"), req.getString("playerId"));
            case "standings":
                return Reply.ok(standings(r));
            case "control":
            case "export":
            case "isInstructor":
                return instructorOp(r, op, req);
            default:
                return Reply.error(Codes.PROTOCOL_UNKNOWN_TYPE, "unknown room op " + op);
        }
    }

    private static JsonObject instructorOp(RoomVerticle r, String op, JsonObject req) {
        boolean instructor = r.fromInstructor(req);
        if (op.equals("isInstructor")) {
            return Reply.ok(instructor);
        }
        if (!instructor) {
            return Reply.error(Codes.AUTH_FORBIDDEN, "only this room's instructor token may do that");
        }
        if (op.equals("control")) {
            return r.control.apply(req.getJsonObject("action"));
        }
        return Reply.ok(r.recorder.csv(r));
    }

    private static JsonObject join(RoomVerticle r, String nickname) {
        RoomEngine.Step step = r.engine.join(nickname);
        r.publish(step);
        if (step.rejected()) {
            return Reply.error(step.rejectCode(), Codes.statusOf(step.rejectCode()), step.rejectMessage());
        }
        String token = Tokens.newToken();
        Roster.Player p = r.roster.add(nickname, step.joinedAccount(), Tokens.hash(token));
        r.statusMaybeChanged();
        return Reply.ok(new JsonObject().put("playerId", p.playerId).put("playerToken", token)
                .put("nickname", p.nickname));
    }

    private static JsonObject auth(RoomVerticle r, String token) {
        if (token == null) {
            return Reply.ok(new JsonObject().put("role", "spectator"));
        }
        if (Tokens.matches(token, r.settings.instructorTokenHash())) {
            return Reply.ok(new JsonObject().put("role", "instructor"));
        }
        Roster.Player p = r.roster.byToken(token);
        if (p == null) {
            return Reply.error(Codes.AUTH_UNAUTHORIZED, "unknown token for room " + r.settings.code());
        }
        return Reply.ok(new JsonObject().put("role", "player").put("playerId", p.playerId).put("nickname", p.nickname));
    }

    private static JsonObject command(RoomVerticle r, String playerId, JsonObject cmd) {
        Roster.Player p = playerId == null ? null : r.roster.byId(playerId);
        if (p == null || p.kicked) {
            return Reply.error(Codes.AUTH_FORBIDDEN, "not a player of this room");
        }
        if (r.engine.status() != cascade.game.room.RoomStatus.RUNNING) {
            // Refused at the door: an input the room would refuse anyway must not grow its journal or hash.
            return Reply.error(Codes.ROOM_NOT_RUNNING, "trading is open while the room is running ("
                    + r.engine.status() + ")");
        }
        return r.playerCommand(p.accountId, cmd);
    }

    private static JsonObject snapshot(RoomVerticle r, String stream, String playerId) {
        Market m = r.engine.market();
        long gt = r.engine.gameTimeNanos();
        Roster.Player p = playerId == null ? null : r.roster.byId(playerId);
        AccountView v = p == null ? null : m.account(p.accountId);
        JsonObject data;
        String kind = "update";
        switch (stream == null ? "" : stream) {
            case "book" -> {
                data = BookConflator.snapshot(m.bookView(BookConflator.DEPTH), r.units);
                kind = "snapshot";
            }
            case "ticker" -> data = PublicFeed.ticker(m, r.units, r.engine.histTime());
            case "room" -> {
                data = r.statusData();
                kind = "status";
            }
            case "orders" -> {
                if (p == null) {
                    return Reply.error(Codes.AUTH_FORBIDDEN, "orders is a private stream");
                }
                data = r.privateFeed.ordersSnapshot(m, p.accountId);
                kind = "snapshot";
            }
            case "position", "margin", "account" -> {
                if (v == null) {
                    return Reply.error(Codes.AUTH_FORBIDDEN, stream + " is a private stream");
                }
                data = stream.equals("position") ? AccountStreams.position(v, m, r.units)
                        : stream.equals("margin") ? AccountStreams.margin(v, r.units) : AccountStreams.account(v);
            }
            case "risk" -> data = RiskView.of(r);
            default -> {
                return Reply.error(Codes.PROTOCOL_BAD_FIELD, "no snapshot for stream " + stream);
            }
        }
        return Reply.ok(Msg.json(stream, kind, gt, data));
    }

    static JsonObject standings(RoomVerticle r) {
        JsonArray rows = new JsonArray();
        int rank = 1;
        for (RoomEngine.Standing s : r.engine.standings()) {
            Roster.Player p = r.roster.byAccount(s.accountId());
            if (p == null) {
                continue;
            }
            rows.add(new JsonObject().put("rank", rank++).put("playerId", p.playerId).put("nickname", s.nickname())
                    .put("equity", Units.money(s.equityMicros())).put("returnPct", pct(s.returnE8(), 100_000_000L))
                    .put("maxDrawdownPct", pct(s.maxDrawdownE8(), 100_000_000L)).put("liquidated", s.liquidated())
                    .put("maxLeverageUsed", java.math.BigDecimal.valueOf(s.maxLeverageE2(), 2).toPlainString())
                    .put("kicked", p.kicked));
        }
        return new JsonObject().put("rows", rows);
    }

    /** 100 × num / den as a decimal string with 2 places (half-up); "0" when den ≤ 0. */
    static String pct(long num, long den) {
        if (den <= 0) {
            return "0";
        }
        return java.math.BigDecimal.valueOf(num).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(den), 2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}

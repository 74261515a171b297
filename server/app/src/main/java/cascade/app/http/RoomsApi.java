package cascade.app.http;

import cascade.app.auth.Tokens;
import cascade.app.room.Codes;
import cascade.app.room.RoomClient;
import cascade.app.room.RoomHost;
import cascade.app.room.ScenarioCatalog;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code /api/v1/rooms…}: thin adapter — validate, send to the room by address, map the reply. */
final class RoomsApi {
    private static final Pattern NICKNAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,19}");
    static final List<String> ACTIONS = List.of("start", "pause", "resume", "speed", "shock", "topUp", "reset", "lock",
            "kick", "playerCap", "news", "end", "restart", "reissueToken");

    private final RoomHost host;
    private final RoomClient rooms;
    private final ScenarioCatalog scenarios;
    private final String publicUrl;

    RoomsApi(RoomHost host, RoomClient rooms, ScenarioCatalog scenarios, String publicUrl) {
        this.host = host;
        this.rooms = rooms;
        this.scenarios = scenarios;
        this.publicUrl = publicUrl;
    }

    void mount(Router r) {
        r.post("/api/v1/rooms").handler(this::create);
        r.get("/api/v1/rooms").handler(this::list);
        r.get("/api/v1/rooms/:code").handler(ctx -> forward(ctx, new JsonObject().put("op", "info"), 200));
        r.post("/api/v1/rooms/:code/join").handler(this::join);
        r.post("/api/v1/rooms/:code/control").handler(this::control);
        r.post("/api/v1/rooms/:code/what-if").handler(this::whatIf);
        r.get("/api/v1/rooms/:code/standings").handler(ctx -> rooms.request(code(ctx), new JsonObject()
                .put("op", "standings")).onSuccess(rep -> Http.reply(ctx, rep.getBoolean("ok")
                ? rep.put("data", rep.getJsonObject("data").getJsonArray("rows")) : rep, 200)));
        r.get("/api/v1/rooms/:code/export.csv").handler(this::export);
    }

    private void create(RoutingContext ctx) {
        JsonObject b = Http.body(ctx);
        Fields.only(b, Set.of("scenarioId", "title"));
        String scenarioId = Fields.string(b, "scenarioId", true, 64);
        String title = Fields.string(b, "title", false, 120);
        if (scenarios.get(scenarioId).isEmpty()) {
            Http.error(ctx, Codes.SCENARIO_UNKNOWN, "no scenario \"" + scenarioId + "\"");
            return;
        }
        host.create(scenarioId, title == null ? scenarioId : title).onComplete(ar -> {
            if (ar.failed() && ar.cause() instanceof UnsupportedOperationException u) {
                Http.error(ctx, Codes.SERVER_UNAVAILABLE, u.getMessage());
                return;
            }
            if (ar.failed()) {
                Http.error(ctx, ar.cause() instanceof IllegalStateException ? Codes.SERVER_ROOM_LIMIT : Codes.SERVER_ERROR,
                        ar.cause() instanceof IllegalStateException ? ar.cause().getMessage() : "room could not start");
                return;
            }
            String code = ar.result().code();
            Http.json(ctx, 201, new JsonObject().put("roomCode", code).put("instructorToken", ar.result().instructorToken())
                    .put("joinUrl", base(ctx) + "/#/?room=" + code)); // the UI routes on the hash
        });
    }

    private String base(RoutingContext ctx) {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        return ctx.request().scheme() + "://" + ctx.request().authority();
    }

    private void list(RoutingContext ctx) {
        String token = Tokens.bearer(ctx.request().getHeader("Authorization"));
        if (token == null) {
            Http.error(ctx, Codes.AUTH_UNAUTHORIZED, "Authorization: Bearer <instructor token> is required");
            return;
        }
        List<RoomHost.Entry> mine = host.ofInstructor(token);
        if (mine.isEmpty()) {
            Http.error(ctx, Codes.AUTH_UNAUTHORIZED, "not the instructor token of any room");
            return;
        }
        List<Future<JsonObject>> infos = mine.stream()
                .map(e -> rooms.request(e.code(), new JsonObject().put("op", "info"))).toList();
        Future.all(infos).onComplete(ar -> {
            JsonArray out = new JsonArray();
            infos.forEach(f -> {
                if (f.succeeded() && f.result().getBoolean("ok")) {
                    out.add(f.result().getJsonObject("data"));
                }
            });
            Http.json(ctx, 200, out);
        });
    }

    private void join(RoutingContext ctx) {
        JsonObject b = Http.body(ctx);
        Fields.only(b, Set.of("nickname"));
        String nick = Fields.string(b, "nickname", true, 20);
        if (!NICKNAME.matcher(nick).matches()) {
            throw Fields.bad("nickname", "1–20 letters, digits, spaces, '-' or '_', starting with a letter or digit");
        }
        forward(ctx, new JsonObject().put("op", "join").put("nickname", nick), 201);
    }

    private void control(RoutingContext ctx) {
        String token = requireToken(ctx);
        if (token == null) {
            return;
        }
        JsonObject action = ControlValidation.validate(Http.body(ctx));
        forward(ctx, new JsonObject().put("op", "control").put("token", token).put("action", action), 200);
    }

    private void whatIf(RoutingContext ctx) {
        String token = requireToken(ctx);
        if (token == null) {
            return;
        }
        JsonObject b = Http.body(ctx);
        Fields.only(b, Set.of("shock", "seconds"));
        JsonObject shock = ControlValidation.shock(Fields.object(b, "shock", true));
        int seconds = Fields.integer(b, "seconds", true, 1, 3600);
        forward(ctx, new JsonObject().put("op", "whatIf").put("token", token)
                .put("action", new JsonObject().put("shock", shock).put("seconds", seconds)), 200);
    }

    private void export(RoutingContext ctx) {
        String token = requireToken(ctx);
        if (token == null) {
            return;
        }
        rooms.request(code(ctx), new JsonObject().put("op", "export").put("token", token)).onSuccess(rep -> {
            if (!rep.getBoolean("ok")) {
                Http.reply(ctx, rep, 200);
                return;
            }
            ctx.response().putHeader("content-type", "text/csv; charset=utf-8")
                    .putHeader("content-disposition", "attachment; filename=\"cascade-" + code(ctx) + ".csv\"")
                    .end(rep.getString("data"));
        });
    }

    private static String requireToken(RoutingContext ctx) {
        String token = Tokens.bearer(ctx.request().getHeader("Authorization"));
        if (token == null) {
            Http.error(ctx, Codes.AUTH_UNAUTHORIZED, "Authorization: Bearer <instructor token> is required");
        }
        return token;
    }

    private void forward(RoutingContext ctx, JsonObject req, int okStatus) {
        rooms.request(code(ctx), req).onSuccess(rep -> Http.reply(ctx, rep, okStatus));
    }

    private static String code(RoutingContext ctx) {
        return ctx.pathParam("code");
    }
}

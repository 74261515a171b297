package cascade.app.http;

import cascade.app.room.Codes;
import cascade.app.room.Reply;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Response helpers: every body is JSON, every error is {@code {code, message}} with the code's status. */
public final class Http {
    private Http() {
    }

    public static void json(RoutingContext ctx, int status, Object body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader("content-type", "application/json")
                .putHeader("cache-control", "no-store")
                .end(body instanceof JsonObject j ? j.encode() : io.vertx.core.json.Json.encode(body));
    }

    public static void error(RoutingContext ctx, Codes code, String message) {
        error(ctx, code.status, code.name(), message);
    }

    public static void error(RoutingContext ctx, int status, String code, String message) {
        json(ctx, status, new JsonObject().put("code", code).put("message", message));
    }

    /** Maps a room's {@link Reply} to the response: ok → {@code okStatus} with the data. */
    public static void reply(RoutingContext ctx, JsonObject reply, int okStatus) {
        if (Reply.isOk(reply)) {
            json(ctx, okStatus, reply.getValue("data"));
        } else {
            error(ctx, reply.getInteger("status", 400), reply.getString("code"), reply.getString("message"));
        }
    }

    /** The request body as a JSON object, or a {@link FieldException}. */
    public static JsonObject body(RoutingContext ctx) {
        String text = ctx.body().asString();
        if (text == null || text.isBlank()) {
            throw new FieldException(Codes.PROTOCOL_BAD_JSON, "a JSON object body is required");
        }
        try {
            Object v = io.vertx.core.json.Json.decodeValue(text);
            if (v instanceof JsonObject o) {
                return o;
            }
        } catch (DecodeException e) {
            throw new FieldException(Codes.PROTOCOL_BAD_JSON, "body is not valid JSON");
        }
        throw new FieldException(Codes.PROTOCOL_BAD_JSON, "body must be a JSON object");
    }
}

package cascade.app.room;

import io.vertx.core.json.JsonObject;

/**
 * The one reply shape on {@link Addresses#in}: {@code {ok:true, data}} or {@code {ok:false, status, code, message}}.
 * Failures are data, not {@code Message.fail}, so the stable code and the HTTP status survive the bus.
 */
public final class Reply {
    private Reply() {
    }

    public static JsonObject ok(Object data) {
        return new JsonObject().put("ok", true).put("data", data);
    }

    public static JsonObject error(Codes code, String message) {
        return error(code.name(), code.status, message);
    }

    public static JsonObject error(String code, int status, String message) {
        return new JsonObject().put("ok", false).put("status", status).put("code", code).put("message", message);
    }

    public static boolean isOk(JsonObject reply) {
        return reply.getBoolean("ok", false);
    }
}

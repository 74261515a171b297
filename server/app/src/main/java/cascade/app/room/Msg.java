package cascade.app.room;

import io.vertx.core.json.JsonObject;

/**
 * A stream message as the room publishes it: {@code {stream, kind, gameTime, data}}. The gateway adds the
 * per-connection envelope ({@code type, v, seq, ts}); see docs/api.md.
 */
public final class Msg {
    private Msg() {
    }

    public static JsonObject of(String stream, String kind, long gameTimeNanos, JsonObject data) {
        return new JsonObject().put("stream", stream).put("kind", kind).put("gameTime", Long.toString(gameTimeNanos))
                .put("data", data);
    }
}

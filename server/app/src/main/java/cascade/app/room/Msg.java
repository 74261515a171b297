package cascade.app.room;

import io.vertx.core.json.JsonObject;

/**
 * A stream message as the room publishes it: {@code {stream, kind, gameTime, data}}. The gateway adds the
 * per-connection envelope ({@code type, v, seq, ts}); see docs/api.md.
 */
public final class Msg {
    private Msg() {
    }

    /** For publishing: encoded once, delivered to every local consumer without a copy. */
    public static StreamMessage of(String stream, String kind, long gameTimeNanos, JsonObject data) {
        return StreamMessage.of(stream, kind, gameTimeNanos, data);
    }

    /** For request replies (snapshots), which travel inside a JSON reply. */
    public static JsonObject json(String stream, String kind, long gameTimeNanos, JsonObject data) {
        return new JsonObject().put("stream", stream).put("kind", kind).put("gameTime", Long.toString(gameTimeNanos))
                .put("data", data);
    }
}

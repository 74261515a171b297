package cascade.app.room;

import io.vertx.core.json.JsonObject;

/**
 * A stream message as the room publishes it ({@code stream, kind, gameTime, data}), with {@code data} already
 * encoded to JSON text. Immutable; travels in a {@link StreamBatch}, so a public message is encoded once per room,
 * not once per connection; each connection only prepends its own envelope ({@code type, v, seq, ts}, docs/api.md).
 */
public final class StreamMessage {
    private final String stream;
    private final String kind;
    private final String gameTime;
    private final String dataJson;
    private final long bookSeq;

    private StreamMessage(String stream, String kind, String gameTime, String dataJson, long bookSeq) {
        this.stream = stream;
        this.kind = kind;
        this.gameTime = gameTime;
        this.dataJson = dataJson;
        this.bookSeq = bookSeq;
    }

    public static StreamMessage of(String stream, String kind, long gameTimeNanos, JsonObject data) {
        return new StreamMessage(stream, kind, Long.toString(gameTimeNanos), data.encode(),
                data.containsKey("bookSeq") ? data.getLong("bookSeq") : -1);
    }

    /** From the JSON form ({@link Msg#json}) used in request replies. */
    public static StreamMessage from(JsonObject m) {
        JsonObject data = m.getJsonObject("data");
        return new StreamMessage(m.getString("stream"), m.getString("kind"), m.getString("gameTime"), data.encode(),
                data.containsKey("bookSeq") ? data.getLong("bookSeq") : -1);
    }

    public String stream() {
        return stream;
    }

    public String kind() {
        return kind;
    }

    public String gameTime() {
        return gameTime;
    }

    public String dataJson() {
        return dataJson;
    }

    /** The book's delta sequence for book messages, else −1. */
    public long bookSeq() {
        return bookSeq;
    }
}

package cascade.app.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real WebSocket client for tests. The Vert.x client is a field: Vert.x 5 closes unreachable clients
 * (STACK.md). Received messages are queued; {@link #await} consumes until a match, keeping the rest in
 * {@link #seen} for later assertions.
 */
public final class WsClient implements AutoCloseable {
    private final WebSocketClient client;
    public final WebSocket ws;
    private final LinkedBlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
    public final List<JsonObject> seen = new ArrayList<>();
    private final java.util.Map<JsonObject, Boolean> returned = new java.util.IdentityHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    public volatile Short closeStatus;
    public volatile String closeReason;

    public WsClient(Vertx vertx, int port) throws Exception {
        client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxFrameSize(1 << 20)
                .setMaxMessageSize(1 << 22));
        ws = client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws"))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        ws.textMessageHandler(t -> inbox.add(new JsonObject(t)));
        ws.closeHandler(v -> {
            closeStatus = ws.closeStatusCode();
            closeReason = ws.closeReason();
        });
    }

    public void sendRaw(String text) {
        ws.writeTextMessage(text);
    }

    /** Sends a message with a fresh id and returns that id. */
    public String send(JsonObject msg) {
        String id = "t" + ids.incrementAndGet();
        ws.writeTextMessage(msg.copy().put("id", id).encode());
        return id;
    }

    /** Sends and waits for the ack or error carrying the id. */
    public JsonObject request(JsonObject msg) throws InterruptedException {
        String id = send(msg);
        return await(m -> id.equals(m.getValue("id")), 10_000);
    }

    public JsonObject hello(String room, String token) throws InterruptedException {
        JsonObject h = new JsonObject().put("type", "hello").put("v", 1).put("room", room);
        if (token != null) {
            h.put("token", token);
        }
        return request(h);
    }

    /**
     * The first message matching {@code p} that no earlier await returned, whether it already arrived (and was
     * passed over by another await) or arrives within the timeout.
     */
    public JsonObject await(Predicate<JsonObject> p, long timeoutMs) throws InterruptedException {
        for (JsonObject m : seen) {
            if (!returned.containsKey(m) && p.test(m)) {
                returned.put(m, Boolean.TRUE);
                return m;
            }
        }
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject m = inbox.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (m == null) {
                throw new AssertionError("no matching message within " + timeoutMs + " ms; seen " + tail());
            }
            seen.add(m);
            if (p.test(m)) {
                returned.put(m, Boolean.TRUE);
                return m;
            }
        }
    }

    /** Like {@link #awaitType} but also matches messages already consumed into {@link #seen}. */
    public JsonObject awaitAnyType(String type) throws InterruptedException {
        for (JsonObject m : seen) {
            if (type.equals(m.getString("type"))) {
                return m;
            }
        }
        return awaitType(type);
    }

    public JsonObject awaitType(String type) throws InterruptedException {
        return await(m -> type.equals(m.getString("type")), 10_000);
    }

    /** Drains what has arrived so far into {@link #seen}. */
    public List<JsonObject> drain() {
        inbox.drainTo(seen);
        return seen;
    }

    private String tail() {
        int n = seen.size();
        return seen.subList(Math.max(0, n - 5), n).toString();
    }

    @Override
    public void close() throws Exception {
        if (!ws.isClosed()) {
            ws.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
        client.close();
    }
}

package cascade.app.ws;

import cascade.app.metrics.Metrics;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.internal.http.WebSocketInternal;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything a connection writes goes through here: the envelope with per-stream sequence numbers and the
 * back-pressure policy. The room never waits for a socket: writes never block, and a socket that cannot keep
 * up is first served conflated book data (see {@link Connection}), then closed when it stays full for
 * {@code slowMillis} or its unflushed bytes pass {@code maxPendingBytes}.
 */
final class Outbox {
    static final int V = 1;
    static final long DROP_GRACE_MS = 500;
    static final long FULL_BYTES = 128 * 1024;
    private final Vertx vertx;
    private final ServerWebSocket ws;
    private final HttpConnection connection;
    private final Metrics metrics;
    private final long slowNanos;
    private final long maxPendingBytes;
    private final Map<String, Long> seqs = new HashMap<>();
    private long pendingBytes;
    private long fullSinceNanos;
    /** When a write last completed, or when the queue last became non-empty. */
    private long oldestPendingNanos;
    private boolean closed;

    Outbox(Vertx vertx, ServerWebSocket ws, HttpConnection connection, Metrics metrics, long slowMillis,
           long maxPendingBytes) {
        this.vertx = vertx;
        this.ws = ws;
        this.connection = connection;
        this.metrics = metrics;
        this.slowNanos = slowMillis * 1_000_000L;
        this.maxPendingBytes = maxPendingBytes;
    }

    /**
     * Full when Netty's queue is above its high-water mark or when more than {@value #FULL_BYTES} bytes are still
     * unflushed by our own count (the latter does not depend on how the transport reports writability).
     */
    boolean full() {
        // writeQueueFull() throws once the peer has closed, which can precede our close handler.
        return !closed() && (ws.writeQueueFull() || pendingBytes > FULL_BYTES);
    }

    /** A stream message from the room: {@code {stream, kind, gameTime, data}} → the client envelope. */
    void stream(JsonObject m) {
        String stream = m.getString("stream");
        long seq = seqs.merge(stream, 1L, Long::sum);
        write(new JsonObject().put("type", stream + "." + m.getString("kind")).put("v", V).put("stream", stream)
                .put("seq", seq).put("ts", System.currentTimeMillis()).put("gameTime", m.getString("gameTime"))
                .put("data", m.getValue("data")));
    }

    void ack(Object id, Object data) {
        write(withId(new JsonObject().put("type", "ack").put("v", V), id).put("ts", System.currentTimeMillis())
                .put("data", data == null ? new JsonObject() : data));
    }

    void error(Object id, String code, String message) {
        metrics.wsErrors.increment();
        write(withId(new JsonObject().put("type", "error").put("v", V), id).put("code", code).put("message", message));
    }

    /** The id is left out, not null, when the message had none (or could not be parsed). */
    static JsonObject withId(JsonObject m, Object id) {
        return id == null ? m : m.put("id", id);
    }

    void write(JsonObject msg) {
        if (closed()) {
            return;
        }
        String text = msg.encode();
        long len = text.length();
        pendingBytes += len;
        metrics.wsPendingBytes.addAndGet(len);
        metrics.wsWriteQueueBytes.record(pendingBytes);
        metrics.wsMessagesOut.increment();
        if (pendingBytes == len) {
            oldestPendingNanos = System.nanoTime(); // the queue was empty: the clock for "stuck" starts now
        }
        ws.writeTextMessage(text).onComplete(ar -> {
            oldestPendingNanos = System.nanoTime();
            pendingBytes -= len;
            metrics.wsPendingBytes.addAndGet(-len);
        });
        if (pendingBytes > maxPendingBytes) {
            drop("SLOW_CONSUMER");
        }
    }

    /**
     * Called periodically: closes a socket whose queue has stayed full too long, or whose writes have made no
     * progress for as long (bytes pending, none flushed) however the transport reports its writability.
     */
    void checkSlow(long nowNanos) {
        if (!closed() && pendingBytes > 0 && nowNanos - oldestPendingNanos > slowNanos) {
            drop("SLOW_CONSUMER");
            return;
        }
        if (!full()) {
            fullSinceNanos = 0;
            return;
        }
        if (fullSinceNanos == 0) {
            fullSinceNanos = nowNanos;
        } else if (nowNanos - fullSinceNanos > slowNanos) {
            drop("SLOW_CONSUMER");
        }
    }

    /**
     * Closes with 1008 and the reason, then the TCP connection itself: a close frame queued behind megabytes a
     * client never reads would never arrive, and the memory would stay allocated.
     */
    void drop(String reason) {
        if (closed) {
            return;
        }
        closed = true;
        metrics.slowConsumersDropped.increment();
        ws.pause(); // stop reading its requests: a dropped client must not keep the room busy
        ws.close((short) 1008, reason);
        // The close frame waits behind everything queued, which a client that does not read never takes: after a
        // grace period the channel is closed, which discards the queue and frees its memory.
        vertx.setTimer(DROP_GRACE_MS, id -> {
            if (ws instanceof WebSocketInternal w) {
                w.channelHandlerContext().channel().close();
            } else {
                connection.close();
            }
        });
    }

    void close(short code, String reason) {
        if (!closed) {
            closed = true;
            ws.close(code, reason);
        }
    }

    /** Closed by us or by the peer. */
    boolean closed() {
        return closed || ws.isClosed();
    }

    /** Bytes still owed to the kernel; released when the connection closes (failed writes complete too). */
    long pendingBytes() {
        return pendingBytes;
    }
}

package cascade.app.ws;

import cascade.app.config.ServerConfig;
import cascade.app.http.FieldException;
import cascade.app.metrics.Metrics;
import cascade.app.room.Codes;
import cascade.app.room.Reply;
import cascade.app.room.RoomClient;
import cascade.app.room.StreamBatch;
import cascade.app.room.StreamMessage;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.internal.http.WebSocketInternal;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * One browser tab. Runs on its socket's event loop; talks to its room only through the event bus. Every client
 * message gets exactly one reply ({@code ack} or {@code error} with the client's id), except when the message
 * makes the server close the connection.
 */
final class Connection {
    private static final long CHECK_MS = 250;
    private final Vertx vertx;
    private final ServerWebSocket ws;
    private final RoomClient rooms;
    private final Metrics metrics;
    private final Outbox out;
    private final RateLimiter limiter;
    private final BookStream book;
    private final Fanout fanout;
    private final long timerId;
    private String room;
    private String role;
    private String playerId;
    private boolean helloPending;

    Connection(Vertx vertx, ServerWebSocket ws, HttpConnection conn, RoomClient rooms, Fanout fanout, Metrics metrics,
               ServerConfig cfg) {
        this.vertx = vertx;
        this.fanout = fanout;
        this.ws = ws;
        this.rooms = rooms;
        this.metrics = metrics;
        this.out = new Outbox(vertx, ws, conn, metrics, cfg.wsSlowConsumerMillis(), cfg.wsMaxPendingBytes());
        this.limiter = new RateLimiter(cfg.wsRatePerSecond(), System.nanoTime());
        this.book = new BookStream(out, metrics, this::requestBookSnapshot);
        metrics.connections.incrementAndGet();
        consolidateFlushes(ws);
        ws.textMessageHandler(this::onText);
        ws.binaryMessageHandler(this::onBinary);
        ws.exceptionHandler(e -> { });
        ws.drainHandler(v -> book.drained());
        ws.closeHandler(v -> cleanup());
        timerId = vertx.setPeriodic(CHECK_MS, id -> out.checkSlow(System.nanoTime()));
    }

    /**
     * Vert.x flushes a socket after every frame written outside a read, which is one system call per message. The
     * room's messages arrive in batches (everything one timer firing or one input produced), so frames written in
     * the same event-loop task are flushed together once the task ends: Netty's {@link FlushConsolidationHandler},
     * also consolidating when no read is in progress. Frame order and content are unchanged.
     */
    private static void consolidateFlushes(ServerWebSocket ws) {
        if (ws instanceof WebSocketInternal w) {
            w.channelHandlerContext().pipeline().addFirst("cascade-flush", new FlushConsolidationHandler(
                    FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
        }
    }

    private void onBinary(Buffer b) {
        metrics.wsMessagesIn.increment();
        if (out.closed()) {
            return;
        }
        out.error(null, Codes.PROTOCOL_BAD_JSON.name(), "binary frames are not accepted; send JSON text");
    }

    private void onText(String text) {
        metrics.wsMessagesIn.increment();
        if (out.closed()) {
            return; // being dropped: frames still in flight must cost nothing
        }
        if (!limiter.tryAcquire(System.nanoTime())) {
            out.error(null, Codes.PROTOCOL_RATE_LIMITED.name(), "too many messages; slow down");
            return;
        }
        if (text.length() > cascade.app.http.HttpVerticle.MAX_WS_MESSAGE) {
            out.error(null, Codes.PROTOCOL_TOO_LARGE.name(), "messages are limited to 64 KiB");
            return;
        }
        JsonObject msg;
        try {
            Object v = Json.decodeValue(text);
            if (!(v instanceof JsonObject o)) {
                out.error(null, Codes.PROTOCOL_BAD_JSON.name(), "a message must be a JSON object");
                return;
            }
            msg = o;
        } catch (DecodeException | IllegalStateException e) {
            // Jackson's nesting and length limits surface as decode errors, too.
            out.error(null, Codes.PROTOCOL_BAD_JSON.name(), "not valid JSON");
            return;
        }
        Object id = CommandParser.id(msg);
        JsonObject cmd;
        try {
            cmd = CommandParser.parse(msg);
        } catch (FieldException e) {
            out.error(id, e.code.name(), e.getMessage());
            return;
        }
        dispatch(id, cmd);
    }

    private void dispatch(Object id, JsonObject cmd) {
        String type = cmd.getString("type");
        if (type.equals("hello")) {
            hello(id, cmd);
            return;
        }
        if (room == null) {
            out.error(id, Codes.PROTOCOL_NOT_AUTHENTICATED.name(), "send hello first");
            return;
        }
        switch (type) {
            case "ping" -> out.ack(id, new JsonObject().put("serverTime", System.currentTimeMillis()));
            case "resync" -> resync(id, cmd.getString("stream"));
            default -> {
                if (!"player".equals(role)) {
                    out.error(id, Codes.AUTH_FORBIDDEN.name(), "only a player can trade; this connection is " + role);
                    return;
                }
                rooms.request(room, new JsonObject().put("op", "cmd").put("playerId", playerId).put("cmd", cmd))
                        .onSuccess(rep -> reply(id, rep));
            }
        }
    }

    private void reply(Object id, JsonObject rep) {
        if (Reply.isOk(rep)) {
            out.ack(id, rep.getValue("data"));
        } else {
            out.error(id, rep.getString("code"), rep.getString("message"));
        }
    }

    private void hello(Object id, JsonObject cmd) {
        if (room != null || helloPending) {
            out.error(id, Codes.PROTOCOL_BAD_FIELD.name(), "hello was already sent on this connection");
            return;
        }
        helloPending = true;
        String code = cmd.getString("room");
        rooms.request(code, new JsonObject().put("op", "auth").put("token", cmd.getString("token"))).onSuccess(rep -> {
            helloPending = false;
            if (!Reply.isOk(rep)) {
                out.error(id, rep.getString("code"), rep.getString("message"));
                return;
            }
            JsonObject who = rep.getJsonObject("data");
            attach(code, who.getString("role"), who.getString("playerId"));
            JsonObject welcome = Outbox.withId(new JsonObject().put("type", "welcome").put("v", Outbox.V), id)
                    .put("room", code).put("role", role).put("serverTime", System.currentTimeMillis());
            if (playerId != null) {
                welcome.put("playerId", playerId).put("nickname", who.getString("nickname"));
            }
            out.write(welcome);
            List<String> streams = new ArrayList<>(List.of("room", "ticker"));
            if (role.equals("player")) {
                streams.addAll(List.of("orders", "position", "margin", "account"));
            } else if (role.equals("instructor")) {
                streams.add("risk");
            }
            requestBookSnapshot();
            streams.forEach(this::sendSnapshot);
        });
    }

    private void attach(String code, String r, String pid) {
        room = code;
        role = r;
        playerId = pid;
        fanout.attach(this, code);
    }

    /** Whose private streams this connection receives: its player's, the instructor's, or none. */
    String recipient() {
        return playerId != null ? playerId : "instructor".equals(role) ? StreamBatch.INSTRUCTOR : null;
    }

    /** A message from the room (public, or addressed to {@link #recipient}), via the loop's {@link Fanout}. */
    void stream(StreamMessage m) {
        if ("book".equals(m.stream())) {
            book.delta(m);
        } else {
            out.stream(m);
        }
    }

    void control(JsonObject c) {
        String event = c.getString("event");
        if (event.equals("closed")) {
            out.close((short) 1001, "ROOM_CLOSED");
        } else if (playerId != null && playerId.equals(c.getString("playerId"))) {
            out.close((short) 4003, event.equals("kicked") ? "KICKED" : "TOKEN_REISSUED");
        }
    }

    private void resync(Object id, String stream) {
        switch (stream) {
            case "book" -> {
                requestBookSnapshot();
                out.ack(id, new JsonObject().put("stream", stream));
            }
            case "trades", "liquidations", "fills", "liquidated" ->
                    out.error(id, Codes.PROTOCOL_BAD_FIELD.name(), stream + " is an event stream with no snapshot; "
                            + "continue from the next message");
            default -> snapshot(stream).onSuccess(rep -> {
                if (Reply.isOk(rep)) {
                    out.ack(id, new JsonObject().put("stream", stream));
                    out.stream(StreamMessage.from(rep.getJsonObject("data")));
                } else {
                    out.error(id, rep.getString("code"), rep.getString("message"));
                }
            });
        }
    }

    private Future<JsonObject> snapshot(String stream) {
        if (stream.equals("risk") && !"instructor".equals(role)) {
            return Future.succeededFuture(Reply.error(Codes.AUTH_FORBIDDEN, "risk is the instructor's stream"));
        }
        return rooms.request(room, new JsonObject().put("op", "snapshot").put("stream", stream).put("playerId", playerId));
    }

    private void sendSnapshot(String stream) {
        snapshot(stream).onSuccess(rep -> {
            if (Reply.isOk(rep)) {
                out.stream(StreamMessage.from(rep.getJsonObject("data")));
            }
        });
    }

    private void requestBookSnapshot() {
        book.snapshotRequested();
        snapshot("book").onSuccess(rep -> {
            if (Reply.isOk(rep)) {
                book.snapshot(StreamMessage.from(rep.getJsonObject("data")));
            }
        });
    }

    private void cleanup() {
        vertx.cancelTimer(timerId);
        if (room != null) {
            fanout.detach(this, room);
        }
        metrics.connections.decrementAndGet();
    }
}

package cascade.app.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.support.TestServer;
import cascade.app.support.WsClient;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every WebSocket command over a real socket: acks, stream updates, error codes and auth refusals. */
class WsProtocolTest {
    static TestServer server;
    static Vertx clients;
    String room;
    String instructor;
    JsonObject ana;
    JsonObject bo;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        clients = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        clients.close().toCompletionStage().toCompletableFuture().get();
        server.close();
    }

    @BeforeEach
    void room() throws Exception {
        JsonObject r = server.createRoom();
        room = r.getString("roomCode");
        instructor = r.getString("instructorToken");
        ana = server.join(room, "ana");
        bo = server.join(room, "bo");
    }

    WsClient player(JsonObject p) throws Exception {
        WsClient c = new WsClient(clients, server.port());
        JsonObject w = c.hello(room, p.getString("playerToken"));
        assertThat(w.getString("type")).as(w.encode()).isEqualTo("welcome");
        return c;
    }

    static JsonObject order(String side, String price, String qty) {
        return new JsonObject().put("type", "placeOrder").put("side", side).put("orderType", "LIMIT").put("price", price)
                .put("qty", qty);
    }

    @Test
    void spectatorGetsPublicSnapshotsWithSequenceNumbers() throws Exception {
        server.control(room, instructor, new JsonObject().put("action", "start"));
        Thread.sleep(1500); // the test market maker quotes once per game-second
        try (WsClient c = new WsClient(clients, server.port())) {
            JsonObject w = c.hello(room, null);
            assertThat(w.getString("role")).isEqualTo("spectator");
            JsonObject book = c.awaitType("book.snapshot");
            assertThat(book.getLong("seq")).isEqualTo(1);
            assertThat(book.getJsonObject("data").getJsonArray("bids")).isNotEmpty();
            assertThat(book.getJsonObject("data").getJsonArray("bids").getJsonArray(0).getString(0)).matches("\\d+\\.\\d");
            assertThat(c.awaitType("ticker.update").getJsonObject("data").getString("mark")).matches("\\d+\\.\\d");
            assertThat(c.awaitType("room.status").getInteger("v")).isEqualTo(1);
            JsonObject order = c.request(order("BUY", "59000.0", "0.001"));
            assertThat(order.getString("code")).isEqualTo("AUTH_FORBIDDEN");
            JsonObject resync = c.request(new JsonObject().put("type", "resync").put("stream", "book"));
            assertThat(resync.getString("type")).isEqualTo("ack");
            assertThat(c.awaitType("book.snapshot").getLong("seq")).isEqualTo(2);
            assertThat(c.request(new JsonObject().put("type", "resync").put("stream", "orders")).getString("code"))
                    .isEqualTo("AUTH_FORBIDDEN");
        }
    }

    /**
     * The gateway's fan-out holds one subscription per (event loop, room) and routes inside each room batch: six
     * sockets over the server's event loops (so at least two share one), ana on five of them. Every connection of
     * ana gets her order's update, bo gets none of it, everyone gets the public book, and when the sockets close
     * the subscriptions go with them.
     */
    @Test
    void fanOutRoutesPrivateStreamsToTheirPlayerOnEveryConnectionAndUnsubscribes() throws Exception {
        int before = server.server.metrics().roomSubscriptions.get();
        server.control(room, instructor, new JsonObject().put("action", "start"));
        List<WsClient> anas = new java.util.ArrayList<>();
        try (WsClient b = player(bo)) {
            for (int i = 0; i < 5; i++) {
                anas.add(player(ana));
            }
            assertThat(server.server.metrics().roomSubscriptions.get() - before)
                    .isBetween(1, io.vertx.core.VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE);
            JsonObject ack = anas.get(2).request(order("BUY", "59900.0", "0.010").put("clientOrderId", "fan-1"));
            assertThat(ack.getString("type")).as(ack.encode()).isEqualTo("ack");
            String orderId = ack.getJsonObject("data").getString("orderId");
            for (WsClient a : anas) {
                JsonObject upd = a.await(m -> "orders.update".equals(m.getString("type"))
                        && orderId.equals(m.getJsonObject("data").getString("orderId")), 5000);
                assertThat(upd.getJsonObject("data").getString("clientOrderId")).isEqualTo("fan-1");
            }
            // A book showing ana's bid left the room after her order update: once bo has it, a misrouted update
            // would have reached him too (one event loop delivers in order).
            for (WsClient c : List.of(b, anas.get(0), anas.get(4))) {
                c.await(m -> m.getString("type", "").startsWith("book.") && m.getJsonObject("data").getJsonArray("bids")
                        .stream().anyMatch(l -> ((io.vertx.core.json.JsonArray) l).getString(0).equals("59900.0")), 5000);
            }
            assertThat(b.drain()).noneMatch(m -> "orders.update".equals(m.getString("type"))
                    && orderId.equals(m.getJsonObject("data").getString("orderId")));
            assertThat(b.drain()).noneMatch(m -> "fills.fill".equals(m.getString("type")));
        } finally {
            for (WsClient a : anas) {
                a.close();
            }
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (server.server.metrics().roomSubscriptions.get() != before && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.server.metrics().roomSubscriptions.get()).isEqualTo(before);
    }

    @Test
    void playerTradesAndSeesPrivateStreams() throws Exception {
        server.control(room, instructor, new JsonObject().put("action", "start"));
        try (WsClient a = player(ana)) {
            a.awaitAnyType("orders.snapshot");
            a.awaitAnyType("margin.update");
            JsonObject ack = a.request(order("BUY", "59900.0", "0.010").put("clientOrderId", "abc-1"));
            assertThat(ack.getString("type")).as(ack.encode()).isEqualTo("ack");
            String orderId = ack.getJsonObject("data").getString("orderId");
            JsonObject upd = a.await(m -> "orders.update".equals(m.getString("type"))
                    && orderId.equals(m.getJsonObject("data").getString("orderId")), 5000);
            assertThat(upd.getJsonObject("data").getString("status")).isEqualTo("NEW");
            assertThat(upd.getJsonObject("data").getString("clientOrderId")).isEqualTo("abc-1");

            JsonObject again = a.request(order("BUY", "59900.0", "0.010").put("clientOrderId", "abc-1"));
            assertThat(again.getJsonObject("data").getString("orderId")).isEqualTo(orderId);
            assertThat(server.rooms.get(server.rooms.size() - 1).market().query().orders(1)).hasSize(1);

            JsonObject amend = a.request(new JsonObject().put("type", "amendOrder").put("orderId", orderId)
                    .put("price", "59950.0").put("qty", "0.005"));
            assertThat(amend.getString("type")).as(amend.encode()).isEqualTo("ack");
            JsonObject cancel = a.request(new JsonObject().put("type", "cancelOrder").put("orderId", orderId));
            assertThat(cancel.getString("type")).isEqualTo("ack");
            a.await(m -> "orders.update".equals(m.getString("type"))
                    && "CANCELED".equals(m.getJsonObject("data").getString("status")), 5000);
            assertThat(a.request(new JsonObject().put("type", "cancelOrder").put("orderId", orderId)).getString("code"))
                    .isEqualTo("ORDER_UNKNOWN");

            assertThat(a.request(new JsonObject().put("type", "setLeverage").put("leverage", 20)).getString("type"))
                    .isEqualTo("ack");
            assertThat(a.request(new JsonObject().put("type", "setLeverage").put("leverage", 126)).getString("code"))
                    .isEqualTo("ROOM_LEVERAGE_CAP"); // the scenario caps leverage below the first bracket's 125x
            assertThat(a.request(new JsonObject().put("type", "setMarginMode").put("mode", "ISOLATED")).getString("type"))
                    .isEqualTo("ack");
            a.await(m -> m.getString("type", "").startsWith("book.")
                    && !m.getJsonObject("data").getJsonArray("asks").isEmpty(), 10_000); // the maker has quoted
            JsonObject market = a.request(new JsonObject().put("type", "placeOrder").put("side", "BUY")
                    .put("orderType", "MARKET").put("qty", "0.100"));
            assertThat(market.getString("type")).as(market.encode()).isEqualTo("ack");
            JsonObject fill = a.awaitType("fills.fill");
            assertThat(fill.getJsonObject("data").getString("side")).isEqualTo("BUY");
            JsonObject pos = a.await(m -> "position.update".equals(m.getString("type"))
                    && "0.100".equals(m.getJsonObject("data").getString("size")), 5000);
            assertThat(pos.getJsonObject("data").getString("marginMode")).isEqualTo("ISOLATED");
            JsonObject margin = a.await(m -> "margin.update".equals(m.getString("type"))
                    && m.getJsonObject("data").getValue("liquidationPrice") != null, 5000);
            assertThat(margin.getJsonObject("data").getString("bankruptcyPrice")).isNotBlank();
            assertThat(a.request(new JsonObject().put("type", "setMarginMode").put("mode", "CROSS")).getString("code"))
                    .isEqualTo("RISK_MARGIN_MODE_LOCKED");
            assertThat(a.request(new JsonObject().put("type", "adjustMargin").put("amount", "100")).getString("type"))
                    .isEqualTo("ack");
            assertThat(a.request(new JsonObject().put("type", "adjustMargin").put("amount", "-1000000")).getString("code"))
                    .startsWith("RISK_");
            assertThat(a.request(new JsonObject().put("type", "closePosition")).getString("type")).isEqualTo("ack");
            assertThat(a.request(new JsonObject().put("type", "ping")).getJsonObject("data").getLong("serverTime"))
                    .isPositive();
            a.drain();
            assertSequencesContiguous(a.seen);
        }
    }

    @Test
    void aPlayerCannotTouchAnotherPlayersOrder() throws Exception {
        server.control(room, instructor, new JsonObject().put("action", "start"));
        try (WsClient a = player(ana); WsClient b = player(bo)) {
            String orderId = a.request(order("SELL", "60100.0", "0.010")).getJsonObject("data").getString("orderId");
            assertThat(b.request(new JsonObject().put("type", "cancelOrder").put("orderId", orderId)).getString("code"))
                    .isEqualTo("ORDER_UNKNOWN");
            assertThat(b.request(new JsonObject().put("type", "amendOrder").put("orderId", orderId).put("price", "60200.0")
                    .put("qty", "0.001")).getString("code")).isEqualTo("ORDER_UNKNOWN");
            assertThat(server.rooms.get(server.rooms.size() - 1).market().query().orders(1)).hasSize(1);
            b.drain();
            assertThat(b.seen).noneMatch(m -> "orders.update".equals(m.getString("type")));
        }
    }

    @Test
    void helloRefusals() throws Exception {
        try (WsClient c = new WsClient(clients, server.port())) {
            assertThat(c.request(new JsonObject().put("type", "ping")).getString("code"))
                    .isEqualTo("PROTOCOL_NOT_AUTHENTICATED");
            assertThat(c.hello(room, "forged-token").getString("code")).isEqualTo("AUTH_UNAUTHORIZED");
            assertThat(c.hello("ZZZZZZ", null).getString("code")).isEqualTo("ROOM_UNKNOWN");
            JsonObject other = server.createRoom();
            assertThat(c.hello(other.getString("roomCode"), ana.getString("playerToken")).getString("code"))
                    .isEqualTo("AUTH_UNAUTHORIZED");
            assertThat(c.hello(room, instructor).getString("role")).isEqualTo("instructor");
            assertThat(c.awaitType("risk.update").getJsonObject("data").getJsonArray("roster")).hasSize(2);
            assertThat(c.hello(room, null).getString("code")).isEqualTo("PROTOCOL_BAD_FIELD");
        }
    }

    @Test
    void commandsOutsideARunningRoomAreRefused() throws Exception {
        try (WsClient a = player(ana)) {
            assertThat(a.request(order("BUY", "59900.0", "0.010")).getString("code")).isEqualTo("ROOM_NOT_RUNNING");
        }
    }

    @Test
    void malformedCommandsGetStableCodes() throws Exception {
        server.control(room, instructor, new JsonObject().put("action", "start"));
        try (WsClient a = player(ana)) {
            Map<String, JsonObject> cases = new HashMap<>();
            cases.put("PROTOCOL_UNKNOWN_TYPE", new JsonObject().put("type", "launchRocket"));
            cases.put("PROTOCOL_UNKNOWN_FIELD", order("BUY", "59900.0", "0.010").put("colour", "red"));
            assertCodes(a, cases);
            List<JsonObject> bad = List.of(order("BUY", "59900.0", "0"), order("BUY", "59900.0", "-1"),
                    order("BUY", "NaN", "0.010"), order("BUY", "Infinity", "0.010"), order("BUY", "1e5", "0.010"),
                    order("BUY", "59900.0", "0.010").put("qty", 10), order("UP", "59900.0", "0.010"),
                    order("BUY", "99999999999999999999999", "0.010"),
                    new JsonObject().put("type", "setLeverage").put("leverage", 2.5),
                    new JsonObject().put("type", "setLeverage").put("leverage", 0),
                    new JsonObject().put("type", "setLeverage").put("leverage", "10"),
                    new JsonObject().put("type", "cancelOrder").put("orderId", "-3"),
                    new JsonObject().put("type", "adjustMargin").put("amount", "0"),
                    new JsonObject().put("type", "resync").put("stream", "everything"));
            for (JsonObject m : bad) {
                assertThat(a.request(m).getString("code")).as(m.encode()).isEqualTo("PROTOCOL_BAD_FIELD");
            }
            assertThat(a.request(order("BUY", "59900.05", "0.010")).getString("code")).as("not a whole tick")
                    .isEqualTo("PROTOCOL_BAD_FIELD");
            assertThat(a.request(order("BUY", "40000.0", "0.010")).getString("code")).isEqualTo("BOOK_PRICE_BAND");
            a.sendRaw("{\"type\":");
            JsonObject unparsed = a.awaitType("error");
            assertThat(unparsed.getString("code")).isEqualTo("PROTOCOL_BAD_JSON");
            assertThat(unparsed.containsKey("id")).as("no id rather than a null id").isFalse();
        }
    }

    @Test
    void kickedPlayersSocketIsClosed() throws Exception {
        try (WsClient a = player(ana)) {
            server.control(room, instructor, new JsonObject().put("action", "kick").put("playerId", ana.getString("playerId")));
            long deadline = System.currentTimeMillis() + 5000;
            while (a.closeStatus == null && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(a.closeStatus).isEqualTo((short) 4003);
            assertThat(a.closeReason).isEqualTo("KICKED");
        }
        try (WsClient again = new WsClient(clients, server.port())) {
            assertThat(again.hello(room, ana.getString("playerToken")).getString("code")).isEqualTo("AUTH_UNAUTHORIZED");
        }
    }

    @Test
    void clientsThatVanishLeaveNoErrorsBehind() throws Exception {
        server.control(room, instructor, new JsonObject().put("action", "start"));
        for (int i = 0; i < 30; i++) {
            WsClient c = new WsClient(clients, server.port());
            c.hello(room, i % 2 == 0 ? null : ana.getString("playerToken"));
            c.close();
        }
        Thread.sleep(600); // past the sockets' back-pressure check period; TestServer.close() asserts a clean log
        assertThat(server.get("/health", null).json().getInteger("connections")).isZero();
    }

    private static void assertCodes(WsClient c, Map<String, JsonObject> cases) throws InterruptedException {
        for (Map.Entry<String, JsonObject> e : cases.entrySet()) {
            assertThat(c.request(e.getValue()).getString("code")).as(e.getValue().encode()).isEqualTo(e.getKey());
        }
    }

    /** Per stream, seq runs 1, 2, 3, … with no gap. */
    static void assertSequencesContiguous(List<JsonObject> msgs) {
        Map<String, Long> last = new HashMap<>();
        for (JsonObject m : msgs) {
            String stream = m.getString("stream");
            if (stream == null) {
                continue;
            }
            long seq = m.getLong("seq");
            assertThat(seq).as(stream).isEqualTo(last.getOrDefault(stream, 0L) + 1);
            last.put(stream, seq);
        }
    }
}

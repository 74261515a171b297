package cascade.app.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.config.ServerConfig;
import cascade.app.support.TestServer;
import cascade.app.support.WsClient;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 10,000+ random and malformed frames against a paused room (rate limit raised): every frame gets an error or
 * ack, oversize frames close their connection, the server stays up and the room's state hash is unchanged.
 */
class WsFuzzTest {
    static final int FRAMES = 10_000;
    static final int BATCH = 200;
    private final Random rnd = new Random(42);

    @Test
    void randomAndMalformedFramesNeverChangeTheRoom() throws Exception {
        try (TestServer server = new TestServer(ServerConfig.defaults().withPort(0).withWsRate(1_000_000))) {
            Vertx vertx = Vertx.vertx();
            try {
                JsonObject room = server.createRoom();
                String code = room.getString("roomCode");
                String token = room.getString("instructorToken");
                JsonObject player = server.join(code, "fuzz");
                server.control(code, token, new JsonObject().put("action", "start"));
                Thread.sleep(1200); // let the market maker quote, so the paused book is not empty
                server.control(code, token, new JsonObject().put("action", "pause"));
                Thread.sleep(200);
                String before = server.rooms.get(0).stateHash();

                WsClient c = new WsClient(vertx, server.port());
                assertThat(c.hello(code, player.getString("playerToken")).getString("type")).isEqualTo("welcome");
                int replies = 0;
                for (int sent = 0; sent < FRAMES; sent += BATCH) {
                    for (int i = 0; i < BATCH; i++) {
                        if (rnd.nextInt(50) == 0) {
                            c.ws.writeBinaryMessage(Buffer.buffer(randomBytes(1 + rnd.nextInt(200))));
                        } else {
                            c.sendRaw(frame());
                        }
                    }
                    for (int i = 0; i < BATCH; i++) {
                        JsonObject r = c.await(m -> "error".equals(m.getString("type")) || "ack".equals(m.getString("type")),
                                10_000);
                        assertThat(r.getString("code", "ROOM_NOT_RUNNING")).isNotEqualTo("SERVER_ERROR");
                        replies++;
                    }
                    c.seen.clear();
                }
                assertThat(replies).isEqualTo(FRAMES);
                c.close();

                for (int i = 0; i < 10; i++) {
                    WsClient big = new WsClient(vertx, server.port());
                    big.hello(code, player.getString("playerToken"));
                    big.sendRaw("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(70 * 1024) + "\"}");
                    long deadline = System.currentTimeMillis() + 5000;
                    while (!big.ws.isClosed() && System.currentTimeMillis() < deadline) {
                        Thread.sleep(10);
                    }
                    assertThat(big.ws.isClosed()).as("oversize frame closes the connection").isTrue();
                    big.close();
                }

                assertThat(server.get("/health", null).json().getString("status")).isEqualTo("UP");
                try (WsClient after = new WsClient(vertx, server.port())) {
                    after.hello(code, null);
                    assertThat(after.request(new JsonObject().put("type", "ping")).getString("type")).isEqualTo("ack");
                }
                assertThat(server.rooms.get(0).stateHash()).isEqualTo(before);
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().get();
            }
        }
    }

    private String frame() {
        switch (rnd.nextInt(9)) {
            case 0:
                return new String(randomBytes(1 + rnd.nextInt(100)), java.nio.charset.StandardCharsets.ISO_8859_1);
            case 1:
                return "[".repeat(1 + rnd.nextInt(5000));
            case 2:
                return "[".repeat(3000) + "]".repeat(3000);
            case 3:
                return List.of("1", "\"s\"", "null", "true", "[]", "1e999999", "-0", "{}", "{\"type\":null}")
                        .get(rnd.nextInt(9));
            case 4:
                return "{\"type\":\"placeOrder\",\"side\":\"BUY\",\"orderType\":\"LIMIT\",\"price\":\"" + number()
                        + "\",\"qty\":\"" + number() + "\"}";
            default:
                return randomObject().encode();
        }
    }

    private JsonObject randomObject() {
        List<String> types = List.of("placeOrder", "cancelOrder", "amendOrder", "setLeverage", "setMarginMode",
                "adjustMargin", "closePosition", "resync", "ping", "hello", "bogus", "");
        List<String> keys = List.of("id", "side", "orderType", "price", "qty", "tif", "reduceOnly", "clientOrderId",
                "orderId", "leverage", "mode", "amount", "stream", "room", "token", "extra");
        JsonObject o = new JsonObject();
        if (rnd.nextInt(10) > 0) {
            o.put("type", types.get(rnd.nextInt(types.size())));
        }
        int n = rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            o.put(keys.get(rnd.nextInt(keys.size())), value(0));
        }
        return o;
    }

    private Object value(int depth) {
        switch (rnd.nextInt(depth > 3 ? 6 : 8)) {
            case 0: return number();
            case 1: return rnd.nextLong();
            case 2: return rnd.nextDouble() * Math.pow(10, rnd.nextInt(300));
            case 3: return rnd.nextBoolean();
            case 4: return List.of("BUY", "SELL", "LIMIT", "MARKET", "GTC", "CROSS", "book", "NaN", "-Infinity", "")
                    .get(rnd.nextInt(10));
            case 5: return null;
            case 6: return new JsonArray().add(value(depth + 1)).add(value(depth + 1));
            default: return new JsonObject().put("k", value(depth + 1));
        }
    }

    private String number() {
        return List.of("0", "-1", "0.001", "60000.0", "1e5", "NaN", "Infinity", "99999999999999999999999999",
                "0.0000000000000000001", "-0", "59990.0", " 1", "1.").get(rnd.nextInt(13));
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }
}

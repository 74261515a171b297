package cascade.app.game;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.support.TestServer;
import cascade.app.support.WsClient;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scripted round over real sockets with the real room: two players and the scenario's bots, an instructor
 * shock, one player liquidated. Each player's private stream tells their own story; the public liquidation feed
 * carries exactly the liquidations the engine performed, without player identity.
 */
class MiniGameTest {
    @Test
    void aShockLiquidatesTheOverLeveragedPlayerOnly() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (TestServer server = new TestServer()) {
            JsonObject room = server.createRoom();
            String code = room.getString("roomCode");
            String instructor = room.getString("instructorToken");
            JsonObject ana = server.join(code, "ana");
            JsonObject bo = server.join(code, "bo");
            try (WsClient a = new WsClient(vertx, server.port()); WsClient b = new WsClient(vertx, server.port());
                 WsClient audience = new WsClient(vertx, server.port())) {
                a.hello(code, ana.getString("playerToken"));
                b.hello(code, bo.getString("playerToken"));
                audience.hello(code, null);
                server.control(code, instructor, new JsonObject().put("action", "start"));
                audience.await(m -> m.getString("type").startsWith("book.")
                        && !m.getJsonObject("data").getJsonArray("bids").isEmpty(), 10_000);

                assertThat(a.request(new JsonObject().put("type", "setLeverage").put("leverage", 50)).getString("type"))
                        .isEqualTo("ack");
                assertThat(a.request(market("BUY", "5.000")).getString("type")).isEqualTo("ack");
                assertThat(b.request(new JsonObject().put("type", "setLeverage").put("leverage", 2)).getString("type"))
                        .isEqualTo("ack");
                assertThat(b.request(market("SELL", "0.100")).getString("type")).isEqualTo("ack");
                JsonObject anaMargin = a.await(m -> "margin.update".equals(m.getString("type"))
                        && m.getJsonObject("data").getValue("liquidationPrice") != null, 5000);
                double liq = Double.parseDouble(anaMargin.getJsonObject("data").getString("liquidationPrice"));
                assertThat(liq).isGreaterThan(57_000.0); // 50x: within 5 % of the 60,000 entry

                server.control(code, instructor, new JsonObject().put("action", "shock").put("type", "index_step")
                        .put("params", new JsonObject().put("pct", -5)));

                JsonObject liquidated = a.awaitType("liquidated.event").getJsonObject("data");
                assertThat(liquidated.getString("side")).isEqualTo("LONG");
                assertThat(liquidated.getString("qty")).isEqualTo("5.000");
                assertThat(liquidated.getJsonObject("cause").getString("kind")).isEqualTo("INDEX");
                JsonObject pub = audience.await(m -> "liquidations.event".equals(m.getString("type")), 10_000)
                        .getJsonObject("data");
                assertThat(pub.getString("liquidationId")).isEqualTo(liquidated.getString("liquidationId"));
                assertThat(pub.getString("qty")).isEqualTo("5.000");
                assertThat(pub.getString("price")).isEqualTo(liquidated.getString("bankruptcyPrice"));
                assertThat(pub.encode()).doesNotContain("ana").doesNotContain("\"p1\"");
                a.await(m -> "position.update".equals(m.getString("type"))
                        && "0.000".equals(m.getJsonObject("data").getString("size")), 5000);

                server.control(code, instructor, new JsonObject().put("action", "pause"));
                Thread.sleep(300); // let in-flight publishes land before reading the paused room
                long engineLiquidations = server.rooms.get(0).market().liquidationCount();
                List<JsonObject> feed = audience.drain().stream()
                        .filter(m -> "liquidations.event".equals(m.getString("type"))).toList();
                assertThat(feed).hasSize((int) engineLiquidations);
                assertThat(engineLiquidations).isEqualTo(1);

                b.drain();
                assertThat(b.seen).noneMatch(m -> "liquidated.event".equals(m.getString("type")));
                assertThat(b.seen.stream().filter(m -> "position.update".equals(m.getString("type")))
                        .reduce((x, y) -> y).orElseThrow().getJsonObject("data").getString("size")).isEqualTo("-0.100");
                assertThat(b.seen).noneMatch(m -> m.getJsonObject("data") != null
                        && m.getJsonObject("data").encode().contains("\"orderId\"") && "orders.update".equals(m.getString("type"))
                        && m.getJsonObject("data").getString("side").equals("BUY"));

                JsonObject standings = new JsonObject().put("rows", server.get("/api/v1/rooms/" + code + "/standings", null)
                        .array());
                assertThat(standings.encode()).contains("\"liquidated\":true");
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }

    static JsonObject market(String side, String qty) {
        return new JsonObject().put("type", "placeOrder").put("side", side).put("orderType", "MARKET").put("qty", qty);
    }
}

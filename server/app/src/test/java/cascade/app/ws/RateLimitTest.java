package cascade.app.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.config.ServerConfig;
import cascade.app.support.TestServer;
import cascade.app.support.WsClient;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    @Test
    void burstsBeyondTheLimitAreRefusedWithACode() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (TestServer server = new TestServer(ServerConfig.defaults().withPort(0).withWsRate(5))) {
            String code = server.createRoom().getString("roomCode");
            try (WsClient c = new WsClient(vertx, server.port())) {
                c.hello(code, null);
                for (int i = 0; i < 40; i++) {
                    c.send(new JsonObject().put("type", "ping"));
                }
                int limited = 0;
                for (int i = 0; i < 40; i++) {
                    JsonObject r = c.await(m -> "ack".equals(m.getString("type")) || "error".equals(m.getString("type")),
                            5000);
                    if ("PROTOCOL_RATE_LIMITED".equals(r.getString("code"))) {
                        limited++;
                    }
                }
                // burst = 2 × rate = 10 tokens, 9 left after hello: at least 40 − 9 − (refill during the burst) refused
                assertThat(limited).isGreaterThanOrEqualTo(20);
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }
}

package cascade.app.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.config.ServerConfig;
import cascade.app.support.TestServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** permessage-deflate is offered at the configured level (browsers ask for it) and not at all when it is 0. */
class WsCompressionTest {
    @Test
    void deflateIsNegotiatedByDefaultAndRefusedWhenOff() throws Exception {
        assertThat(extensionsOffered(ServerConfig.defaults().withPort(0))).contains("permessage-deflate");
        assertThat(extensionsOffered(ServerConfig.defaults().withPort(0).withWsCompression(0))).isNull();
    }

    private static String extensionsOffered(ServerConfig config) throws Exception {
        Vertx vertx = Vertx.vertx();
        try (TestServer server = new TestServer(config)) {
            WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
                    .setTryUsePerMessageCompression(true));
            WebSocket ws = client.connect(new WebSocketConnectOptions().setPort(server.port()).setHost("127.0.0.1")
                    .setURI("/ws")).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            String offered = ws.headers().get("sec-websocket-extensions");
            ws.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
            return offered;
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}

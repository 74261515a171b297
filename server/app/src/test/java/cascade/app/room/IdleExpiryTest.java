package cascade.app.room;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.config.ServerConfig;
import cascade.app.support.TestServer;
import cascade.app.support.WsClient;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

/** A room nobody talks to is closed after the idle time; its sockets are told why. */
class IdleExpiryTest {
    @Test
    void idleRoomsExpire() throws Exception {
        ServerConfig d = ServerConfig.defaults();
        ServerConfig cfg = new ServerConfig(0, d.host(), "", 1_500, d.maxRooms(), 1000, d.wsSlowConsumerMillis(),
                d.wsMaxPendingBytes(), d.wsCompressionLevel());
        Vertx vertx = Vertx.vertx();
        try (TestServer server = new TestServer(cfg)) {
            String code = server.createRoom().getString("roomCode");
            WsClient c = new WsClient(vertx, server.port());
            c.hello(code, null);
            long deadline = System.currentTimeMillis() + 10_000;
            while (c.closeStatus == null && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(c.closeStatus).isEqualTo((short) 1001);
            assertThat(c.closeReason).isEqualTo("ROOM_CLOSED");
            assertThat(server.get("/api/v1/rooms/" + code, null).json().getString("code")).isEqualTo("ROOM_UNKNOWN");
            assertThat(server.server.rooms().count()).isZero();
            c.close();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }
}

package cascade.app.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.config.ServerConfig;
import cascade.app.support.RawWebSocket;
import cascade.app.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A client that sends and never reads: the server's unflushed bytes for it stay under the configured bound, the
 * client is dropped, and the room and other sockets carry on.
 */
class SlowConsumerTest {
    static final long MAX_PENDING = 256 * 1024;
    /** Enough answers to overflow the kernel's socket buffers (up to 4 MiB each way here) many times over. */
    static final int MAX_REQUESTS = 400_000;

    @Test
    void aClientThatNeverReadsIsDroppedWithBoundedMemory() throws Exception {
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withWsRate(1_000_000).withSlowConsumer(600_000, MAX_PENDING);
        try (TestServer server = new TestServer(cfg)) {
            String code = startedRoom(server);
            try (RawWebSocket raw = new RawWebSocket(server.port())) {
                raw.sendText(new JsonObject().put("type", "hello").put("room", code).encode());
                raw.readUntil("\"welcome\"", 5000); // then never read again
                Thread sender = new Thread(() -> floodResyncs(raw, server), "never-reading-client");
                sender.setDaemon(true);
                sender.start();
                awaitDropped(server); // without reading a byte meanwhile
                assertThat(raw.serverClosedWithin(20_000)).as("dropped=%s max pending=%s",
                        server.server.metrics().slowConsumersDropped.count(),
                        server.server.metrics().wsWriteQueueBytes.max()).isTrue();
            }
            assertThat(server.server.metrics().slowConsumersDropped.count()).isEqualTo(1.0);
            // Bounded: never more than the cap plus the one message that crossed it.
            assertThat(server.server.metrics().wsWriteQueueBytes.max()).isLessThan(MAX_PENDING + 64 * 1024);
            awaitConnections(server, 0);
            assertThat(server.get("/api/v1/rooms/" + code, null).json().getString("status")).isEqualTo("RUNNING");
        }
    }

    @Test
    void aClientWhoseQueueStaysFullIsDroppedAfterTheLimit() throws Exception {
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withWsRate(1_000_000).withSlowConsumer(500, 64L << 20);
        try (TestServer server = new TestServer(cfg)) {
            String code = startedRoom(server);
            try (RawWebSocket raw = new RawWebSocket(server.port())) {
                raw.sendText(new JsonObject().put("type", "hello").put("room", code).encode());
                raw.readUntil("\"welcome\"", 5000); // then never read again
                // The sender may block once the server stops reading; it runs beside the test, which only watches.
                Thread sender = new Thread(() -> floodResyncs(raw, server), "never-reading-client");
                sender.setDaemon(true);
                sender.start();
                awaitDropped(server); // without reading a byte meanwhile
                assertThat(raw.serverClosedWithin(20_000)).isTrue();
            }
            assertThat(server.server.metrics().slowConsumersDropped.count()).isEqualTo(1.0);
            awaitConnections(server, 0);
        }
    }

    private static void awaitDropped(TestServer server) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (server.server.metrics().slowConsumersDropped.count() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    private static void floodResyncs(RawWebSocket raw, TestServer server) {
        String resync = new JsonObject().put("type", "resync").put("stream", "book").encode();
        for (int i = 0; i < MAX_REQUESTS && server.server.metrics().slowConsumersDropped.count() == 0; i++) {
            try {
                raw.sendText(resync);
            } catch (java.io.IOException closed) {
                return;
            }
        }
    }

    private static String startedRoom(TestServer server) throws Exception {
        JsonObject room = server.createRoom();
        String code = room.getString("roomCode");
        server.control(code, room.getString("instructorToken"), new JsonObject().put("action", "start"));
        Thread.sleep(1200); // one game-second: the test market maker has quoted
        return code;
    }

    private static void awaitConnections(TestServer server, int n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (server.server.metrics().connections.get() != n && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.server.metrics().connections.get()).isEqualTo(n);
    }
}

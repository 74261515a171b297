package cascade.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cascade.app.Server;
import cascade.app.config.ServerConfig;
import cascade.app.room.GameRoomEngine;
import cascade.app.room.GameRoomFactory;
import cascade.app.room.LibraryScenarioCatalog;
import cascade.app.room.RoomEngineFactory;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * A real server on a random port with the blocked-thread checker at 500 ms, plus a log capture: {@link #close()}
 * fails the test if Vert.x ever reported a blocked event loop.
 */
public final class TestServer implements AutoCloseable {
    static {
        System.setProperty("vertx.logger-delegate-factory-class-name", "io.vertx.core.logging.SLF4JLogDelegateFactory");
    }

    public static final LibraryScenarioCatalog CATALOG = new LibraryScenarioCatalog();
    public final Server server;
    /** Every room this server created, newest last (tests read hashes of paused rooms only). */
    public final List<GameRoomEngine> rooms = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TestServer() throws Exception {
        this(ServerConfig.defaults().withPort(0).withWsRate(1000));
    }

    public TestServer(ServerConfig config) throws Exception {
        this(config, LadderBot.FACTORY);
    }

    /** With another bot library, e.g. the real {@code cascade.game.bot.DefaultBotFactory} (browser tests). */
    public TestServer(ServerConfig config, cascade.game.bot.BotFactory bots) throws Exception {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        GameRoomFactory real = new GameRoomFactory(CATALOG, bots);
        RoomEngineFactory factory = (scenarioId, seed) -> {
            GameRoomEngine r = (GameRoomEngine) real.create(scenarioId, seed);
            rooms.add(r);
            return r;
        };
        server = Server.start(config, factory, CATALOG, 500).toCompletionStage().toCompletableFuture()
                .get(20, TimeUnit.SECONDS);
    }

    public int port() {
        return server.port();
    }

    public Response get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    public Response post(String path, String body, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("content-type", "application/json"), token);
    }

    public Response post(String path, JsonObject body, String token) throws Exception {
        return post(path, body.encode(), token);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    private Response send(HttpRequest.Builder b, String token) throws Exception {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r.headers().firstValue("content-type").orElse(""));
    }

    /** An HTTP response; {@link #json()} parses the body. */
    public record Response(int status, String body, String contentType) {
        public JsonObject json() {
            return new JsonObject(body);
        }

        public io.vertx.core.json.JsonArray array() {
            return new io.vertx.core.json.JsonArray(body);
        }
    }

    /** Creates a room and returns {@code {roomCode, instructorToken, joinUrl}}. */
    public JsonObject createRoom() throws Exception {
        Response r = post("/api/v1/rooms", new JsonObject().put("scenarioId", "calm"), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    public JsonObject join(String room, String nickname) throws Exception {
        Response r = post("/api/v1/rooms/" + room + "/join", new JsonObject().put("nickname", nickname), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    public void control(String room, String token, JsonObject action) throws Exception {
        Response r = post("/api/v1/rooms/" + room + "/control", action, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    public List<String> blockedThreadWarnings() {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.contains("has been blocked")).toList();
    }

    /** Only for the guard's own test, which blocks on purpose. */
    void clearWarnings() {
        logs.list.clear();
    }

    @Override
    public void close() throws Exception {
        try {
            assertThat(blockedThreadWarnings()).as("Vert.x blocked-thread warnings").isEmpty();
            assertThat(logs.list.stream().filter(e -> e.getFormattedMessage().contains("Unhandled exception"))
                    .map(e -> e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage()).toList())
                    .as("exceptions escaping to Vert.x").isEmpty();
        } finally {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
            server.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
    }
}

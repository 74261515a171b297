package cascade.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.config.ServerConfig;
import cascade.app.room.RoomClient;
import cascade.app.support.TestServer;
import cascade.game.bot.DefaultBotFactory;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Shared pieces of the browser tests: the real server (real bots, built UI) and reads of the server's own state. */
final class E2e {
    private E2e() {
    }

    static TestServer server() throws Exception {
        TestServer s = new TestServer(ServerConfig.defaults().withPort(0).withWsRate(1000), new DefaultBotFactory());
        TestServer.Response index = s.get("/", null);
        assertThat(index.body()).as("the built UI must be on the test classpath (cascade-web)").contains("<div id=\"app\"");
        return s;
    }

    /** The room's answer to a snapshot request for one of a player's state streams ({@code data} of the message). */
    static JsonObject playerState(TestServer s, String code, String playerId, String stream) throws Exception {
        JsonObject rep = new RoomClient(s.server.vertx().eventBus())
                .request(code, new JsonObject().put("op", "snapshot").put("stream", stream).put("playerId", playerId))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(rep.getBoolean("ok")).as(rep.encode()).isTrue();
        return rep.getJsonObject("data").getJsonObject("data");
    }

    /** "60,123.4" or "LONG 5.000 BTC" → the first decimal number in it. */
    static BigDecimal number(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no number in \"" + text + "\"");
        }
        return new BigDecimal(m.group().replace(",", ""));
    }

    static Duration s(int seconds) {
        return Duration.ofSeconds(seconds);
    }
}

package cascade.app.room;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.config.ServerConfig;
import cascade.app.support.LadderBot;
import cascade.app.support.TestServer;
import cascade.game.bot.BotFactory;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Building a room's engine can be slow (a replay parses its candle file): creation and restart build it on a worker,
 * so the room's event loop stays free. Here the first bot of each population takes 400 ms to build, so a build
 * takes well over the tests' 500 ms blocked-thread limit; {@link TestServer#close()} fails the test if Vert.x ever reports a blocked event loop.
 */
class SlowBuildTest {
    @Test
    void creatingAndRestartingARoomWithASlowBuildNeverBlocksAnEventLoop() throws Exception {
        BotFactory slow = (spec, member, accountId, rng, inst, start) -> {
            try {
                if (member == 0) {
                    Thread.sleep(400); // per population line: a build of the calm scenario (4 lines) takes 1.6 s
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return LadderBot.FACTORY.create(spec, member, accountId, rng, inst, start);
        };
        try (TestServer server = new TestServer(ServerConfig.defaults().withPort(0).withWsRate(1000), slow)) {
            JsonObject room = server.createRoom();
            String code = room.getString("roomCode");
            String instructor = room.getString("instructorToken");
            server.join(code, "ana");
            server.control(code, instructor, new JsonObject().put("action", "start"));
            server.control(code, instructor, new JsonObject().put("action", "restart"));
            JsonObject state = server.get("/api/v1/rooms/" + code, null).json();
            assertThat(state.getString("status")).isEqualTo("LOBBY");
            assertThat(state.getInteger("players")).isEqualTo(1); // ana re-joined the fresh engine
        }
    }
}

package cascade.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.support.TestServer;
import cascade.app.support.TestServer.Response;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every REST call of docs/api.md against a real server, success paths and their error codes. */
class RestApiTest {
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void scenariosAreListedAndDescribed() throws Exception {
        Response list = server.get("/api/v1/scenarios", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.array().getJsonObject(0).getString("id")).isEqualTo("calm");
        JsonObject one = server.get("/api/v1/scenarios/calm", null).json();
        assertThat(one.getJsonObject("players").getString("startingCollateral")).isNotBlank();
        assertThat(one.getJsonArray("learningGoals")).isNotNull();
        assertThat(server.get("/api/v1/scenarios/nope", null).json().getString("code")).isEqualTo("SCENARIO_UNKNOWN");
    }

    @Test
    void scenarioUploadValidatesWithLineNumbers() throws Exception {
        Response bad = server.post("/api/v1/scenarios", "id: x\ntitle: [unclosed\n", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("code")).isEqualTo("SCENARIO_INVALID");
        String yaml = new String(TestServer.class.getResourceAsStream("/cascade/scenarios/calm.yaml").readAllBytes())
                .replaceFirst("(?m)^id: .*$", "id: my-calm");
        Response ok = server.post("/api/v1/scenarios", yaml, null);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().getString("id")).isEqualTo("my-calm");
        assertThat(server.get("/api/v1/scenarios/my-calm", null).status()).isEqualTo(200);
    }

    @Test
    void roomLifecycleOverRest() throws Exception {
        JsonObject room = server.createRoom();
        String code = room.getString("roomCode");
        String instructor = room.getString("instructorToken");
        assertThat(room.getString("joinUrl")).endsWith("?room=" + code);
        assertThat(instructor.length()).isGreaterThanOrEqualTo(22); // ≥ 128 bits in base64url

        JsonObject info = server.get("/api/v1/rooms/" + code, null).json();
        assertThat(info.getString("status")).isEqualTo("LOBBY");
        JsonObject p = server.join(code, "ana");
        assertThat(p.getString("playerId")).isEqualTo("p1");
        assertThat(server.post("/api/v1/rooms/" + code + "/join", new JsonObject().put("nickname", "ANA"), null)
                .json().getString("code")).isEqualTo("ROOM_NICKNAME_TAKEN");

        Response mine = server.get("/api/v1/rooms", instructor);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.array().getJsonObject(0).getString("roomCode")).isEqualTo(code);

        server.control(code, instructor, new JsonObject().put("action", "start"));
        server.control(code, instructor, new JsonObject().put("action", "speed").put("value", 2));
        server.control(code, instructor, new JsonObject().put("action", "pause"));
        assertThat(server.get("/api/v1/rooms/" + code, null).json().getString("status")).isEqualTo("PAUSED");
        server.control(code, instructor, new JsonObject().put("action", "resume"));
        server.control(code, instructor, new JsonObject().put("action", "news").put("text", "Funding spikes"));
        server.control(code, instructor, new JsonObject().put("action", "shock").put("type", "index_step")
                .put("params", new JsonObject().put("pct", -1)));
        server.control(code, instructor, new JsonObject().put("action", "topUp").put("playerId", "p1").put("amount", "500"));
        server.control(code, instructor, new JsonObject().put("action", "reset").put("playerId", "p1"));
        server.control(code, instructor, new JsonObject().put("action", "playerCap").put("value", 1));
        assertThat(server.post("/api/v1/rooms/" + code + "/join", new JsonObject().put("nickname", "bo"), null)
                .json().getString("code")).isEqualTo("ROOM_FULL");
        server.control(code, instructor, new JsonObject().put("action", "lock").put("locked", true));
        assertThat(server.post("/api/v1/rooms/" + code + "/join", new JsonObject().put("nickname", "bo"), null)
                .json().getString("code")).isEqualTo("ROOM_LOCKED");
        Response reissued = server.post("/api/v1/rooms/" + code + "/control",
                new JsonObject().put("action", "reissueToken").put("playerId", "p1"), instructor);
        assertThat(reissued.json().getString("playerToken")).isNotEqualTo(p.getString("playerToken"));

        Response whatIf = server.post("/api/v1/rooms/" + code + "/what-if", new JsonObject()
                .put("shock", new JsonObject().put("type", "index_step").put("params", new JsonObject().put("pct", -3)))
                .put("seconds", 5), instructor);
        assertThat(whatIf.status()).as(whatIf.body()).isEqualTo(200);
        assertThat(whatIf.json().getString("priceLow")).isNotBlank();

        Response standings = server.get("/api/v1/rooms/" + code + "/standings", null);
        assertThat(standings.array().getJsonObject(0).getString("nickname")).isEqualTo("ana");
        Response csv = server.get("/api/v1/rooms/" + code + "/export.csv", instructor);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("playerId,nickname,equity");

        server.control(code, instructor, new JsonObject().put("action", "kick").put("playerId", "p1"));
        server.control(code, instructor, new JsonObject().put("action", "end"));
        assertThat(server.get("/api/v1/rooms/" + code, null).json().getString("status")).isEqualTo("ENDED");
        server.control(code, instructor, new JsonObject().put("action", "restart"));
        assertThat(server.get("/api/v1/rooms/" + code, null).json().getString("status")).isEqualTo("LOBBY");
    }

    @Test
    void errorsAreJsonWithStableCodes() throws Exception {
        JsonObject room = server.createRoom();
        String code = room.getString("roomCode");
        String instructor = room.getString("instructorToken");
        assertCode(server.get("/api/v1/rooms/ZZZZZZ", null), 404, "ROOM_UNKNOWN");
        assertCode(server.get("/api/v1/rooms/../../etc", null), 404, null);
        assertCode(server.get("/api/v1/nothing", null), 404, "HTTP_NOT_FOUND");
        assertCode(server.post("/api/v1/rooms", "{not json", null), 400, "PROTOCOL_BAD_JSON");
        assertCode(server.post("/api/v1/rooms", "[1,2]", null), 400, "PROTOCOL_BAD_JSON");
        assertCode(server.post("/api/v1/rooms", new JsonObject().put("scenarioId", "calm").put("x", 1), null), 400,
                "PROTOCOL_UNKNOWN_FIELD");
        assertCode(server.post("/api/v1/rooms", new JsonObject().put("scenarioId", 7), null), 400, "PROTOCOL_BAD_FIELD");
        assertCode(server.post("/api/v1/rooms", new JsonObject().put("scenarioId", "nope"), null), 404, "SCENARIO_UNKNOWN");
        assertCode(server.post("/api/v1/rooms/" + code + "/join", new JsonObject().put("nickname", "<script>"), null),
                400, "PROTOCOL_BAD_FIELD");
        assertCode(server.post("/api/v1/rooms/" + code + "/control", new JsonObject().put("action", "start"), null),
                401, "AUTH_UNAUTHORIZED");
        assertCode(server.post("/api/v1/rooms/" + code + "/control", new JsonObject().put("action", "fly"), instructor),
                400, "PROTOCOL_BAD_FIELD");
        assertCode(server.post("/api/v1/rooms/" + code + "/control",
                new JsonObject().put("action", "speed").put("value", 61), instructor), 400, "PROTOCOL_BAD_FIELD");
        assertCode(server.post("/api/v1/rooms/" + code + "/control", new JsonObject().put("action", "pause"), instructor),
                409, "ROOM_BAD_STATE");
        assertCode(server.get("/api/v1/rooms", "not-a-token"), 401, "AUTH_UNAUTHORIZED");
        assertCode(server.post("/api/v1/scenarios", "x".repeat(600 * 1024), null), 413, "PROTOCOL_TOO_LARGE");
    }

    @Test
    void instructorOfOneRoomCannotControlAnother() throws Exception {
        JsonObject a = server.createRoom();
        JsonObject b = server.createRoom();
        String tokenA = a.getString("instructorToken");
        String codeB = b.getString("roomCode");
        assertCode(server.post("/api/v1/rooms/" + codeB + "/control", new JsonObject().put("action", "start"), tokenA),
                403, "AUTH_FORBIDDEN");
        assertCode(server.get("/api/v1/rooms/" + codeB + "/export.csv", tokenA), 403, "AUTH_FORBIDDEN");
        JsonObject player = server.join(codeB, "eve");
        assertCode(server.post("/api/v1/rooms/" + codeB + "/control", new JsonObject().put("action", "start"),
                player.getString("playerToken")), 403, "AUTH_FORBIDDEN");
        assertCode(server.post("/api/v1/rooms/" + codeB + "/what-if", new JsonObject()
                .put("shock", new JsonObject().put("type", "index_step")).put("seconds", 1), tokenA), 403, "AUTH_FORBIDDEN");
        assertThat(server.get("/api/v1/rooms", tokenA).array()).extracting(o -> ((JsonObject) o).getString("roomCode"))
                .containsExactly(a.getString("roomCode"));
    }

    @Test
    void healthAndMetrics() throws Exception {
        JsonObject h = server.get("/health", null).json();
        assertThat(h.getString("status")).isEqualTo("UP");
        assertThat(h.getBoolean("ready")).isTrue();
        String metrics = server.get("/metrics", null).body();
        assertThat(metrics).contains("cascade_rooms", "cascade_ws_connections", "cascade_room_inputs_total",
                "cascade_room_tick_lag_ticks", "cascade_ws_pending_bytes", "jvm_memory_used_bytes");
        // the built UI (cascade-web, a runtime dependency) is served at the root
        assertThat(server.get("/", null).body()).contains("<div id=\"app\"");
    }

    static void assertCode(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        if (code != null) {
            assertThat(r.json().getString("code")).isEqualTo(code);
        }
    }
}

package cascade.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.support.TestServer;
import cascade.engine.Instrument;
import cascade.engine.risk.LiquidationPrice;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calculators answer exactly what the engine's own math says. */
class CalculatorApiTest {
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
    void liquidationPriceMatchesTheEngine() throws Exception {
        JsonObject r = server.post("/api/v1/calculator/liquidation-price", new JsonObject().put("side", "LONG")
                .put("quantity", "1").put("entryPrice", "50000").put("walletBalance", "5000")
                .put("marginMode", "ISOLATED"), null).json();
        LiquidationPrice.Result e = LiquidationPrice.compute(true, 1000, 50_000_000_000L, 5_000_000_000L, 0, 0,
                Instrument.btcUsdt());
        assertThat(r.getString("liquidationPrice")).isEqualTo(LiquidationPrice.roundHalfUpCents(e.liquidationPrice()).toPlainString());
        assertThat(r.getString("bankruptcyPrice")).isEqualTo("45000.00");
        assertThat(r.getInteger("bracket")).isEqualTo(e.bracket());

        JsonObject cross = server.post("/api/v1/calculator/liquidation-price", new JsonObject().put("side", "SHORT")
                .put("quantity", "0.5").put("entryPrice", "60000.0").put("walletBalance", "1000")
                .put("marginMode", "CROSS").put("otherMaintenanceMargin", "10").put("otherUnrealizedPnl", "-20"), null).json();
        assertThat(new java.math.BigDecimal(cross.getString("liquidationPrice"))).isGreaterThan(new java.math.BigDecimal("60000"));

        String room = server.createRoom().getString("roomCode");
        assertThat(server.post("/api/v1/calculator/liquidation-price", new JsonObject().put("side", "LONG")
                .put("quantity", "1").put("entryPrice", "50000").put("walletBalance", "5000").put("marginMode", "ISOLATED")
                .put("roomCode", room), null).json().getString("liquidationPrice")).isEqualTo(r.getString("liquidationPrice"));
    }

    @Test
    void liquidationProbability() throws Exception {
        JsonObject r = server.post("/api/v1/calculator/liquidation-probability", new JsonObject().put("markPrice", "60000")
                .put("barrierPrice", "57000").put("volatility", "0.8").put("horizonSeconds", 86_400), null).json();
        double p = Double.parseDouble(r.getString("probability"));
        assertThat(p).isEqualTo(cascade.engine.analytics.LiquidationProbability.probability(60000, 57000, 0.8, 0, 86_400, 0),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void calculatorRefusesBadInput() throws Exception {
        RestApiTest.assertCode(server.post("/api/v1/calculator/liquidation-price", new JsonObject().put("side", "LONG")
                .put("quantity", "0").put("entryPrice", "50000").put("walletBalance", "5000")
                .put("marginMode", "ISOLATED"), null), 400, "PROTOCOL_BAD_FIELD");
        RestApiTest.assertCode(server.post("/api/v1/calculator/liquidation-price", new JsonObject().put("side", "LONG")
                .put("quantity", "1").put("entryPrice", "50000").put("walletBalance", "5000").put("marginMode", "ISOLATED")
                .put("otherUnrealizedPnl", "5"), null), 400, "PROTOCOL_BAD_FIELD");
        RestApiTest.assertCode(server.post("/api/v1/calculator/liquidation-price", new JsonObject().put("side", "LONG")
                .put("quantity", "1").put("entryPrice", "50000").put("walletBalance", "5000").put("marginMode", "ISOLATED")
                .put("roomCode", "ZZZZZZ"), null), 404, "ROOM_UNKNOWN");
        RestApiTest.assertCode(server.post("/api/v1/calculator/liquidation-probability", new JsonObject()
                .put("markPrice", "60000").put("barrierPrice", "57000").put("volatility", "NaN").put("horizonSeconds", 60),
                null), 400, "PROTOCOL_BAD_FIELD");
        RestApiTest.assertCode(server.post("/api/v1/calculator/liquidation-probability", new JsonObject()
                .put("markPrice", "60000").put("barrierPrice", "57000").put("volatility", "0.5").put("horizonSeconds", 1e300),
                null), 400, "PROTOCOL_BAD_FIELD");
    }
}

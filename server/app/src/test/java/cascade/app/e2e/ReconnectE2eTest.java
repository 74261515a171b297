package cascade.app.e2e;

import static cascade.app.e2e.E2e.number;
import static cascade.app.e2e.E2e.s;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The player's network drops mid-game (every connection of that browser cut, new ones refused for a while), the
 * instructor tops up the account meanwhile: the same page, without a reload, shows "reconnecting", comes back
 * "open", resyncs book, orders, position and wallet from the new connection's snapshots, and a new order works.
 */
class ReconnectE2eTest {
    @Test
    void theTradingScreenRecoversFromADroppedConnectionWithoutAReload() throws Exception {
        Path[] chromium = BrowserRequirement.require();
        try (TestServer server = E2e.server();
             TcpProxy net = new TcpProxy(server.port());
             Browser ana = new Browser("ana", chromium)) {
            JsonObject room = server.createRoom();
            String code = room.getString("roomCode");
            String instructor = room.getString("instructorToken");
            server.control(code, instructor, new JsonObject().put("action", "start"));

            String anaId = ClassroomE2eTest.join(ana, "http://127.0.0.1:" + net.port() + "/", code, "ana");
            ana.until("the book ladder fills", s(15), d -> !d.findElements(By.cssSelector("[data-testid='order-book'] .lrow.bid .lp"))
                    .get(0).getText().isBlank());
            ClassroomE2eTest.order(ana, "BUY", "MARKET", null, "0.05", 5);
            ana.textUntil("position-size", "LONG 0.050 BTC", s(10), "LONG 0.050 BTC"::equals);
            ClassroomE2eTest.order(ana, "BUY", "LIMIT", "59400.0", "0.01", 5);
            ana.until("one open order", s(10), d -> d.findElements(ana.tid("open-order-row")).size() == 1);
            String orderId = ana.el("open-order-row").getAttribute("data-order-id");
            ana.js("window.__samePage = 'yes';");

            // the network drops; while it is down, the instructor tops the account up
            net.cut();
            ana.textUntil("connection-status", "reconnecting", s(10), "reconnecting"::equals);
            ana.screenshot("06-trade-reconnecting.png");
            server.control(code, instructor, new JsonObject().put("action", "topUp").put("playerId", anaId).put("amount", "1000"));
            String walletAfter = E2e.playerState(server, code, anaId, "account").getString("wallet");
            net.restore();

            ana.textUntil("connection-status", "connected again", s(20), "open"::equals);
            assertThat(ana.js("return window.__samePage;")).as("no reload happened").isEqualTo("yes");
            String shown = ana.textUntil("account-equity", "the topped-up wallet", s(10), t -> t.contains("/")
                    && number(t.split("/")[0]).compareTo(new BigDecimal(walletAfter).setScale(2, RoundingMode.HALF_UP)) == 0);
            assertThat(shown).isNotBlank();
            ana.textUntil("book-status", "book live (not resyncing)", s(10), String::isEmpty);
            ana.until("the book ladder is filled", s(10), d -> !d.findElements(By.cssSelector("[data-testid='order-book'] .lrow.bid .lp"))
                    .get(0).getText().isBlank());
            assertThat(ana.el("open-order-row").getAttribute("data-order-id")).isEqualTo(orderId);
            assertThat(ana.text("position-size")).isEqualTo("LONG 0.050 BTC");

            // a new order works on the new connection
            ClassroomE2eTest.order(ana, "BUY", "MARKET", null, "0.02", 5);
            ana.textUntil("position-size", "LONG 0.070 BTC", s(10), "LONG 0.070 BTC"::equals);
            assertThat(E2e.playerState(server, code, anaId, "position").getString("size")).isEqualTo("0.070");
            ana.click("cancel-order");
            ana.until("the open order is cancelled", s(10), d -> d.findElements(ana.tid("open-order-row")).isEmpty());
            ana.screenshot("07-trade-after-reconnect.png");
            assertThat(ana.errors()).as("JS errors").isEmpty();
        }
    }
}

package cascade.app.e2e;

import static cascade.app.e2e.E2e.number;
import static cascade.app.e2e.E2e.s;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * A whole class in real headless Chromium against the real server (real bots, the built UI): the instructor
 * creates a room from a scenario in the lobby, two players join from their own browsers and trade, the instructor
 * injects an index step from the console, the 50x long is liquidated and sees it, the console's roster and feed
 * and the audience view show it, and a reload rejoins the same account. What the screens show is checked against
 * the server's own state.
 */
class ClassroomE2eTest {
    @Test
    void instructorTwoPlayersShockLiquidationAudienceAndReload() throws Exception {
        Path[] chromium = BrowserRequirement.require();
        try (TestServer server = E2e.server();
             Browser teacher = new Browser("instructor", chromium);
             Browser ana = new Browser("ana", chromium);
             Browser bo = new Browser("bo", chromium)) {
            String base = "http://127.0.0.1:" + server.port() + "/";

            // Lobby → scenario detail → create room → console
            teacher.open(base + "#/");
            teacher.visible("lobby");
            teacher.until("scenario list loaded", s(10), d -> d.findElements(By.cssSelector("[data-scenario-id='calm']")).size() == 1);
            teacher.driver.findElement(By.cssSelector("[data-scenario-id='calm']")).click();
            teacher.textUntil("scenario-detail", "shows learning goals", s(10), t -> t.contains("Learning goals"));
            teacher.screenshot("01-lobby.png");
            teacher.click("create-room");
            teacher.visible("instructor-screen");
            String code = teacher.textUntil("room-code", "a 6-character room code", s(10), t -> t.matches("[A-Z2-9]{6}"));
            JsonObject info = server.get("/api/v1/rooms/" + code, null).json();
            assertThat(info.getString("status")).isEqualTo("LOBBY");
            assertThat(info.getString("scenarioId")).isEqualTo("calm");
            assertThat(teacher.visible("join-url").getText()).contains("room=" + code);
            assertThat(teacher.visible("join-qr").getTagName()).isEqualTo("canvas");
            teacher.textUntil("connection-status", "connected", s(10), "open"::equals);

            // Players join from their own browsers (the join link), read the briefing, go to the trading screen
            String anaId = join(ana, base, code, "ana");
            String boId = join(bo, base, code, "bo");
            teacher.until("roster shows both players", s(10), d -> d.findElements(teacher.tid("roster-row")).size() == 2);
            assertThat(server.get("/api/v1/rooms/" + code, null).json().getInteger("players")).isEqualTo(2);

            teacher.click("ctl-start");
            for (Browser b : List.of(ana, bo)) {
                b.textUntil("room-status", "RUNNING", s(10), t -> t.startsWith("RUNNING"));
                b.until("the book ladder fills", s(15), d -> !d.findElements(By.cssSelector("[data-testid='order-book'] .lrow.bid .lp"))
                        .get(0).getText().isBlank());
                b.textUntil("ticker-mark", "a mark price", s(10), t -> t.matches("[0-9,]+\\.[0-9]"));
            }

            // Audience view (public data only) open from the start (public streams carry no history), in the instructor's browser
            String consoleWindow = teacher.driver.getWindowHandle();
            teacher.driver.switchTo().newWindow(WindowType.WINDOW);
            teacher.open(base + "#/room/" + code + "/audience");
            teacher.visible("audience-screen");
            teacher.textUntil("connection-status", "connected", s(10), "open"::equals);
            String audienceWindow = teacher.driver.getWindowHandle();
            teacher.driver.switchTo().window(consoleWindow);

            // let the market run for ~40 game-seconds at ×10 so the charts have some history, then back to ×1
            teacher.setValue("speed", "10");
            ana.textUntil("game-clock", "game time ≥ 00:40", s(15), t -> t.matches("\\d\\d:\\d\\d") && t.compareTo("00:40") >= 0);
            teacher.setValue("speed", "1");
            ana.textUntil("room-status", "back to ×1", s(10), "RUNNING"::equals);

            // ana: 50x isolated long of 5 BTC at market; bo: 2x isolated short of 0.1 BTC at market
            order(ana, "BUY", "MARKET", null, "5", 50);
            ana.textUntil("position-size", "LONG 5.000 BTC", s(10), t -> t.equals("LONG 5.000 BTC"));
            order(bo, "SELL", "MARKET", null, "0.1", 2);
            bo.textUntil("position-size", "SHORT 0.100 BTC", s(10), t -> t.equals("SHORT 0.100 BTC"));
            assertThat(E2e.playerState(server, code, anaId, "position").getString("size")).isEqualTo("5.000");
            assertThat(E2e.playerState(server, code, boId, "position").getString("size")).isEqualTo("-0.100");

            // the displayed liquidation price is the engine's
            String liqText = ana.textUntil("liq-price", "a liquidation price", s(10), t -> t.matches("[0-9,]+\\.[0-9]+"));
            JsonObject anaMargin = E2e.playerState(server, code, anaId, "margin");
            assertThat(number(liqText)).isEqualByComparingTo(new BigDecimal(anaMargin.getString("liquidationPrice")));
            assertThat(number(ana.text("position-entry")))
                    .isEqualByComparingTo(new BigDecimal(E2e.playerState(server, code, anaId, "position").getString("entryPrice")));
            ana.until("chart has candles", s(10), d -> d.findElements(By.cssSelector("[data-testid='chart'] canvas")).size() > 1);
            ana.screenshot("02-trade-before-liquidation.png");

            // What-if from the console (a projection on a fork of the room; the live room is not touched)
            teacher.type("whatif-pct", "-5");
            teacher.type("whatif-seconds", "30");
            teacher.click("whatif-run");
            teacher.textUntil("whatif-result", "a projection", s(20), t -> t.contains("Longs liquidated"));

            // Shock from the console: index step −5 %
            teacher.setValue("shock-type", "index_step");
            teacher.type("shock-param-pct", "-5");
            teacher.click("shock-inject");
            teacher.textUntil("instructor-message", "shock accepted", s(10), t -> t.contains("injected"));

            // ana sees the liquidation screen
            ana.visible("liquidated-screen");
            assertThat(ana.text("liquidated-cause")).startsWith("INDEX");
            // the price the modal names is the liquidation price the engine had for ana before the shock
            assertThat(number(ana.text("liquidated-price"))).isEqualByComparingTo(new BigDecimal(anaMargin.getString("liquidationPrice")));
            assertThat(ana.el("liquidated-screen").getText()).contains("5.000 BTC");
            ana.textUntil("position-size", "flat after the liquidation", s(10), "FLAT"::equals);
            ana.screenshot("03-trade-liquidated.png");

            // console: roster status and the public feed
            teacher.until("roster row of ana says LIQUIDATED", s(10), d -> d.findElement(
                    By.cssSelector("[data-testid='roster-row'][data-player-id='" + anaId + "']")).getText().contains("LIQUIDATED"));
            teacher.until("liquidation feed has an item", s(10), d -> !d.findElements(teacher.tid("liq-feed-item")).isEmpty());
            teacher.screenshot("04-instructor-console.png");

            // audience: cascade counter and feed updated
            teacher.driver.switchTo().window(audienceWindow);
            teacher.textUntil("audience-cascade", "generation ≥ 1", s(10), t -> !t.isEmpty() && Integer.parseInt(t) >= 1);
            teacher.until("audience feed has an item", s(10), d -> !d.findElements(teacher.tid("liq-feed-item")).isEmpty());
            teacher.screenshot("05-audience.png");

            // bo reloads: same account (position, wallet) as before and as on the server
            String boSize = bo.text("position-size");
            String boWallet = bo.text("account-equity").split("/")[0].trim();
            bo.driver.navigate().refresh();
            bo.visible("trade-screen");
            bo.textUntil("connection-status", "connected", s(10), "open"::equals);
            bo.textUntil("position-size", "same position after reload", s(10), boSize::equals);
            String wallet = bo.textUntil("account-equity", "wallet shown", s(10), t -> t.contains("/"));
            assertThat(wallet.split("/")[0].trim()).isEqualTo(boWallet);
            assertThat(number(boWallet)).isEqualByComparingTo(
                    new BigDecimal(E2e.playerState(server, code, boId, "account").getString("wallet")).setScale(2, java.math.RoundingMode.HALF_UP));

            for (Browser b : List.of(teacher, ana, bo)) {
                assertThat(b.errors()).as(b.name + " JS errors").isEmpty();
            }
        }
    }

    /** Joins from the lobby via the join link; returns the player id the server gave this browser. */
    static String join(Browser b, String base, String code, String nickname) throws Exception {
        b.open(base + "#/?room=" + code);
        b.visible("lobby");
        assertThat(b.el("join-code").getAttribute("value")).isEqualTo(code);
        b.type("join-nickname", nickname);
        b.click("join-submit");
        b.visible("briefing");
        b.textUntil("briefing", "briefing text loaded", s(10), t -> t.contains("What you should learn"));
        if (nickname.equals("bo")) {
            b.screenshot("01b-briefing.png");
        }
        b.click("go-trade");
        b.visible("trade-screen");
        b.textUntil("connection-status", "connected", s(10), "open"::equals);
        Object id = b.js("return JSON.parse(localStorage.getItem('cascade.v1.player." + code + "')).playerId;");
        return String.valueOf(id);
    }

    /** Fills the order entry and submits; waits for the server's ack in the order message. */
    static void order(Browser b, String side, String type, String price, String sizeBtc, int leverage) {
        b.click(side.equals("BUY") ? "side-buy" : "side-sell");
        b.setValue("order-type", type);
        if (price != null) {
            b.type("order-price", price);
        }
        b.type("order-size", sizeBtc);
        b.setValue("order-leverage", Integer.toString(leverage));
        b.click("order-submit");
        b.textUntil("order-message", "order accepted", s(10), t -> t.startsWith("Order accepted"));
    }

    static List<WebElement> rows(Browser b, String testid) {
        return b.driver.findElements(b.tid(testid));
    }
}

package cascade.app.e2e;

import static cascade.app.e2e.E2e.s;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.app.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The rest of a round from the console, seen by a player and the audience: news, pause and resume, speed, a
 * cross-margin trade closed with the position panel's button, the end of the round with the standings on
 * every screen (and equal to the API's), and a historical scenario's clock.
 */
class RoundE2eTest {
    @Test
    void newsPauseSpeedCloseEndAndStandings() throws Exception {
        Path[] chromium = BrowserRequirement.require();
        try (TestServer server = E2e.server();
             Browser teacher = new Browser("instructor", chromium);
             Browser ana = new Browser("ana", chromium)) {
            String base = "http://127.0.0.1:" + server.port() + "/";
            teacher.open(base + "#/");
            teacher.until("scenario list loaded", s(10), d -> !d.findElements(By.cssSelector("[data-scenario-id='calm']")).isEmpty());
            teacher.driver.findElement(By.cssSelector("[data-scenario-id='calm']")).click();
            teacher.click("create-room");
            String code = teacher.textUntil("room-code", "a room code", s(10), t -> t.matches("[A-Z2-9]{6}"));
            String anaId = ClassroomE2eTest.join(ana, base, code, "ana");
            teacher.click("ctl-start");
            ana.textUntil("room-status", "RUNNING", s(10), t -> t.startsWith("RUNNING"));

            // news to every screen
            teacher.type("news-input", "Funding spikes on the majors");
            teacher.click("news-send");
            ana.textUntil("news-text", "the instructor's news", s(10), "Funding spikes on the majors"::equals);

            // speed and pause/resume reach the player's status badge
            teacher.setValue("speed", "5");
            ana.textUntil("room-status", "RUNNING ×5", s(10), "RUNNING ×5"::equals);
            teacher.click("ctl-pause");
            ana.textUntil("room-status", "PAUSED", s(10), t -> t.startsWith("PAUSED"));
            assertThat(server.get("/api/v1/rooms/" + code, null).json().getString("status")).isEqualTo("PAUSED");
            teacher.click("ctl-resume");
            ana.textUntil("room-status", "RUNNING", s(10), t -> t.startsWith("RUNNING"));

            // cross margin, size in USDT, then the close button
            ana.until("the book ladder fills", s(15), d -> !d.findElements(By.cssSelector("[data-testid='order-book'] .lrow.ask .lp"))
                    .get(0).getText().isBlank());
            ana.setValue("order-margin-mode", "CROSS");
            ana.setValue("order-unit", "USDT");
            ClassroomE2eTest.order(ana, "SELL", "MARKET", null, "3000", 3);
            String size = ana.textUntil("position-size", "a short", s(10), t -> t.startsWith("SHORT "));
            JsonObject pos = E2e.playerState(server, code, anaId, "position");
            assertThat(pos.getString("marginMode")).isEqualTo("CROSS");
            assertThat(size).isEqualTo("SHORT " + pos.getString("size").substring(1) + " BTC");
            ana.textUntil("position-leverage", "3× CROSS", s(10), "3× CROSS"::equals);
            ana.click("close-position");
            ana.textUntil("position-size", "flat after closing", s(10), "FLAT"::equals);
            assertThat(E2e.playerState(server, code, anaId, "position").getString("size")).isEqualTo("0.000");

            // end of round (the console asks for confirmation)
            teacher.click("ctl-end");
            teacher.driver.switchTo().alert().accept();
            ana.until("standings on the trading screen", s(10), d -> d.findElements(ana.tid("standings-row")).size() == 1);
            teacher.until("standings in the console", s(10), d -> d.findElements(teacher.tid("standings-row")).size() == 1);
            JsonArray api = server.get("/api/v1/rooms/" + code + "/standings", null).array();
            WebElement row = ana.el("standings-row");
            assertThat(row.getAttribute("data-player-id")).isEqualTo(api.getJsonObject(0).getString("playerId"));
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(1).getText()).isEqualTo("ana");
            assertThat(new java.math.BigDecimal(cells.get(2).getText())).isEqualByComparingTo(
                    new java.math.BigDecimal(api.getJsonObject(0).getString("equity")).setScale(2, java.math.RoundingMode.HALF_UP));
            ana.textUntil("room-status", "ENDED", s(10), t -> t.startsWith("ENDED"));
            ana.screenshot("09-trade-round-ended.png");
            teacher.screenshot("10-instructor-round-ended.png");

            // a historical replay shows the historical clock
            JsonObject hist = server.post("/api/v1/rooms", new JsonObject().put("scenarioId", "crash-2020-03-12"), null).json();
            server.control(hist.getString("roomCode"), hist.getString("instructorToken"), new JsonObject().put("action", "start"));
            teacher.open(base + "#/room/" + hist.getString("roomCode") + "/audience");
            teacher.textUntil("game-clock", "the historical clock", s(15), t -> t.startsWith("2020-03-12") && t.contains("(hist.)"));
            teacher.screenshot("11-audience-historical.png");

            for (Browser b : List.of(teacher, ana)) {
                assertThat(b.errors()).as(b.name + " JS errors").isEmpty();
            }
        }
    }
}

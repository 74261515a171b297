package cascade.game.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.game.scenario.BotType;
import org.junit.jupiter.api.Test;

class MomentumTest {
    @Test
    void sellsIntoADropAndStopsOutOnTheBounce() {
        BotHarness h = new BotHarness(5);
        h.add(BotType.MARKET_MAKER, 3, "sizeBtc", 2.0, "pullOnMovePct", 0.0, "maxInventoryBtc", 200.0);
        h.add(BotType.MOMENTUM, 4, "lookbackSeconds", 10, "thresholdBps", 40.0, "sizeBtc", 0.3,
                "stopLossPct", 0.5, "takeProfitPct", 5.0);
        h.run(15);
        for (long id = 4; id <= 7; id++) {
            assertThat(h.market().account(id).positionLots()).isZero();
        }
        // −1 % over 10 s
        h.indexPath = t -> t < 150 ? BotHarness.START : BotHarness.START - Math.min(100, t - 150) * 60;
        h.run(15);
        for (long id = 4; id <= 7; id++) {
            assertThat(h.market().account(id).positionLots()).as("momentum %d", id).isEqualTo(-300);
        }
        // a bounce back above the start stops them out (0.5 % stop)
        h.indexPath = t -> BotHarness.START * 1005 / 1000;
        h.run(15);
        for (long id = 4; id <= 7; id++) {
            assertThat(h.market().account(id).positionLots()).isZero();
        }
        assertThat(h.rejected(BotType.MOMENTUM)).isZero();
    }
}

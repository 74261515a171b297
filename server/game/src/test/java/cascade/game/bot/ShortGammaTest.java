package cascade.game.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.game.scenario.BotType;
import org.junit.jupiter.api.Test;

class ShortGammaTest {
    @Test
    void sellsAsThePriceFallsAndBuysItBackAsItRises() {
        BotHarness h = new BotHarness(11);
        h.add(BotType.MARKET_MAKER, 3, "sizeBtc", 5.0, "pullOnMovePct", 0.0, "maxInventoryBtc", 500.0);
        h.add(BotType.SHORT_GAMMA, 1, "gammaBtcPerPct", 4.0, "hedgeIntervalSeconds", 5, "hedgeBandBtc", 1.0);
        long gamma = 4;
        h.run(10);
        assertThat(h.market().account(gamma).positionLots()).isZero();
        h.indexPath = t -> BotHarness.START * 98 / 100; // −2 %
        h.run(6);
        assertThat(h.market().account(gamma).positionLots()).isNegative(); // the first hedge sells at once
        h.run(30);
        assertThat(h.market().account(gamma).positionLots()).isBetween(-9_500L, -7_500L); // −4 BTC per % of mark
        assertThat(hedgeError(h, gamma)).isLessThanOrEqualTo(1_000);
        h.indexPath = t -> BotHarness.START * 101 / 100; // +1 %
        h.run(40);
        assertThat(h.market().account(gamma).positionLots()).isBetween(3_000L, 5_000L);
        assertThat(hedgeError(h, gamma)).isLessThanOrEqualTo(1_000);
        assertThat(h.rejected(BotType.SHORT_GAMMA)).as(h.rejectReasons.toString()).isZero();
    }

    /** |position − 4 BTC × % move of mark from start|, lots. */
    private static long hedgeError(BotHarness h, long gamma) {
        long mark = h.market().markPriceTicks();
        long target = Math.round(4000.0 * (mark - BotHarness.START) * 100 / BotHarness.START);
        return Math.abs(h.market().account(gamma).positionLots() - target);
    }
}

package cascade.game.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.command.Side;
import cascade.game.scenario.BotType;
import org.junit.jupiter.api.Test;

class ArbitrageurTest {
    @Test
    void pullsTheLastPriceBackTowardTheIndexAfterADisplacement() {
        BotHarness h = new BotHarness(3);
        h.add(BotType.ARBITRAGEUR, 2, "thresholdBps", 8.0, "sizeBtc", 0.5, "maxPositionBtc", 20.0);
        // A book displaced 50 bps below the index: asks from 59,700 up, bids from 59,690 down.
        long lp = h.account(10_000_000, 5);
        for (int i = 0; i < 60; i++) {
            h.apply(BotOrders.gtc(lp, 0, Side.SELL, 597_000 + 100L * i, 500), null);
            h.apply(BotOrders.gtc(lp, 0, Side.BUY, 596_900 - 100L * i, 500), null);
        }
        long taker = h.account(100_000, 5);
        h.apply(BotOrders.market(taker, Side.BUY, 1, false), null);
        assertThat(h.market().lastPriceTicks()).isEqualTo(597_000);

        h.run(20);

        long last = h.market().lastPriceTicks();
        long index = BotHarness.START;
        assertThat(last).isGreaterThan(597_000);
        assertThat((index - last) * 1e4 / index).isLessThan(8.0); // within the threshold
        long bought = h.market().account(1).positionLots() + h.market().account(2).positionLots();
        assertThat(bought).isPositive();
        assertThat(h.rejected(BotType.ARBITRAGEUR)).isZero();
    }
}

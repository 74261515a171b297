package cascade.game.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.game.scenario.BotType;
import org.junit.jupiter.api.Test;

/** Noise traders with {@code activityVolPct}: their order rate follows the mark's volatility (clustered flow). */
class NoiseActivityTest {

    private static int commandsSent(double volatilityAnnual, Object... noiseParams) {
        BotHarness h = new BotHarness(5);
        h.add(BotType.MARKET_MAKER, 2, "sizeBtc", 5.0, "pullOnMovePct", 0.0);
        h.add(BotType.NOISE, 20, noiseParams);
        h.ctx.volatilityAnnual = volatilityAnnual;
        h.run(600);
        return h.sent(BotType.NOISE);
    }

    @Test
    void busierMarketsDrawMoreOrders() {
        // Reference 40 %: at 10 % vol the rate halves (the ×0.5 floor), at 70 % it is ×1.75, so ~3.5× the orders.
        // Both vols are below the makers' own vol reference (80 %), so the book they quote is the same.
        int quiet = commandsSent(0.1, "ordersPerMinute", 3.0, "activityVolPct", 40.0);
        int busy = commandsSent(0.7, "ordersPerMinute", 3.0, "activityVolPct", 40.0);
        assertThat((double) busy / quiet).isBetween(2.5, 4.5);
    }

    @Test
    void withoutTheKeyTheRateIgnoresVolatility() {
        int quiet = commandsSent(0.1, "ordersPerMinute", 3.0);
        int busy = commandsSent(0.7, "ordersPerMinute", 3.0);
        assertThat(busy).isEqualTo(quiet);
    }
}

package cascade.game.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.market.AccountView;
import cascade.game.scenario.BotType;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RetailCrowdTest {
    /** Index: flat for a minute, a slow 2.5 % dip and recovery over four minutes, then flat. */
    private static long dip(long tick) {
        long t = Math.max(0, tick - 600);
        double down = t < 1200 ? t / 1200.0 : t < 2400 ? (2400 - t) / 1200.0 : 0;
        return Math.round(BotHarness.START * (1 - 0.025 * down));
    }

    @Test
    void longLiquidationPricesClusterInABandBelowTheStart() {
        BotHarness h = new BotHarness(21);
        h.add(BotType.MARKET_MAKER, 4, "sizeBtc", 2.0, "maxInventoryBtc", 100.0, "pullOnMovePct", 0.0);
        h.add(BotType.ARBITRAGEUR, 2, "sizeBtc", 1.0, "maxPositionBtc", 100.0);
        h.add(BotType.NOISE, 10);
        List<Bot> crowd = h.add(BotType.RETAIL_CROWD, 200, "leverageMin", 10, "leverageMax", 50, "longShare", 0.8,
                "entryBandPct", 2.0, "stopLossShare", 0.0, "fomoBps", 0.0);
        h.indexPath = RetailCrowdTest::dip;
        h.run(300);

        long start = BotHarness.START;
        int longs = 0;
        int inBand = 0;
        TreeMap<Long, Integer> byHalfPercent = new TreeMap<>();
        for (Bot b : crowd) {
            AccountView a = h.market().account(b.accountId());
            if (a.positionLots() <= 0) {
                continue;
            }
            longs++;
            long liq = a.liquidationPriceTicks();
            assertThat(liq).isPositive().isLessThan(start);
            if (liq >= start * 85 / 100) {
                inBand++;
            }
            byHalfPercent.merge((start - liq) * 200 / start, 1, Integer::sum);
        }
        assertThat(longs).isGreaterThan(100);
        assertThat(inBand).isGreaterThanOrEqualTo(longs * 9 / 10);
        // Clusters: the three most crowded half-percent buckets hold at least 40 % of the longs.
        int top3 = byHalfPercent.values().stream().sorted((x, y) -> y - x).limit(3).mapToInt(Integer::intValue).sum();
        System.out.println("long liquidations by half-percent below start: " + byHalfPercent);
        assertThat(top3).isGreaterThanOrEqualTo(longs * 4 / 10);
        assertThat(h.rejected(BotType.RETAIL_CROWD)).isLessThanOrEqualTo(h.sent(BotType.RETAIL_CROWD) / 50);
    }
}

package cascade.game.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.command.Command;
import cascade.game.scenario.BotType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole population (the "leverage trap" line-up) through a falling index and a whale shock: same seeds give
 * the same commands; a snapshot mid-run (market + bot states, bots rebuilt with unrelated RNGs) continues
 * identically; and the bots do not spam rejected orders.
 */
class BotDeterminismTest {
    static BotHarness room(long seed) {
        BotHarness h = new BotHarness(seed);
        h.add(BotType.MARKET_MAKER, 3, "spreadBps", 4.0, "levels", 8, "levelStepBps", 4.0, "sizeBtc", 0.4,
                "pullOnMovePct", 2.0);
        h.add(BotType.ARBITRAGEUR, 2, "thresholdBps", 8.0, "sizeBtc", 0.5, "maxPositionBtc", 20.0);
        h.add(BotType.NOISE, 15, "ordersPerMinute", 3.0, "sizeBtc", 0.05, "limitShare", 0.5);
        h.add(BotType.MOMENTUM, 5, "lookbackSeconds", 30, "thresholdBps", 40.0, "sizeBtc", 0.3, "stopLossPct", 1.5);
        h.add(BotType.RETAIL_CROWD, 200, "collateralUsdt", 2000.0, "leverageMin", 25, "leverageMax", 100,
                "longShare", 0.85, "entryBandPct", 2.5, "stopLossShare", 0.2, "stopDistancePct", 1.0, "fomoBps", 30.0,
                "marginMode", "cross");
        h.add(BotType.WHALE, 1, "collateralUsdt", 5000000.0, "leverage", 5, "side", "flat", "sliceBtc", 10.0,
                "predatory", true);
        h.add(BotType.SHORT_GAMMA, 1, "gammaBtcPerPct", 4.0, "hedgeIntervalSeconds", 5, "hedgeBandBtc", 1.0,
                "leverage", 10);
        // flat 2 min, then −4 % over 3 min, then flat
        h.indexPath = t -> t < 1200 ? BotHarness.START
                : Math.round(BotHarness.START * (1 - 0.04 * Math.min(1.0, (t - 1200) / 1800.0)));
        return h;
    }

    private static List<String> run(BotHarness h, int ticks) {
        List<String> log = new ArrayList<>();
        for (int i = 0; i < ticks; i++) {
            if (h.ticks == 2500) {
                h.ctx.whaleOrders.put(226L, -40_000L);
            }
            h.tick();
            for (Command c : h.tickCommands) {
                log.add(h.ticks + " " + c);
            }
        }
        return log;
    }

    @Test
    void sameSeedsGiveTheSameCommandsAndState() {
        BotHarness a = room(42);
        BotHarness b = room(42);
        assertThat(run(a, 2000)).isEqualTo(run(b, 2000));
        assertThat(a.market().stateHash()).isEqualTo(b.market().stateHash());
        assertThat(run(room(43), 600)).isNotEqualTo(run(room(42), 600));
    }

    @Test
    void aSnapshotMidRunContinuesIdentically() {
        BotHarness a = room(42);
        run(a, 2400);
        BotHarness b = a.restoredCopy();
        assertThat(b.market().stateHash()).isEqualTo(a.market().stateHash());
        List<String> la = run(a, 1800);
        List<String> lb = run(b, 1800);
        assertThat(lb).isEqualTo(la);
        assertThat(b.market().stateHash()).isEqualTo(a.market().stateHash());
        assertThat(la).isNotEmpty();
    }

    @Test
    void aFallingMarketLiquidatesTheCrowdWithoutBotsSpammingRejections() {
        BotHarness h = room(7);
        List<String> log = run(h, 6000);
        assertThat(h.market().liquidationCount()).isPositive();
        System.out.println("rejections: " + h.rejectReasons);
        for (BotType t : BotType.values()) {
            System.out.printf("%s sent %d rejected %d%n", t, h.sent(t), h.rejected(t));
            assertThat(h.rejected(t)).as(t.name()).isLessThanOrEqualTo(Math.max(3, h.sent(t) / 50));
        }
        System.out.println("liquidations " + h.market().liquidationCount() + ", max generation "
                + h.market().maxGeneration() + ", commands " + log.size() + ", mark " + h.market().markPriceTicks());
    }
}

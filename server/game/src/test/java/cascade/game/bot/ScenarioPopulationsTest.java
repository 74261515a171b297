package cascade.game.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.game.scenario.BotSpec;
import cascade.game.scenario.BotType;
import cascade.game.scenario.ScenarioLibrary;
import cascade.game.scenario.ScenarioSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in scenario's bot line-up, as declared, on a real market: a two-sided book forms within a
 * minute, and through a 3 % slide no bot type has more than 2 % of its commands rejected.
 */
class ScenarioPopulationsTest {
    static java.util.List<String> scenarios() {
        return ScenarioLibrary.ids();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void populationsMakeABookAndDoNotSpamRejections(String id) {
        ScenarioSpec spec = ScenarioLibrary.load(id);
        long start = spec.startTicks() > 0 ? spec.startTicks() : BotHarness.START;
        BotHarness h = new BotHarness(spec.seed(), start);
        for (BotSpec line : spec.bots()) {
            h.add(line);
        }
        h.indexPath = t -> t < 1200 ? start : Math.round(start * (1 - 0.03 * Math.min(1.0, (t - 1200) / 1200.0)));
        h.run(60);
        if (!spec.bots().isEmpty()) {
            assertThat(h.market().query().bestBidTicks()).as(id).isPositive();
            assertThat(h.market().query().bestAskTicks()).as(id).isPositive();
        }
        h.run(240);
        for (BotType t : BotType.values()) {
            assertThat(h.rejected(t)).as(id + " " + t + " " + h.rejectReasons)
                    .isLessThanOrEqualTo(Math.max(2, h.sent(t) / 50));
        }
        System.out.printf("%s: %d liquidations, max generation %d, mark %d, index %d%n", id,
                h.market().liquidationCount(), h.market().maxGeneration(), h.market().markPriceTicks(),
                h.market().indexPriceTicks());
    }
}

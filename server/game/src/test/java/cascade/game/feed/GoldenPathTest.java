package cascade.game.feed;

import cascade.game.scenario.ScenarioFeeds;
import cascade.game.scenario.ScenarioLibrary;
import cascade.game.feed.venue.VenueFeeds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the exact index paths of a few models to a constant, so a change of JDK (17 ↔ 25), of rounding or of
 * the RNG that would silently change every replay fails here. The constants were produced by this code;
 * if a change is intended, update them in the same commit and say why.
 */
class GoldenPathTest {

    private static long fold(long h, long v) {
        return h * 31 + v;
    }

    @Test
    void modelPathsAreBitForBitStable() {
        IndexModel[] models = {new GbmModel(600_000, 0.1, 0.6, 1), new JumpDiffusionModel(600_000, 0, 0.5, 30, -0.01, 0.02, 2),
                new RegimeSwitchingModel(600_000, 0, 0.3, 1.2, 20, 20, RegimeSwitchingModel.Regime.CALM, 3)};
        long h = 17;
        for (IndexModel m : models) {
            for (long t = 1; t <= 10_000; t++) {
                h = fold(h, m.nextTicks(t * 100_000_000L));
            }
        }
        assertThat(h).isEqualTo(GOLDEN_MODELS);
    }

    @Test
    void aBuiltInScenarioIndexIsBitForBitStable() {
        VenueFeeds f = ScenarioFeeds.build(ScenarioLibrary.load("crash-2020-03-12"), 42);
        long h = 17;
        for (long t = 1; t <= 15_000; t++) {
            h = fold(h, f.tick(t * 100_000_000L, 0).indexTicks());
        }
        assertThat(h).isEqualTo(GOLDEN_REPLAY);
    }

    private static final long GOLDEN_MODELS = -1976609154759476135L;
    private static final long GOLDEN_REPLAY = -290658858244341277L;
}

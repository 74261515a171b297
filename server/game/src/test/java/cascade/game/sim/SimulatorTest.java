package cascade.game.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.game.bot.BotFactory;
import cascade.game.scenario.ScenarioLibrary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    /** The room tests' quoting bot lives in another package; a tiny local factory keeps this test self-contained. */
    static final BotFactory FACTORY = cascade.game.room.TestFactories.QUOTING;

    static Simulator sim(long seconds) {
        return new Simulator("leverage-trap.yaml", ScenarioLibrary.source("leverage-trap"), FACTORY, seconds,
                Double.POSITIVE_INFINITY);
    }

    /** Results without the timing field. */
    static List<String> deterministic(List<SeedResult> rs) {
        List<String> out = new ArrayList<>();
        for (SeedResult r : rs) {
            out.add(new SeedResult(r.seed(), r.gameSeconds(), r.liquidations(), r.liquidatedNotionalLongMicros(),
                    r.liquidatedNotionalShortMicros(), r.maxGeneration(), r.priceLowTicks(), r.maxDrawdownE8(),
                    r.insuranceFundMinMicros(), r.adlCount(), r.minDepthWithin1PctMicros(), r.socializedLossMicros(),
                    0).toString());
        }
        return out;
    }

    @Test
    void theSameSeedsGiveTheSameResultsInSeedOrderWhateverTheThreads() {
        List<Long> done = new ArrayList<>();
        List<SeedResult> one = sim(60).runAll(1, 4, 1, s -> {
            synchronized (done) {
                done.add(s);
            }
        });
        List<SeedResult> two = sim(60).runAll(1, 4, 2, s -> { });
        assertThat(done).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(one).extracting(SeedResult::seed).containsExactly(1L, 2L, 3L, 4L);
        assertThat(deterministic(one)).isEqualTo(deterministic(two));
        assertThat(one.get(0).gameSeconds()).isEqualTo(60);
        assertThat(one.get(0).priceLowTicks()).isPositive();
        assertThat(deterministic(one).get(0)).isNotEqualTo(deterministic(one).get(1));
    }

    @Test
    void jsonAndCsvCarrySeedsAndPercentiles() {
        List<SeedResult> rs = sim(30).runAll(5, 7, 2, s -> { });
        String json = ResultWriter.json("leverage-trap", rs, 10);
        assertThat(json).contains("\"seed\": 5", "\"seed\": 7", "\"percentiles\"", "\"p50\"", "\"priceLow\"");
        String csv = ResultWriter.csv(rs, 10);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("seed,gameSeconds,liquidations");
        assertThat(csv.lines().count()).isEqualTo(1 + 3 + 7);
        assertThat(ResultWriter.nearestRank(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 50)).isEqualTo(5);
        assertThat(ResultWriter.nearestRank(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 95)).isEqualTo(10);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> sim(10).runAll(3, 2, 1, s -> { })).hasMessageContaining("empty");
        assertThatThrownBy(() -> new Simulator("x", "y", FACTORY, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

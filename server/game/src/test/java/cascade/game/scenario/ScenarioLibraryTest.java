package cascade.game.scenario;

import cascade.engine.Instrument;
import cascade.game.feed.HistoricalPathModel;
import cascade.game.feed.venue.PublishedIndex;
import cascade.game.feed.venue.VenueFeeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioLibraryTest {

    static List<String> ids() {
        return ScenarioLibrary.ids();
    }

    @Test
    void theIdListMatchesTheShippedFiles() throws URISyntaxException {
        File dir = new File(Objects.requireNonNull(ScenarioLibrary.class.getResource(ScenarioLibrary.RESOURCE_DIR)).toURI());
        Set<String> files = Arrays.stream(Objects.requireNonNull(dir.list()))
                .filter(n -> n.endsWith(".yaml") && !n.startsWith("_"))
                .map(n -> n.substring(0, n.length() - 5)).collect(Collectors.toSet());
        assertThat(files).containsExactlyInAnyOrderElementsOf(ScenarioLibrary.ids());
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyBuiltInLoadsValidatesAndRuns(String id) {
        ScenarioSpec s = ScenarioLibrary.load(id);
        assertThat(s.id()).isEqualTo(id);
        assertThat(s.briefing()).hasSizeGreaterThan(80);
        assertThat(s.learningGoals()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.bots()).extracting(BotSpec::type).contains(BotType.MARKET_MAKER, BotType.RETAIL_CROWD);
        Instrument instrument = s.instrument().toInstrument();
        assertThat(instrument.symbol()).isEqualTo("BTCUSDT");
        // build the feeds and run the whole scenario at the clock's tick: the index must stay positive and finite
        VenueFeeds feeds = ScenarioFeeds.build(s, s.seed());
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long t = s.clock().tickNanos(); t <= s.durationNanos(); t += s.clock().tickNanos()) {
            PublishedIndex p = feeds.tick(t, 0);
            min = Math.min(min, p.indexTicks());
            max = Math.max(max, p.indexTicks());
        }
        assertThat(min).isGreaterThan(0);
        assertThat(max).isLessThan(10_000_000L * instrument.ticksPerUnit());
    }

    @Test
    void theExampleUsesEveryShockTypeAndEveryBotType() {
        ScenarioSpec s = ScenarioLibrary.load("_example");
        assertThat(s.shocks()).extracting(sh -> sh.shock().type()).containsAll(EnumSet.allOf(ShockType.class));
        assertThat(s.bots()).extracting(BotSpec::type).containsAll(EnumSet.allOf(BotType.class));
        for (BotSpec b : s.bots()) {
            assertThat(b.params().keySet()).as(b.type().name()).containsExactlyInAnyOrderElementsOf(b.type().keys());
        }
        assertThat(s.instrument().toInstrument().brackets().get(4).maxLeverage()).isEqualTo(20);
        assertThat(s.shocks().get(s.shocks().size() - 1).atNanos()).isEqualTo(780_000_000_000L);
        assertThat(s.shocks()).contains(new ScheduledShock(600_000_000_000L, new Shock.InsuranceFund(-250_000_000_000L)),
                new ScheduledShock(660_000_000_000L, new Shock.Adl(false)),
                new ScheduledShock(300_000_000_000L, new Shock.IndexDecoupling(60_000_000_000L)),
                new ScheduledShock(360_000_000_000L, new Shock.WhaleOrder(OrderSide.SELL, 25_000)));
    }

    @Test
    void theBlackThursdayReplayStartsAt10UtcOnASmoothedPath() {
        ScenarioSpec s = ScenarioLibrary.load("crash-2020-03-12");
        ModelSpec.Historical h = (ModelSpec.Historical) s.index().model();
        assertThat(h.startInstant()).isEqualTo(Instant.parse("2020-03-12T10:00:00Z"));
        assertThat(h.smoothingMinutes()).isEqualTo(5);
        assertThat(s.description()).contains("smoothed");
        HistoricalPathModel m = (HistoricalPathModel) ScenarioFeeds.model(s, 1);
        m.nextTicks(60_000_000_000L); // one game-minute at 40× = 40 historical minutes
        assertThat(m.historicalInstant()).isEqualTo(Instant.parse("2020-03-12T10:40:00Z"));
    }

    @Test
    void sameScenarioAndSeedGiveTheSameIndexPath() {
        ScenarioSpec s = ScenarioLibrary.load("index-decoupling");
        VenueFeeds a = ScenarioFeeds.build(s, 5);
        VenueFeeds b = ScenarioFeeds.build(s, 5);
        for (long t = 100_000_000L; t < 600_000_000_000L; t += 100_000_000L) {
            assertThat(b.tick(t, 0)).isEqualTo(a.tick(t, 0));
        }
    }

    @Test
    void indexShocksRouteToTheFeeds() {
        ScenarioSpec s = ScenarioLibrary.load("index-decoupling");
        VenueFeeds f = ScenarioFeeds.build(s, 1);
        f.tick(100_000_000L, 0);
        assertThat(FeedShocks.apply(new Shock.IndexDecoupling(10_000_000_000L), f, 100_000_000L)).isTrue();
        assertThat(f.tick(200_000_000L, 0).rule()).isEqualTo(cascade.game.feed.venue.CombineRule.HELD_DECOUPLED);
        assertThat(FeedShocks.apply(new Shock.Halt(1), f, 0)).isFalse();
    }
}

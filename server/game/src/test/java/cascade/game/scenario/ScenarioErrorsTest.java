package cascade.game.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Bad scenarios and the exact message an instructor sees. {@link #BASE} is valid; each case appends to it or
 * replaces one of its lines. Line numbers count from 1 within the resulting document.
 */
class ScenarioErrorsTest {
    /** Lines 1–10. */
    private static final String BASE = """
            id: t
            title: T
            briefing: B
            learningGoals: [g]
            start: 60000
            duration: 600
            index:
              model: gbm
              volPct: 50
              venues: [{name: a}, {name: b}]
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("unknown top-level key", BASE + "colour: red\n",
                        "scenario t.yaml line 11: colour: unknown key (allowed: id, title, description, briefing, "
                                + "learningGoals, seed, instrument, index, start, bots, duration, shocks, players, clock)"),
                arguments("bot count out of range", BASE + "bots:\n  - {type: noise, count: 2}\n  - type: whale\n    count: 1\n"
                                + "  - type: retail_crowd\n    count: -3\n",
                        "scenario t.yaml line 16: bots[2].count: must be between 0 and 10000, got -3"),
                arguments("unknown bot param", BASE + "bots:\n  - {type: noise, count: 2, spreadBps: 3}\n",
                        "scenario t.yaml line 12: bots[0].spreadBps: unknown key (allowed: type, count, collateralUsdt, "
                                + "ordersPerMinute, sizeBtc, limitShare, offsetBps, activityVolPct, leverage)"),
                arguments("unknown bot type", BASE + "bots:\n  - {type: hedge_fund, count: 2}\n",
                        "scenario t.yaml line 12: bots[0].type: must be one of market_maker, arbitrageur, noise, "
                                + "momentum, retail_crowd, whale, short_gamma, got 'hedge_fund'"),
                arguments("bad type for a number", BASE.replace("volPct: 50", "volPct: high"),
                        "scenario t.yaml line 9: index.volPct: must be a number, got 'high'"),
                arguments("map where a number belongs", BASE.replace("start: 60000", "start: {usdt: 60000}"),
                        "scenario t.yaml line 5: start: must be a single value, got a map"),
                arguments("missing required key", BASE.replace("title: T\n", ""),
                        "scenario t.yaml line 1: title: is required"),
                arguments("missing nested key", BASE.replace("  volPct: 50\n", ""),
                        "scenario t.yaml line 8: index.volPct: is required"),
                arguments("price not on the tick", BASE.replace("start: 60000", "start: 60000.05"),
                        "scenario t.yaml line 5: start: must be a multiple of the tick (0.1 USDT), got 60000.05"),
                arguments("shock after the end", BASE + "shocks:\n  - {at: \"11:00\", type: halt, seconds: 5}\n",
                        "scenario t.yaml line 12: shocks[0].at: is after the end of the scenario (duration 600 s)"),
                arguments("shock with unknown venue", BASE + "shocks:\n  - {at: 60, type: feed_freeze, venue: c, seconds: 5}\n",
                        "scenario t.yaml line 12: shocks[0].venue: unknown venue 'c' (index.venues: a, b)"),
                arguments("shock missing a parameter", BASE + "shocks:\n  - at: 60\n    type: index_move\n    pct: -5\n",
                        "scenario t.yaml line 12: shocks[0].over: is required"),
                arguments("shock parameter of another type", BASE + "shocks:\n  - {at: 60, type: halt, seconds: 5, pct: 3}\n",
                        "scenario t.yaml line 12: shocks[0].pct: unknown key (allowed: at, type, seconds)"),
                arguments("whale size not whole lots", BASE + "shocks:\n  - {at: 60, type: whale_order, side: sell, size: 1.0005}\n",
                        "scenario t.yaml line 12: shocks[0].size: must be a multiple of the lot (0.001), got 1.0005"),
                arguments("bad clock string", BASE + "shocks:\n  - {at: \"1:75\", type: halt, seconds: 5}\n",
                        "scenario t.yaml line 12: shocks[0].at: must be seconds or \"mm:ss\" / \"h:mm:ss\", got '1:75'"),
                arguments("instrument rejected by the engine", BASE + "instrument:\n  adl: false\n  socializedLoss: false\n",
                        "scenario t.yaml line 12: instrument: instrument: ADL and socialized loss cannot both be off "
                                + "(a deficit must land somewhere)"),
                arguments("tick that does not divide 1", BASE + "instrument:\n  tick: 0.3\n",
                        "scenario t.yaml line 12: instrument.tick: must divide 1 exactly (0.1, 0.01, 0.5, …), got 0.3"),
                arguments("brackets with a gap", BASE + "instrument:\n  brackets:\n    - {floorUsdt: 0, capUsdt: 100, maxLeverage: 50, mmrPct: 1}\n"
                                + "    - {floorUsdt: 200, capUsdt: 300, maxLeverage: 20, mmrPct: 2}\n",
                        "scenario t.yaml line 12: instrument: bracket 2: floor must equal bracket 1's cap"),
                arguments("unknown built-in file", BASE.replace("  model: gbm\n  volPct: 50\n",
                                "  model: historical\n  file: btc.csv\n  start: \"2020-03-12T10:00:00Z\"\n  speed: 40\n"),
                        "scenario t.yaml line 9: index.file: unknown built-in data file 'btc.csv' (built-ins: "
                                + "btc_1m_2020-03-12.csv, btc_1m_2021-05-19.csv, btc_1m_2025-10-10.csv, "
                                + "btc_markprice_1m_2025-10-10_binance-coinm.csv; a path must contain '/')"),
                arguments("historical start outside the file", BASE.replace("  model: gbm\n  volPct: 50\n",
                                "  model: historical\n  file: btc_1m_2021-05-19.csv\n  start: \"2021-05-20T10:00:00Z\"\n  speed: 40\n"),
                        "scenario t.yaml line 10: index.start: is outside btc_1m_2021-05-19.csv (2021-05-19T00:00:00Z + 1440 minutes)"),
                arguments("key of another model", BASE.replace("volPct: 50", "volPct: 50\n  jumpsPerHour: 3"),
                        "scenario t.yaml line 10: index.jumpsPerHour: unknown key (allowed: model, driftPct, volPct, venues, coupling)"),
                arguments("duplicate key", BASE + "seed: 1\nseed: 2\n",
                        "scenario t.yaml line 12: seed: duplicate key (first at line 11)"),
                arguments("duplicate venue", BASE.replace("{name: b}", "{name: a}"),
                        "scenario t.yaml line 10: index.venues[1].name: duplicate venue name 'a'"),
                arguments("bad margin mode", BASE + "players:\n  marginModes: [cross, portfolio]\n",
                        "scenario t.yaml line 12: players.marginModes[1]: must be one of cross, isolated, got 'portfolio'"),
                arguments("leverage range inverted", BASE + "bots:\n  - {type: retail_crowd, count: 5, leverageMin: 50, leverageMax: 20}\n",
                        "scenario t.yaml line 12: bots[0].leverageMin: must not exceed leverageMax (20), got 50"),
                arguments("broken YAML", BASE + "bots: [\n",
                        "scenario t.yaml line 12: not valid YAML: expected the node content, but found '<stream end>'"),
                arguments("bad indentation", BASE + "players:\n  collateralUsdt: 5\n maxLeverage: 3\n",
                        "scenario t.yaml line 13: not valid YAML: expected <block end>, but found '<block mapping start>'"),
                arguments("not a map", "- just\n- a list\n",
                        "scenario t.yaml line 1: must be a map of keys, got a list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badScenarioGivesOneClearMessage(String name, String yaml, String message) {
        assertThatThrownBy(() -> ScenarioParser.parse("t.yaml", yaml))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(message)
                .hasNoCause();
    }

    @Test
    void theBaseIsValidAndDefaultsApplyOnlyToAbsentKeys() {
        ScenarioSpec s = ScenarioParser.parse("t.yaml", BASE);
        assertThat(s.startTicks()).isEqualTo(600_000);
        assertThat(s.durationNanos()).isEqualTo(600_000_000_000L);
        assertThat(s.clock()).isEqualTo(ClockSpec.defaults());
        assertThat(s.players()).isEqualTo(PlayersSpec.defaults());
        assertThat(s.index().venues()).hasSize(2);
    }

    @Test
    void theExceptionCarriesLineColumnAndPath() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioParser.parse("t.yaml", BASE.replace("volPct: 50", "volPct: -1")));
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.column()).isEqualTo(11);
        assertThat(e.path()).isEqualTo("index.volPct");
        assertThat(e.problem()).isEqualTo("must be between 0 and 1000, got -1");
    }

    @Test
    void unquotedClockTimesAndOnOffWork() {
        ScenarioSpec s = ScenarioParser.parse("t.yaml", BASE + "shocks:\n  - {at: 01:30, type: adl, value: off}\n"
                + "  - {at: 2:00, type: adl, value: on}\n");
        assertThat(s.shocks()).containsExactly(new ScheduledShock(90_000_000_000L, new Shock.Adl(false)),
                new ScheduledShock(120_000_000_000L, new Shock.Adl(true)));
    }
}

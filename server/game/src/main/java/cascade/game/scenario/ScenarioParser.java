package cascade.game.scenario;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses and validates a scenario YAML (docs/scenarios.md) into a {@link ScenarioSpec}. Any problem —
 * syntax, unknown key, wrong type, out-of-range or missing value, inconsistent combination — is one
 * {@link ScenarioException} naming the source, line and key path; nothing else escapes (an unexpected
 * runtime exception is wrapped so that no stack trace reaches an instructor). Absent optional keys take the
 * documented defaults; a present but bad value never does.
 */
public final class ScenarioParser {
    private ScenarioParser() {
    }

    /** Parses an upload or a string; {@code sourceName} is what the messages call it (e.g. the file name). */
    public static ScenarioSpec parse(String sourceName, String yaml) {
        return parse(sourceName, new StringReader(yaml));
    }

    public static ScenarioSpec parse(String sourceName, InputStream in) {
        return parse(sourceName, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static ScenarioSpec parse(String sourceName, Reader reader) {
        try {
            return read(YamlTree.parse(sourceName, reader));
        } catch (ScenarioException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ScenarioException(sourceName, 0, 0, "", "could not be loaded: " + e);
        }
    }

    private static ScenarioSpec read(YamlNode root) {
        Fields f = new Fields(root);
        YamlNode idNode = f.required("id");
        String id = Values.string(idNode);
        if (!id.matches("[a-z0-9_][a-z0-9_-]{0,63}")) {
            throw idNode.error("must be lower-case letters, digits, '-' or '_' (at most 64), got " + idNode.describe());
        }
        String title = Values.string(f.required("title"));
        String description = f.has("description") ? Values.string(f.optional("description")) : "";
        String briefing = Values.string(f.required("briefing"));
        List<String> goals = new ArrayList<>();
        YamlNode goalsNode = f.required("learningGoals");
        for (YamlNode g : goalsNode.asList()) {
            goals.add(Values.string(g));
        }
        if (goals.isEmpty()) {
            throw goalsNode.error("must list at least one goal");
        }
        long seed = f.has("seed") ? Values.integer(f.optional("seed"), Long.MIN_VALUE, Long.MAX_VALUE) : 1;
        InstrumentSpec instrument = InstrumentSection.parse(f.optional("instrument"));
        YamlNode indexNode = f.required("index");
        IndexSpec index = IndexSection.parse(indexNode, instrument.ticksPerUnit());
        YamlNode startNode = f.optional("start");
        long startTicks = 0;
        if (startNode != null) {
            startTicks = IndexSection.priceTicks(startNode, instrument.ticksPerUnit());
        } else if (!(index.model() instanceof ModelSpec.Historical)) {
            throw new ScenarioException(root.source, root.line, root.column, "start",
                    "is required (the initial index price in USDT) unless index.model is historical");
        }
        List<BotSpec> bots = BotSection.parse(f.optional("bots"));
        long duration = Values.durationNanos(f.required("duration"), 10, 7 * 86400);
        List<ScheduledShock> shocks = ShockSection.parse(f.optional("shocks"), index, instrument, duration);
        PlayersSpec players = players(f.optional("players"), instrument);
        ClockSpec clock = clock(f.optional("clock"));
        f.finish();
        return new ScenarioSpec(id, title, description, briefing, goals, seed, instrument, startTicks, index, bots,
                shocks, duration, players, clock);
    }

    private static PlayersSpec players(YamlNode node, InstrumentSpec instrument) {
        PlayersSpec d = PlayersSpec.defaults();
        if (node == null) {
            return d;
        }
        Fields f = new Fields(node);
        long collateral = f.has("collateralUsdt") ? Values.micros(f.optional("collateralUsdt"), "0", "1000000000")
                : d.collateralMicros();
        int maxLev = f.has("maxLeverage") ? (int) Values.integer(f.optional("maxLeverage"), 1, 125) : d.maxLeverage();
        List<MarginMode> modes = d.marginModes();
        YamlNode modesNode = f.optional("marginModes");
        if (modesNode != null) {
            modes = new ArrayList<>();
            for (YamlNode m : modesNode.asList()) {
                MarginMode mode = Values.choice(m, MarginMode.class);
                if (modes.contains(mode)) {
                    throw m.error("is listed twice");
                }
                modes.add(mode);
            }
            if (modes.isEmpty()) {
                throw modesNode.error("must allow at least one margin mode");
            }
        }
        f.finish();
        return new PlayersSpec(collateral, maxLev, modes);
    }

    private static ClockSpec clock(YamlNode node) {
        ClockSpec d = ClockSpec.defaults();
        if (node == null) {
            return d;
        }
        Fields f = new Fields(node);
        long tick = f.has("tickMs") ? Values.integer(f.optional("tickMs"), 10, 10_000) * 1_000_000L : d.tickNanos();
        double speed = f.has("speed") ? Values.real(f.optional("speed"), "0.1", "100") : d.speed();
        f.finish();
        return new ClockSpec(tick, speed);
    }
}

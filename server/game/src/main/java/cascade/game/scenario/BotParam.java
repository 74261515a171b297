package cascade.game.scenario;

import java.util.List;

/**
 * One declared bot parameter: its YAML key, kind and allowed range. Parsed values are {@code Long} (INT),
 * {@code java.math.BigDecimal} (DECIMAL, exact as written), {@code Boolean} (BOOL) or {@code String}
 * (CHOICE, lower case).
 */
public record BotParam(String key, Kind kind, String min, String max, List<String> choices, String doc) {
    public enum Kind { INT, DECIMAL, BOOL, CHOICE }

    static BotParam integer(String key, long min, long max, String doc) {
        return new BotParam(key, Kind.INT, Long.toString(min), Long.toString(max), List.of(), doc);
    }

    static BotParam decimal(String key, String min, String max, String doc) {
        return new BotParam(key, Kind.DECIMAL, min, max, List.of(), doc);
    }

    static BotParam bool(String key, String doc) {
        return new BotParam(key, Kind.BOOL, null, null, List.of(), doc);
    }

    static BotParam choice(String key, String doc, String... choices) {
        return new BotParam(key, Kind.CHOICE, null, null, List.of(choices), doc);
    }
}

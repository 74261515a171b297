package cascade.game.scenario;

import java.util.List;
import java.util.Locale;

/**
 * RULES.md's shock list — the one list scenarios, the instructor API and the console share. Each type names
 * its YAML parameter keys (besides {@code at} and {@code type}); units are documented on {@link Shock}.
 */
public enum ShockType {
    INDEX_MOVE("pct", "over"),
    INDEX_STEP("pct"),
    FEED_FREEZE("venue", "seconds"),
    OUTLIER_VENUE("venue", "pct", "seconds"),
    INDEX_DECOUPLING("seconds"),
    WHALE_ORDER("side", "size"),
    MM_PULL("seconds"),
    MAX_LEVERAGE("value"),
    MMR_MULTIPLIER("value"),
    INSURANCE_FUND("amount"),
    ADL("value"),
    HALT("seconds"),
    NEWS("text");

    private final List<String> keys;

    ShockType(String... keys) {
        this.keys = List.of(keys);
    }

    /** The parameter keys, all required. */
    public List<String> keys() {
        return keys;
    }

    /** The name used in YAML and on the wire, e.g. {@code index_move}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

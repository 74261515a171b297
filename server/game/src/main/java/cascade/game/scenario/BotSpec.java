package cascade.game.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bot population: {@code count} bots of {@code type}. {@code params} holds only declared keys (see
 * {@link BotType}), validated and typed, sorted by key; absent keys mean "bot default".
 */
public record BotSpec(BotType type, int count, Map<String, Object> params) {
    public BotSpec {
        params = Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** A parameter, or {@code fallback} when absent. */
    @SuppressWarnings("unchecked")
    public <T> T param(String key, T fallback) {
        Object v = params.get(key);
        return v == null ? fallback : (T) v;
    }
}

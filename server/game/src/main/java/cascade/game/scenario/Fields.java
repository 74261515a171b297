package cascade.game.scenario;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the keys of one YAML map. Every key the caller asks for is marked as known; {@link #finish} then
 * rejects the first key (in document order) nobody asked for, naming the keys that are allowed.
 */
final class Fields {
    private final YamlNode map;
    private final Set<String> known = new LinkedHashSet<>();

    Fields(YamlNode node) {
        this.map = node.asMap();
    }

    YamlNode node() {
        return map;
    }

    /** The value, or null when the key is absent or written with no value. */
    YamlNode optional(String key) {
        known.add(key);
        YamlNode n = map.fields.get(key);
        return n == null || n.isNull() ? null : n;
    }

    YamlNode required(String key) {
        YamlNode n = optional(key);
        if (n == null) {
            String path = map.path.isEmpty() ? key : map.path + "." + key;
            throw new ScenarioException(map.source, map.line, map.column, path, "is required");
        }
        return n;
    }

    boolean has(String key) {
        return optional(key) != null;
    }

    /** Declares keys as known without reading them (read elsewhere, e.g. by a bot's parameter table). */
    void allow(Collection<String> keys) {
        known.addAll(keys);
    }

    void finish() {
        for (Map.Entry<String, YamlNode> e : map.fields.entrySet()) {
            if (!known.contains(e.getKey())) {
                int[] at = map.keyAt.get(e.getKey());
                throw new ScenarioException(map.source, at[0], at[1], e.getValue().path,
                        "unknown key (allowed: " + String.join(", ", known) + ")");
            }
        }
    }
}

package cascade.game.scenario;

import com.fasterxml.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with where it came from (source name, 1-based line and column, key path), so every error can
 * name its place. Maps keep document order. Built by {@link YamlTree}; read with {@link Fields} and
 * {@link Values}.
 */
final class YamlNode {
    enum Kind { MAP, LIST, SCALAR }

    final Kind kind;
    final String source;
    final String path;
    final int line;
    final int column;
    /** MAP: entries in document order. */
    final Map<String, YamlNode> fields = new LinkedHashMap<>();
    /** MAP: where each key was written (line, column). */
    final Map<String, int[]> keyAt = new LinkedHashMap<>();
    /** LIST: items. */
    final List<YamlNode> items = new ArrayList<>();
    /** SCALAR: the text as written and the token type the YAML parser gave it. */
    final String text;
    final JsonToken token;

    YamlNode(Kind kind, String source, String path, int line, int column, String text, JsonToken token) {
        this.kind = kind;
        this.source = source;
        this.path = path;
        this.line = line;
        this.column = column;
        this.text = text;
        this.token = token;
    }

    ScenarioException error(String problem) {
        return new ScenarioException(source, line, column, path, problem);
    }

    boolean isNull() {
        return kind == Kind.SCALAR && token == JsonToken.VALUE_NULL;
    }

    /** What the value is, for "must be X, got Y" messages. */
    String describe() {
        return switch (kind) {
            case MAP -> "a map";
            case LIST -> "a list";
            case SCALAR -> token == JsonToken.VALUE_NULL ? "nothing" : "'" + text + "'";
        };
    }

    YamlNode asMap() {
        if (kind != Kind.MAP) {
            throw error("must be a map of keys, got " + describe());
        }
        return this;
    }

    List<YamlNode> asList() {
        if (kind != Kind.LIST) {
            throw error("must be a list, got " + describe());
        }
        return items;
    }

    String scalarText() {
        if (kind != Kind.SCALAR || token == JsonToken.VALUE_NULL) {
            throw error("must be a single value, got " + describe());
        }
        return text;
    }
}

package cascade.game.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads YAML with Jackson's streaming parser into {@link YamlNode}s that remember their line and column.
 * Duplicate keys, empty documents and syntax errors become {@link ScenarioException}s.
 */
final class YamlTree {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTree() {
    }

    static YamlNode parse(String source, Reader reader) {
        try (JsonParser p = FACTORY.createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ScenarioException(source, 1, 1, "", "the document is empty");
            }
            YamlNode root = read(source, p, "");
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new ScenarioException(source, at.getLineNr(), at.getColumnNr(), "",
                        "only one YAML document is allowed");
            }
            return root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                // SnakeYAML's own wording minus its context dump; its marks are 0-based
                throw new ScenarioException(source, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1,
                        "", "not valid YAML: " + m.getProblem());
            }
            JsonLocation at = e.getLocation();
            String msg = e.getOriginalMessage().replaceAll("\\s+", " ").strip();
            throw new ScenarioException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                    "not valid YAML: " + msg);
        } catch (IOException e) {
            throw new ScenarioException(source, 0, 0, "", "could not be read: " + e.getMessage());
        }
    }

    /** Reads the value at the current token. */
    private static YamlNode read(String source, JsonParser p, String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            YamlNode map = new YamlNode(YamlNode.Kind.MAP, source, path, line, col, null, t);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation k = p.currentTokenLocation();
                String childPath = path.isEmpty() ? key : path + "." + key;
                if (map.fields.containsKey(key)) {
                    throw new ScenarioException(source, k.getLineNr(), k.getColumnNr(), childPath,
                            "duplicate key (first at line " + map.keyAt.get(key)[0] + ")");
                }
                p.nextToken();
                map.keyAt.put(key, new int[] {k.getLineNr(), k.getColumnNr()});
                map.fields.put(key, read(source, p, childPath));
            }
            return map;
        }
        if (t == JsonToken.START_ARRAY) {
            YamlNode list = new YamlNode(YamlNode.Kind.LIST, source, path, line, col, null, t);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.items.add(read(source, p, path + "[" + list.items.size() + "]"));
            }
            return list;
        }
        String text = t == JsonToken.VALUE_NULL ? null : p.getText();
        return new YamlNode(YamlNode.Kind.SCALAR, source, path, line, col, text, t);
    }
}

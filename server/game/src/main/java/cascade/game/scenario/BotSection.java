package cascade.game.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses {@code bots:}, a list of {@code {type, count, <params of that type>}}. */
final class BotSection {
    private BotSection() {
    }

    static List<BotSpec> parse(YamlNode node) {
        List<BotSpec> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (YamlNode item : node.asList()) {
            Fields f = new Fields(item);
            BotType type = Values.choice(f.required("type"), BotType.class);
            int count = (int) Values.integer(f.required("count"), 0, BotType.MAX_COUNT);
            Map<String, Object> params = new LinkedHashMap<>();
            for (BotParam p : type.params()) {
                YamlNode v = f.optional(p.key());
                if (v != null) {
                    params.put(p.key(), value(v, p));
                }
            }
            f.finish();
            Object min = params.get("leverageMin");
            Object max = params.get("leverageMax");
            if (min != null && max != null && (Long) min > (Long) max) {
                throw f.required("leverageMin").error("must not exceed leverageMax (" + max + "), got " + min);
            }
            out.add(new BotSpec(type, count, params));
        }
        return out;
    }

    private static Object value(YamlNode v, BotParam p) {
        return switch (p.kind()) {
            case INT -> Values.integer(v, Long.parseLong(p.min()), Long.parseLong(p.max()));
            case DECIMAL -> {
                BigDecimal d = Values.decimal(v, p.min(), p.max());
                yield d;
            }
            case BOOL -> Values.bool(v);
            case CHOICE -> {
                String s = v.scalarText().strip().toLowerCase(Locale.ROOT);
                if (!p.choices().contains(s)) {
                    throw v.error("must be one of " + String.join(", ", p.choices()) + ", got " + v.describe());
                }
                yield s;
            }
        };
    }
}

package cascade.app.room;

import cascade.engine.Instrument;
import cascade.game.scenario.OrderSide;
import cascade.game.scenario.Shock;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.Set;

/**
 * An instructor's shock from JSON, in the units of the scenario file (docs/scenarios.md): {@code pct} in percent
 * ({@code -8} = −8 %), {@code seconds}/{@code over} in game seconds, {@code size} in BTC, {@code amount} in USDT,
 * {@code value} per type. Numbers may be JSON numbers or decimal strings.
 */
final class ShockJson {
    private ShockJson() {
    }

    static Shock parse(String type, JsonObject p, Instrument inst) {
        return switch (type) {
            case "index_move" -> only(p, Set.of("pct", "over"), new Shock.IndexMove(pctE8(p, "pct"), nanos(p, "over", 0)));
            case "index_step" -> only(p, Set.of("pct"), new Shock.IndexStep(pctE8(p, "pct")));
            case "feed_freeze" -> only(p, Set.of("venue", "seconds"), new Shock.FeedFreeze(venue(p), nanos(p, "seconds", 1)));
            case "outlier_venue" -> only(p, Set.of("venue", "pct", "seconds"),
                    new Shock.OutlierVenue(venue(p), pctE8(p, "pct"), nanos(p, "seconds", 1)));
            case "index_decoupling" -> only(p, Set.of("seconds"), new Shock.IndexDecoupling(nanos(p, "seconds", 1)));
            case "whale_order" -> only(p, Set.of("side", "size"), new Shock.WhaleOrder(side(p), lots(p, inst)));
            case "mm_pull" -> only(p, Set.of("seconds"), new Shock.MmPull(nanos(p, "seconds", 1)));
            case "max_leverage" -> only(p, Set.of("value"),
                    new Shock.MaxLeverage(decimal(p, "value", "1", "125").intValueExact()));
            case "mmr_multiplier" -> only(p, Set.of("value"), new Shock.MmrMultiplier(
                    decimal(p, "value", "0.1", "100").movePointRight(8).longValueExact()));
            case "insurance_fund" -> only(p, Set.of("amount"), new Shock.InsuranceFund(
                    decimal(p, "amount", "-1000000000000", "1000000000000").movePointRight(6).longValueExact()));
            case "adl" -> only(p, Set.of("value"), new Shock.Adl(bool(p)));
            case "halt" -> only(p, Set.of("seconds"), new Shock.Halt(nanos(p, "seconds", 1)));
            case "news" -> only(p, Set.of("text"), new Shock.News(text(p)));
            default -> throw new IllegalArgumentException("unknown shock type " + type);
        };
    }

    private static Shock only(JsonObject p, Set<String> keys, Shock s) {
        for (String k : p.fieldNames()) {
            if (!keys.contains(k)) {
                throw new IllegalArgumentException("params." + k + ": unknown for this shock (expected " + keys + ")");
            }
        }
        return s;
    }

    private static BigDecimal decimal(JsonObject p, String key, String min, String max) {
        Object v = p.getValue(key);
        BigDecimal d;
        if (v instanceof Number n && !(v instanceof Double dd && !Double.isFinite(dd))) {
            d = new BigDecimal(n.toString());
        } else if (v instanceof String s && Units.isDecimal(s)) {
            d = new BigDecimal(s);
        } else {
            throw new IllegalArgumentException("params." + key + ": a number is required");
        }
        if (d.compareTo(new BigDecimal(min)) < 0 || d.compareTo(new BigDecimal(max)) > 0) {
            throw new IllegalArgumentException("params." + key + ": must be between " + min + " and " + max);
        }
        return d;
    }

    private static long pctE8(JsonObject p, String key) {
        return decimal(p, key, "-99", "1000").movePointRight(6).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static long nanos(JsonObject p, String key, long minSeconds) {
        return decimal(p, key, Long.toString(minSeconds), "86400").movePointRight(9).longValue();
    }

    private static long lots(JsonObject p, Instrument inst) {
        BigDecimal lots = decimal(p, "size", "0.000001", "1000000").multiply(BigDecimal.valueOf(inst.lotsPerUnit()));
        if (lots.stripTrailingZeros().scale() > 0 || lots.signum() <= 0) {
            throw new IllegalArgumentException("params.size: must be a whole number of lots");
        }
        return lots.longValueExact();
    }

    private static OrderSide side(JsonObject p) {
        Object v = p.getValue("side");
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("params.side: BUY or SELL is required");
        }
        try {
            return OrderSide.valueOf(s.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("params.side: BUY or SELL is required");
        }
    }

    private static String venue(JsonObject p) {
        Object v = p.getValue("venue");
        if (!(v instanceof String s) || s.isEmpty() || s.length() > 40) {
            throw new IllegalArgumentException("params.venue: a venue name is required");
        }
        return s;
    }

    private static boolean bool(JsonObject p) {
        if (!(p.getValue("value") instanceof Boolean b)) {
            throw new IllegalArgumentException("params.value: true or false is required");
        }
        return b;
    }

    private static String text(JsonObject p) {
        Object v = p.getValue("text");
        if (!(v instanceof String s) || s.isBlank() || s.length() > 280) {
            throw new IllegalArgumentException("params.text: 1–280 characters");
        }
        return s;
    }
}

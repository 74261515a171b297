package cascade.app.http;

import cascade.app.room.Codes;
import cascade.app.room.Units;
import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.Set;

/**
 * Strict validation of JSON requests, shared by REST and WebSocket. JSON's own numbers are accepted only where
 * the protocol uses them (leverage, seconds, speed); values are checked for type, range and finiteness before
 * any cast, because {@link JsonObject#getInteger} would silently truncate a huge number.
 */
public final class Fields {
    private Fields() {
    }

    public static void only(JsonObject o, Set<String> allowed) {
        for (String k : o.fieldNames()) {
            if (!allowed.contains(k)) {
                throw new FieldException(Codes.PROTOCOL_UNKNOWN_FIELD, "unknown field \"" + clip(k) + "\"");
            }
        }
    }

    public static String string(JsonObject o, String key, boolean required, int maxLen) {
        Object v = o.getValue(key);
        if (v == null) {
            if (required) {
                throw missing(key);
            }
            return null;
        }
        if (!(v instanceof String s)) {
            throw bad(key, "must be a string");
        }
        if (s.isEmpty() || s.length() > maxLen) {
            throw bad(key, "must be 1–" + maxLen + " characters");
        }
        return s;
    }

    /** A plain decimal string (see {@link Units#isDecimal}); sign rules as given. */
    public static String decimal(JsonObject o, String key, boolean required, boolean negativeOk, boolean zeroOk) {
        String s = string(o, key, required, 40);
        if (s == null) {
            return null;
        }
        if (!Units.isDecimal(s)) {
            throw bad(key, "must be a decimal string like \"50000.5\"");
        }
        int sign = new java.math.BigDecimal(s).signum();
        if (sign < 0 && !negativeOk) {
            throw bad(key, "must not be negative");
        }
        if (sign == 0 && !zeroOk) {
            throw bad(key, "must not be zero");
        }
        return s;
    }

    public static String oneOf(JsonObject o, String key, boolean required, Collection<String> values) {
        String s = string(o, key, required, 40);
        if (s != null && !values.contains(s)) {
            throw bad(key, "must be one of " + String.join(", ", values));
        }
        return s;
    }

    /** A JSON integer in [min, max]. */
    public static Integer integer(JsonObject o, String key, boolean required, long min, long max) {
        Object v = o.getValue(key);
        if (v == null) {
            if (required) {
                throw missing(key);
            }
            return null;
        }
        if (!(v instanceof Integer || v instanceof Long) || ((Number) v).longValue() < min
                || ((Number) v).longValue() > max) {
            throw bad(key, "must be an integer in " + min + "–" + max);
        }
        return (int) ((Number) v).longValue();
    }

    /** A finite JSON number in [min, max] (integers accepted). */
    public static Double number(JsonObject o, String key, boolean required, double min, double max) {
        Object v = o.getValue(key);
        if (v == null) {
            if (required) {
                throw missing(key);
            }
            return null;
        }
        if (!(v instanceof Integer || v instanceof Long || v instanceof Double || v instanceof Float)) {
            throw bad(key, "must be a number");
        }
        double d = ((Number) v).doubleValue();
        if (!Double.isFinite(d) || d < min || d > max) {
            throw bad(key, "must be a finite number in " + min + "–" + max);
        }
        return d;
    }

    public static boolean bool(JsonObject o, String key, boolean dflt) {
        Object v = o.getValue(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof Boolean b)) {
            throw bad(key, "must be true or false");
        }
        return b;
    }

    public static JsonObject object(JsonObject o, String key, boolean required) {
        Object v = o.getValue(key);
        if (v == null) {
            if (required) {
                throw missing(key);
            }
            return null;
        }
        if (!(v instanceof JsonObject j)) {
            throw bad(key, "must be an object");
        }
        return j;
    }

    public static FieldException bad(String key, String rule) {
        return new FieldException(Codes.PROTOCOL_BAD_FIELD, key + ": " + rule);
    }

    private static FieldException missing(String key) {
        return new FieldException(Codes.PROTOCOL_BAD_FIELD, key + ": is required");
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

package cascade.game.scenario;

import com.fasterxml.jackson.core.JsonToken;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Typed reads of scalar YAML values with range checks and exact unit conversion. Decimals are read from the
 * text as written (never through a double), so {@code 0.1} is exactly one tenth. Every failure names the
 * value's key path and line.
 */
final class Values {
    static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Values() {
    }

    static String string(YamlNode n) {
        String s = n.scalarText();
        if (s.isBlank()) {
            throw n.error("must not be empty");
        }
        return s;
    }

    static BigDecimal decimal(YamlNode n) {
        String s = n.scalarText().strip().replace("_", "");
        if (n.token == JsonToken.VALUE_TRUE || n.token == JsonToken.VALUE_FALSE) {
            throw n.error("must be a number, got " + n.describe());
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw n.error("must be a number, got " + n.describe());
        }
    }

    static BigDecimal decimal(YamlNode n, String min, String max) {
        BigDecimal v = decimal(n);
        if (v.compareTo(new BigDecimal(min)) < 0 || v.compareTo(new BigDecimal(max)) > 0) {
            throw n.error("must be between " + min + " and " + max + ", got " + v.toPlainString());
        }
        return v;
    }

    static double real(YamlNode n, String min, String max) {
        return decimal(n, min, max).doubleValue();
    }

    static long integer(YamlNode n, long min, long max) {
        BigDecimal v = decimal(n);
        BigInteger i;
        try {
            i = v.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw n.error("must be a whole number, got " + n.describe());
        }
        if (i.compareTo(BigInteger.valueOf(min)) < 0 || i.compareTo(BigInteger.valueOf(max)) > 0) {
            throw n.error("must be between " + min + " and " + max + ", got " + i);
        }
        return i.longValue();
    }

    /**
     * {@code value × factor} as an exact integer in [min, max] (after scaling): e.g. USDT → micro-USDT with
     * factor 10^6, percent → parts per 10^8 with factor 10^6. {@code unit} names the precision for the error.
     */
    static long scaled(YamlNode n, BigDecimal value, long factor, String unit, long min, long max) {
        BigDecimal s = value.multiply(BigDecimal.valueOf(factor));
        long r;
        try {
            r = s.toBigIntegerExact().longValueExact();
        } catch (ArithmeticException e) {
            throw n.error("must be a multiple of " + unit + ", got " + value.toPlainString());
        }
        if (r < min || r > max) {
            throw n.error("must be between " + BigDecimal.valueOf(min).divide(BigDecimal.valueOf(factor)).toPlainString()
                    + " and " + BigDecimal.valueOf(max).divide(BigDecimal.valueOf(factor)).toPlainString()
                    + ", got " + value.toPlainString());
        }
        return r;
    }

    /** Percent (e.g. {@code -8.5}) → parts per 10^8 of the whole (−8,500,000). */
    static long pctE8(YamlNode n, String min, String max) {
        return scaled(n, decimal(n, min, max), 1_000_000L, "0.000001 %", Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** USDT → micro-USDT. */
    static long micros(YamlNode n, String min, String max) {
        return scaled(n, decimal(n, min, max), 1_000_000L, "0.000001 USDT", Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static boolean bool(YamlNode n) {
        if (n.token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (n.token == JsonToken.VALUE_FALSE) {
            return false;
        }
        String s = n.kind == YamlNode.Kind.SCALAR && n.text != null ? n.text.strip().toLowerCase(Locale.ROOT) : "";
        return switch (s) {
            case "on", "yes", "true" -> true;
            case "off", "no", "false" -> false;
            default -> throw n.error("must be true/false (or on/off), got " + n.describe());
        };
    }

    /**
     * A game duration: seconds as a number ({@code 90}, {@code 0.5}) or a clock string {@code "mm:ss"} /
     * {@code "h:mm:ss"}. Returns nanoseconds in [minSeconds, maxSeconds].
     */
    static long durationNanos(YamlNode n, long minSeconds, long maxSeconds) {
        String s = n.scalarText().strip();
        BigDecimal seconds;
        if (s.contains(":")) {
            String[] parts = s.split(":", -1);
            if (parts.length > 3 || !s.matches("\\d+(:[0-5]\\d){1,2}(\\.\\d+)?")) {
                throw n.error("must be seconds or \"mm:ss\" / \"h:mm:ss\", got " + n.describe());
            }
            seconds = BigDecimal.ZERO;
            for (String p : parts) {
                seconds = seconds.multiply(BigDecimal.valueOf(60)).add(new BigDecimal(p));
            }
        } else {
            try {
                seconds = new BigDecimal(s.replace("_", ""));
            } catch (NumberFormatException e) {
                throw n.error("must be seconds or \"mm:ss\" / \"h:mm:ss\", got " + n.describe());
            }
        }
        if (seconds.compareTo(BigDecimal.valueOf(minSeconds)) < 0 || seconds.compareTo(BigDecimal.valueOf(maxSeconds)) > 0) {
            throw n.error("must be between " + minSeconds + " and " + maxSeconds + " seconds, got " + s);
        }
        return seconds.multiply(BigDecimal.valueOf(NANOS_PER_SECOND)).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
    }

    static Instant instant(YamlNode n) {
        String s = n.scalarText().strip();
        try {
            return Instant.parse(s.length() == 17 && s.endsWith("Z") ? s.replace("Z", ":00Z") : s);
        } catch (DateTimeParseException e) {
            throw n.error("must be an ISO-8601 UTC instant like 2020-03-12T10:00:00Z, got " + n.describe());
        }
    }

    /** One of {@code allowed} (case-insensitive), as written in the enum's YAML name. */
    static <E extends Enum<E>> E choice(YamlNode n, Class<E> type) {
        String s = n.scalarText().strip().toLowerCase(Locale.ROOT);
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (name.equals(s)) {
                return e;
            }
            names.append(names.length() == 0 ? "" : ", ").append(name);
        }
        throw n.error("must be one of " + names + ", got " + n.describe());
    }
}

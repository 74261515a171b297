package cascade.app.room;

import cascade.engine.Instrument;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Wire decimals ⇄ engine integers for one instrument. Parsing is exact: a price that is not a whole number of
 * ticks is refused, never rounded, so the client sees what the engine will do.
 */
public final class Units {
    /** Plain decimals only: no exponent, no sign on zero padding tricks, at most 18 + 18 digits. */
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?");
    public static final int MONEY_SCALE = 6;
    public static final int RATE_SCALE = 8;

    private final Instrument inst;
    private final int priceScale;
    private final int qtyScale;

    public Units(Instrument inst) {
        this.inst = inst;
        this.priceScale = scaleOf(inst.ticksPerUnit());
        this.qtyScale = scaleOf(inst.lotsPerUnit());
    }

    private static int scaleOf(long perUnit) {
        // 10^6 is divisible by perUnit (Instrument's invariant), so 1/perUnit terminates.
        return Math.max(0, BigDecimal.ONE.divide(BigDecimal.valueOf(perUnit)).stripTrailingZeros().scale());
    }

    public Instrument instrument() {
        return inst;
    }

    public String price(long ticks) {
        return BigDecimal.valueOf(ticks).divide(BigDecimal.valueOf(inst.ticksPerUnit())).setScale(priceScale).toPlainString();
    }

    public String qty(long lots) {
        return BigDecimal.valueOf(lots).divide(BigDecimal.valueOf(inst.lotsPerUnit())).setScale(qtyScale).toPlainString();
    }

    public static String money(long micros) {
        return BigDecimal.valueOf(micros, MONEY_SCALE).toPlainString();
    }

    public static String rate(long e8) {
        return BigDecimal.valueOf(e8, RATE_SCALE).toPlainString();
    }

    /** Decimal syntax check shared by the gateway's validation (no instrument needed). */
    public static boolean isDecimal(String s) {
        return s != null && s.length() <= 40 && DECIMAL.matcher(s).matches();
    }

    /** Ticks for an exact price; throws {@link IllegalArgumentException} when not a whole tick or out of range. */
    public long priceTicks(String s) {
        return exact(s, inst.ticksPerUnit(), "price", "tick");
    }

    public long qtyLots(String s) {
        return exact(s, inst.lotsPerUnit(), "quantity", "lot");
    }

    public static long micros(String s) {
        return exact(s, 1_000_000L, "amount", "micro-USDT");
    }

    private static long exact(String s, long perUnit, String what, String unit) {
        if (!isDecimal(s)) {
            throw new IllegalArgumentException(what + " must be a plain decimal string, got \"" + clip(s) + "\"");
        }
        BigDecimal scaled = new BigDecimal(s).multiply(BigDecimal.valueOf(perUnit));
        BigInteger whole;
        try {
            whole = scaled.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " " + s + " is not a whole number of " + unit + "s");
        }
        if (whole.bitLength() > 62) {
            throw new IllegalArgumentException(what + " " + clip(s) + " is out of range");
        }
        return whole.longValue();
    }

    static String clip(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

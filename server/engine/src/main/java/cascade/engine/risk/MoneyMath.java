package cascade.engine.risk;

/**
 * Exact integer arithmetic for money. {@code a × b / c} without overflow (128-bit intermediate), with the
 * rounding named in the method: requirements round up, payouts round down (RULES.md "Units").
 */
public final class MoneyMath {
    private MoneyMath() {
    }

    /** floor(a × b / c) for c > 0; a and b may be negative. */
    public static long mulDivFloor(long a, long b, long c) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return Math.floorDiv(lo, c);
        }
        return java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b))
                .divide(java.math.BigInteger.valueOf(c)).longValueExact() - (needsFloorAdjust(a, b, c) ? 1 : 0);
    }

    /** ceil(a × b / c) for c > 0. */
    public static long mulDivCeil(long a, long b, long c) {
        return -mulDivFloor(-a, b, c);
    }

    private static boolean needsFloorAdjust(long a, long b, long c) {
        java.math.BigInteger p = java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b));
        java.math.BigInteger[] qr = p.divideAndRemainder(java.math.BigInteger.valueOf(c));
        return qr[1].signum() != 0 && (p.signum() < 0);
    }

    /** ceil(a / b) for b > 0. */
    public static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}

package cascade.engine.risk;

import java.math.BigInteger;

/**
 * Exact integer arithmetic for money. {@code a × b / c} without overflow (128-bit intermediate), with the
 * rounding named in the method: requirements round up, payouts round down (RULES.md "Units"). A result that
 * does not fit in a long throws {@link ArithmeticException} rather than wrapping.
 */
public final class MoneyMath {
    private MoneyMath() {
    }

    /** floor(a × b / c) for c > 0; a and b may be negative. */
    public static long mulDivFloor(long a, long b, long c) {
        requirePositive(c);
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return Math.floorDiv(lo, c);
        }
        // a = q·c + r with 0 ≤ r < c, so a·b/c = q·b + r·b/c and floor(a·b/c) = q·b + floor(r·b/c) exactly.
        // With rates (b ≤ 10^8, c = 10^8) every partial product fits: no BigInteger on the hot path.
        long q = Math.floorDiv(a, c);
        long r = Math.floorMod(a, c);
        if (fits(q, b) && fits(r, b)) {
            long head = q * b;
            long tail = Math.floorDiv(r * b, c);
            long sum = head + tail;
            if (((head ^ sum) & (tail ^ sum)) >= 0) {
                return sum;
            }
        }
        return floorDiv(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), BigInteger.valueOf(c));
    }

    private static boolean fits(long x, long y) {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0);
    }

    /** ceil(a × b / c) for c > 0; a and b may be negative. */
    public static long mulDivCeil(long a, long b, long c) {
        requirePositive(c);
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) && lo != Long.MIN_VALUE) {
            return -Math.floorDiv(-lo, c);
        }
        if (a != Long.MIN_VALUE) {
            return -mulDivFloor(-a, b, c); // ceil(x) = −floor(−x); the split path above handles the overflow
        }
        BigInteger p = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        return -floorDiv(p.negate(), BigInteger.valueOf(c));
    }

    /** ceil(a / b) for b > 0. */
    public static long ceilDiv(long a, long b) {
        requirePositive(b);
        if (a == Long.MIN_VALUE) {
            return -floorDiv(BigInteger.valueOf(a).negate(), BigInteger.valueOf(b));
        }
        return -Math.floorDiv(-a, b);
    }

    private static long floorDiv(BigInteger p, BigInteger c) {
        BigInteger[] qr = p.divideAndRemainder(c);
        BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        return q.longValueExact();
    }

    private static void requirePositive(long c) {
        if (c <= 0) {
            throw new IllegalArgumentException("MoneyMath: divisor must be positive, was " + c);
        }
    }
}

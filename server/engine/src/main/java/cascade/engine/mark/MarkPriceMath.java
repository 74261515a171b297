package cascade.engine.mark;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Pure pieces of the mark price (MECHANICS §1.1, RULES.md "Mark price"):
 * {@code mark = median(P1, P2, last)} with {@code P1 = index × (1 + lastFundingRate × timeToFunding / interval)}.
 * Prices in ticks, rates in parts per 10^8, time in game nanoseconds.
 */
public final class MarkPriceMath {
    private static final BigInteger E8 = BigInteger.valueOf(100_000_000L);

    private MarkPriceMath() {
    }

    /**
     * {@code P1 = index + index × rate × timeToFunding / (10^8 × interval)}, rounded to the nearest tick with
     * halves away from zero (a mark has no side to favour). {@code timeToFunding} is clamped to
     * {@code [0, interval]} so a late or early call cannot overshoot the funding premium.
     */
    public static long price1Ticks(long indexTicks, long lastFundingRateE8, long timeToFundingNanos, long intervalNanos) {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("mark price: funding interval must be positive");
        }
        long t = Math.max(0, Math.min(timeToFundingNanos, intervalNanos));
        BigInteger premium = BigInteger.valueOf(indexTicks).multiply(BigInteger.valueOf(lastFundingRateE8))
                .multiply(BigInteger.valueOf(t));
        BigInteger den = E8.multiply(BigInteger.valueOf(intervalNanos));
        long rounded = new BigDecimal(premium).divide(new BigDecimal(den), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return Math.addExact(indexTicks, rounded);
    }

    /** The median of three prices (any order, ties allowed). */
    public static long median3(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}

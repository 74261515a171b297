package cascade.game.feed.venue;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * MECHANICS §1.1 / RULES.md index robustness rules as a pure function, exact in integers:
 * <ol>
 *   <li>stale sources (decided by the caller) take no part;</li>
 *   <li>the median of the fresh sources is taken (even count: mean of the two middle values, round half-up);</li>
 *   <li>a source deviates when {@code |p − median| > threshold × median};</li>
 *   <li>no deviation → weighted average of the fresh sources; exactly one → weighted average of the others;
 *       more than one → the plain median of all fresh sources.</li>
 * </ol>
 * Weighted average = {@code Σ wᵢpᵢ / Σ wᵢ}, round half-up.
 */
public final class IndexCombiner {
    /** 5 % in parts per 10^8. */
    public static final long DEFAULT_OUTLIER_THRESHOLD_E8 = 5_000_000L;
    private static final BigInteger E8 = BigInteger.valueOf(100_000_000L);

    private IndexCombiner() {
    }

    /** Result; {@code indexTicks} is −1 when no source is fresh. */
    public record Combination(long indexTicks, CombineRule rule, VenueStatus[] statuses) {
    }

    public static Combination combine(long[] ticks, boolean[] fresh, long[] weights, long thresholdE8) {
        int n = ticks.length;
        VenueStatus[] status = new VenueStatus[n];
        long[] live = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (fresh[i]) {
                live[m++] = ticks[i];
            } else {
                status[i] = VenueStatus.STALE;
            }
        }
        if (m == 0) {
            return new Combination(-1, CombineRule.HELD_NO_FRESH_SOURCE, status);
        }
        long[] sorted = Arrays.copyOf(live, m);
        Arrays.sort(sorted);
        long median = m % 2 == 1 ? sorted[m / 2]
                : Math.floorDiv(sorted[m / 2 - 1] + sorted[m / 2] + 1, 2);
        int deviating = 0;
        int outlier = -1;
        for (int i = 0; i < n; i++) {
            if (fresh[i] && deviates(ticks[i], median, thresholdE8)) {
                deviating++;
                outlier = i;
            }
        }
        if (deviating > 1) {
            for (int i = 0; i < n; i++) {
                if (fresh[i]) {
                    status[i] = VenueStatus.MEDIAN;
                }
            }
            return new Combination(median, CombineRule.MEDIAN_OF_ALL, status);
        }
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            if (!fresh[i]) {
                continue;
            }
            if (i == outlier) {
                status[i] = VenueStatus.OUTLIER;
                continue;
            }
            status[i] = VenueStatus.USED;
            num = num.add(BigInteger.valueOf(weights[i]).multiply(BigInteger.valueOf(ticks[i])));
            den = den.add(BigInteger.valueOf(weights[i]));
        }
        if (den.signum() == 0) {
            // a single fresh source that is its own median cannot deviate; kept for safety
            return new Combination(median, CombineRule.MEDIAN_OF_ALL, status);
        }
        long avg = num.shiftLeft(1).add(den).divide(den.shiftLeft(1)).longValueExact();
        return new Combination(avg, deviating == 1 ? CombineRule.OUTLIER_EXCLUDED : CombineRule.WEIGHTED_AVERAGE, status);
    }

    static boolean deviates(long price, long median, long thresholdE8) {
        BigInteger diff = BigInteger.valueOf(Math.abs(price - median)).multiply(E8);
        return diff.compareTo(BigInteger.valueOf(median).multiply(BigInteger.valueOf(thresholdE8))) > 0;
    }
}

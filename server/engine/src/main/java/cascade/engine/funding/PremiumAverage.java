package cascade.engine.funding;

/**
 * Linearly time-weighted average of premium-index samples over one funding interval (MECHANICS §5.1):
 * {@code P̄ = (1·P1 + 2·P2 + … + n·Pn) / (1 + 2 + … + n)}. Immutable; the two fields are the whole state, so a
 * snapshot stores them and {@code new PremiumAverage(samples, weightedSumE8)} restores it.
 *
 * @param samples        n, the number of samples taken this interval
 * @param weightedSumE8  Σ i·P_i in parts per 10^8 (overflow throws; one sample per game-second for 24 h at
 *                       ±100 % stays below 4 × 10^17)
 */
public record PremiumAverage(long samples, long weightedSumE8) {
    public static final PremiumAverage EMPTY = new PremiumAverage(0, 0);

    public PremiumAverage {
        if (samples < 0) {
            throw new IllegalArgumentException("premium average: sample count must not be negative");
        }
    }

    /** This average with sample n+1 added at weight n+1. */
    public PremiumAverage plus(long premiumE8) {
        long n = Math.addExact(samples, 1);
        return new PremiumAverage(n, Math.addExact(weightedSumE8, Math.multiplyExact(n, premiumE8)));
    }

    /** P̄ in parts per 10^8, truncated toward zero; 0 with no samples (then the rate is the clamped interest). */
    public long averageE8() {
        if (samples == 0) {
            return 0;
        }
        long weights = samples % 2 == 0
                ? Math.multiplyExact(samples / 2, samples + 1)
                : Math.multiplyExact(samples, (samples + 1) / 2);
        return weightedSumE8 / weights; // Java's long division truncates toward zero
    }
}

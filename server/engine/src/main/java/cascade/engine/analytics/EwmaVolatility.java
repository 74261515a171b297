package cascade.engine.analytics;

/**
 * EWMA volatility of the mark (RULES.md "Liquidation probability"): one log return per game-second, weights
 * halving every {@code halfLifeSeconds}, zero-mean (RiskMetrics style), annualised on game time with a
 * 365-day year. Immutable; the record components are the whole state, so a snapshot stores them and the
 * canonical constructor restores them (store doubles by their raw bits to keep the state hash exact).
 *
 * <p>Warm-up is bias-corrected: the estimate is {@code Σ wᵢ rᵢ² / Σ wᵢ} over the samples seen, not a decay
 * from an arbitrary starting variance, so the first return already gives a usable (noisy) value.
 *
 * @param decay          λ = 0.5^(1 / half-life in samples), the weight kept by the old estimate each second
 * @param lastMarkTicks  the previous sample's mark, 0 before the first sample
 * @param returns        number of returns folded in
 * @param weightedSumSq  Σ wᵢ rᵢ² (r = ln(markᵢ / markᵢ₋₁), per game-second)
 * @param weightSum      Σ wᵢ
 */
public record EwmaVolatility(double decay, long lastMarkTicks, long returns, double weightedSumSq, double weightSum) {

    public EwmaVolatility {
        if (!(decay > 0 && decay < 1)) {
            throw new IllegalArgumentException("EWMA volatility: decay must be in (0, 1)");
        }
        if (lastMarkTicks < 0 || returns < 0 || !(weightedSumSq >= 0) || !(weightSum >= 0)) {
            throw new IllegalArgumentException("EWMA volatility: state must not be negative");
        }
    }

    /** An empty estimator whose weights halve every {@code halfLifeSeconds} game-seconds (default 300). */
    public static EwmaVolatility withHalfLife(double halfLifeSeconds) {
        if (!(halfLifeSeconds > 0) || Double.isInfinite(halfLifeSeconds)) {
            throw new IllegalArgumentException("EWMA volatility: half-life must be positive and finite");
        }
        return new EwmaVolatility(StrictMath.pow(0.5, 1.0 / halfLifeSeconds), 0, 0, 0.0, 0.0);
    }

    /** The estimator after this game-second's mark (call once per game-second, in order). */
    public EwmaVolatility sample(long markTicks) {
        if (markTicks <= 0) {
            throw new IllegalArgumentException("EWMA volatility: mark must be positive");
        }
        if (lastMarkTicks == 0) {
            return new EwmaVolatility(decay, markTicks, 0, 0.0, 0.0);
        }
        double r = StrictMath.log((double) markTicks / lastMarkTicks);
        return new EwmaVolatility(decay, markTicks, returns + 1,
                decay * weightedSumSq + (1 - decay) * r * r,
                decay * weightSum + (1 - decay));
    }

    /** Variance of a one-game-second log return; 0 before the first return. */
    public double variancePerSecond() {
        return weightSum == 0 ? 0.0 : weightedSumSq / weightSum;
    }

    /** σ per √year: √(variance per second × seconds per 365-day year). */
    public double sigmaAnnual() {
        return StrictMath.sqrt(variancePerSecond() * LiquidationProbability.SECONDS_PER_YEAR);
    }
}

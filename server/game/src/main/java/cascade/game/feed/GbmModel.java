package cascade.game.feed;

/**
 * Geometric Brownian motion: {@code d ln S = (μ − σ²/2) dt + σ dW}, exact discretisation for any step.
 * μ and σ are annualised (fractions, 0.6 = 60 %), the year being 365 days of game time.
 */
public final class GbmModel extends LogPriceModel {
    private final double drift;
    private final double vol;

    /**
     * @param startTicks start price in ticks
     * @param drift      μ per year (0.1 = +10 %/year)
     * @param vol        σ per year (0.6 = 60 %)
     * @param seed       RNG seed
     */
    public GbmModel(long startTicks, double drift, double vol, long seed) {
        super(startTicks, seed);
        if (!(vol >= 0) || !Double.isFinite(drift)) {
            throw new IllegalArgumentException("gbm: volatility must be ≥ 0 and drift finite");
        }
        this.drift = drift;
        this.vol = vol;
    }

    @Override
    protected double logIncrement(double dtYears, long dtNanos) {
        return (drift - 0.5 * vol * vol) * dtYears + vol * StrictMath.sqrt(dtYears) * rng.nextGaussian();
    }
}

package cascade.game.feed;

/**
 * Merton jump diffusion: GBM plus a compound Poisson process of log-normal jumps. Jump count per step ~
 * Poisson(λ·dt) with λ per game-hour; each jump adds N(jumpMean, jumpStdev²) to the log price. The drift is
 * compensated by {@code −λκ}, {@code κ = exp(m + s²/2) − 1}, so the expected price still grows at μ.
 */
public final class JumpDiffusionModel extends LogPriceModel {
    private static final double HOURS_PER_YEAR = 365.0 * 24;
    private final double drift;
    private final double vol;
    private final double jumpsPerHour;
    private final double jumpMean;
    private final double jumpStdev;

    /**
     * @param drift        μ per year (fraction)
     * @param vol          diffusive σ per year (fraction)
     * @param jumpsPerHour λ, expected jumps per game-hour
     * @param jumpMean     mean jump in log terms (−0.02 ≈ −2 %)
     * @param jumpStdev    jump stdev in log terms
     */
    public JumpDiffusionModel(long startTicks, double drift, double vol, double jumpsPerHour, double jumpMean,
                              double jumpStdev, long seed) {
        super(startTicks, seed);
        if (!(vol >= 0) || !(jumpsPerHour >= 0) || !(jumpStdev >= 0) || !Double.isFinite(jumpMean)
                || !Double.isFinite(drift)) {
            throw new IllegalArgumentException("jump: vol, intensity and jump stdev must be ≥ 0");
        }
        this.drift = drift;
        this.vol = vol;
        this.jumpsPerHour = jumpsPerHour;
        this.jumpMean = jumpMean;
        this.jumpStdev = jumpStdev;
    }

    @Override
    protected double logIncrement(double dtYears, long dtNanos) {
        double lambdaYear = jumpsPerHour * HOURS_PER_YEAR;
        double kappa = StrictMath.exp(jumpMean + 0.5 * jumpStdev * jumpStdev) - 1;
        double diffusion = (drift - lambdaYear * kappa - 0.5 * vol * vol) * dtYears
                + vol * StrictMath.sqrt(dtYears) * rng.nextGaussian();
        int jumps = poisson(rng, lambdaYear * dtYears);
        double jump = 0;
        for (int i = 0; i < jumps; i++) {
            jump += jumpMean + jumpStdev * rng.nextGaussian();
        }
        return diffusion + jump;
    }

    /** Knuth's method; fine for the small means of a 100 ms step. Capped at 1000 jumps per step. */
    static int poisson(cascade.game.rng.SeededRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = StrictMath.exp(-mean);
        double p = rng.nextDouble();
        int k = 0;
        while (p > limit && k < 1000) {
            p *= rng.nextDouble();
            k++;
        }
        return k;
    }
}

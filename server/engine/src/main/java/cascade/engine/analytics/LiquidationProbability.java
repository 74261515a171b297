package cascade.engine.analytics;

/**
 * Probability that the mark price touches the liquidation price within a horizon (MECHANICS §6.1, RULES.md
 * "Liquidation probability"): first passage of a GBM {@code dS = μS dt + σS dW} through a fixed barrier,
 * {@code ν = μ − σ²/2}, year = 365 days. Continuous monitoring by default; with a monitoring interval Δt the
 * Broadie–Glasserman–Kou shift moves the barrier away from S by {@code exp(βσ√Δt)}, β = 0.5826, and the
 * continuous formula is reused. Doubles (display only, never money); {@link StrictMath} keeps them
 * bit-identical across JVMs. GBM has no jumps and no feedback, so this is a baseline that understates
 * cascade risk.
 */
public final class LiquidationProbability {
    public static final double BGK_BETA = 0.5826;
    public static final double SECONDS_PER_YEAR = 365.0 * 24 * 3600;

    private LiquidationProbability() {
    }

    /**
     * As {@link #probability(boolean, double, double, double, double, double, double)} with the barrier's side
     * inferred: below the mark is a long's (lower) barrier, above is a short's (upper); equal → 1.
     */
    public static double probability(double markPrice, double barrierPrice, double sigmaAnnual, double muAnnual,
                                     double horizonSeconds, double monitoringIntervalSeconds) {
        requirePositive("mark price", markPrice);
        requirePositive("barrier price", barrierPrice);
        return probability(barrierPrice <= markPrice, markPrice, barrierPrice, sigmaAnnual, muAnnual,
                horizonSeconds, monitoringIntervalSeconds);
    }

    /**
     * @param lowerBarrier              true for a long (liquidated when the mark falls to the barrier), false for
     *                                  a short (liquidated when it rises to it)
     * @param markPrice                 S, USDT (any consistent unit), > 0
     * @param barrierPrice              the liquidation price (not the bankruptcy price), > 0
     * @param sigmaAnnual               σ per √year, ≥ 0
     * @param muAnnual                  μ per year, any finite value
     * @param horizonSeconds            T in game seconds, ≥ 0
     * @param monitoringIntervalSeconds Δt between margin checks in game seconds; 0 = continuous monitoring
     * @return P(barrier touched by T) in [0, 1]; 1 if the barrier is already crossed, 0 for T = 0 otherwise;
     * with σ = 0 the path is deterministic ({@code S·e^{μt}}) and the answer is 0 or 1
     * @throws IllegalArgumentException on NaN, infinite or out-of-range inputs
     */
    public static double probability(boolean lowerBarrier, double markPrice, double barrierPrice, double sigmaAnnual,
                                     double muAnnual, double horizonSeconds, double monitoringIntervalSeconds) {
        requirePositive("mark price", markPrice);
        requirePositive("barrier price", barrierPrice);
        requireNonNegative("sigma", sigmaAnnual);
        requireNonNegative("horizon", horizonSeconds);
        requireNonNegative("monitoring interval", monitoringIntervalSeconds);
        if (!Double.isFinite(muAnnual)) {
            throw new IllegalArgumentException("liquidation probability: mu must be finite");
        }
        boolean crossed = lowerBarrier ? markPrice <= barrierPrice : markPrice >= barrierPrice;
        if (crossed) {
            return 1.0;
        }
        if (horizonSeconds == 0) {
            return 0.0;
        }
        double t = horizonSeconds / SECONDS_PER_YEAR;
        if (sigmaAnnual == 0) {
            double end = StrictMath.log(markPrice) + muAnnual * t; // the log path is monotone, so its end is its extreme
            double logBarrier = StrictMath.log(barrierPrice);
            return (lowerBarrier ? end <= logBarrier : end >= logBarrier) ? 1.0 : 0.0;
        }
        double shift = barrierShiftFactor(sigmaAnnual, monitoringIntervalSeconds);
        double barrier = lowerBarrier ? barrierPrice * shift : barrierPrice / shift;
        double b = StrictMath.log(barrier / markPrice);
        double nu = muAnnual - 0.5 * sigmaAnnual * sigmaAnnual;
        double s = sigmaAnnual * StrictMath.sqrt(t);
        double reflection = 2 * nu * b / (sigmaAnnual * sigmaAnnual);
        double p;
        if (lowerBarrier) {
            p = Normal.cdf((b - nu * t) / s) + StrictMath.exp(reflection + Normal.logCdf((b + nu * t) / s));
        } else {
            p = Normal.cdf((-b + nu * t) / s) + StrictMath.exp(reflection + Normal.logCdf((-b - nu * t) / s));
        }
        return Math.max(0.0, Math.min(1.0, p));
    }

    /**
     * The Broadie–Glasserman–Kou factor {@code exp(−βσ√Δt)} (Δt in years) that multiplies a lower barrier; an
     * upper barrier is divided by it. 1 for continuous monitoring. σ = 60 %, Δt = 1 min → 0.99952.
     */
    public static double barrierShiftFactor(double sigmaAnnual, double monitoringIntervalSeconds) {
        requireNonNegative("sigma", sigmaAnnual);
        requireNonNegative("monitoring interval", monitoringIntervalSeconds);
        return StrictMath.exp(-BGK_BETA * sigmaAnnual * StrictMath.sqrt(monitoringIntervalSeconds / SECONDS_PER_YEAR));
    }

    private static void requirePositive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("liquidation probability: " + name + " must be positive and finite");
        }
    }

    private static void requireNonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("liquidation probability: " + name + " must be ≥ 0 and finite");
        }
    }
}

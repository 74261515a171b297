package cascade.engine.analytics;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monte-Carlo cross-check of MECHANICS §6.1 with a seeded {@link Random} (its Gaussian is specified, so the
 * draws are the same on every JDK). 20,000 GBM paths in 24 exact log-normal steps of 10 game-minutes over 4 h;
 * tolerance 4 standard errors of the estimated proportion.
 */
class LiquidationProbabilityMonteCarloTest {
    private static final int PATHS = 20_000;
    private static final int STEPS = 24;
    private static final double STEP_SECONDS = 600;
    private static final double S = 100;
    private static final double SIGMA = 0.8;
    private static final double MU = -10; // strong drift so that ν matters (μT ≈ −0.46 %, barrier at −2 %)

    @Test
    void continuousFormulaMatchesPathsWithBrownianBridgeCrossings() {
        // Between two checks the log price is a Brownian bridge; it touches b with probability
        // exp(−2 (x0 − b)(x1 − b) / (σ² Δt)), which makes coarse steps exact for continuous monitoring.
        for (boolean lower : new boolean[]{true, false}) {
            double barrier = lower ? 98 : 102;
            double mc = simulate(lower, barrier, true, 42);
            double p = LiquidationProbability.probability(S, barrier, SIGMA, MU, STEPS * STEP_SECONDS, 0);
            assertThat(Math.abs(mc - p)).as("lower=%s mc=%f formula=%f", lower, mc, p).isLessThan(4 * se(p));
        }
    }

    @Test
    void discreteChecksMatchTheBroadieGlassermanKouShiftAndNotTheContinuousFormula() {
        for (boolean lower : new boolean[]{true, false}) {
            double barrier = lower ? 98 : 102;
            double mc = simulate(lower, barrier, false, 7);
            double shifted = LiquidationProbability.probability(S, barrier, SIGMA, MU, STEPS * STEP_SECONDS, STEP_SECONDS);
            double continuous = LiquidationProbability.probability(S, barrier, SIGMA, MU, STEPS * STEP_SECONDS, 0);
            assertThat(Math.abs(mc - shifted)).as("lower=%s mc=%f bgk=%f", lower, mc, shifted).isLessThan(4 * se(shifted));
            // The correction is material at this step size: the continuous answer is outside the band.
            assertThat(continuous - mc).isGreaterThan(4 * se(continuous));
        }
    }

    private static double simulate(boolean lower, double barrier, boolean bridge, long seed) {
        Random rng = new Random(seed);
        double dt = STEP_SECONDS / LiquidationProbability.SECONDS_PER_YEAR;
        double drift = (MU - SIGMA * SIGMA / 2) * dt;
        double vol = SIGMA * Math.sqrt(dt);
        double b = Math.log(barrier / S);
        int hits = 0;
        for (int path = 0; path < PATHS; path++) {
            double x = 0;
            for (int step = 0; step < STEPS; step++) {
                double next = x + drift + vol * rng.nextGaussian();
                boolean crossed = lower ? next <= b : next >= b;
                if (!crossed && bridge) {
                    double touch = Math.exp(-2 * (x - b) * (next - b) / (vol * vol));
                    crossed = rng.nextDouble() < touch;
                }
                if (crossed) {
                    hits++;
                    break;
                }
                x = next;
            }
        }
        return hits / (double) PATHS;
    }

    private static double se(double p) {
        return Math.sqrt(p * (1 - p) / PATHS);
    }
}

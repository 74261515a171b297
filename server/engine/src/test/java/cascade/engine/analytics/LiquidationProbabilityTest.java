package cascade.engine.analytics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * MECHANICS §6.1 first passage of GBM. Prices in USDT, σ and μ per year (365 days), times in game seconds.
 * Reference values were computed with mpmath at 40 digits from the §6.1 formulas.
 */
class LiquidationProbabilityTest {
    private static final double DAY = 86_400;

    @ParameterizedTest(name = "S {0}, B {1}, σ {2}, μ {3}, T {4}s")
    @CsvSource({
            "60000, 57000, 0.8, 0, 86400, 0.22629681645612029",
            "60000, 63000, 0.8, 0, 86400, 0.23804158889356121",
            "60000, 57000, 0.6, -3, 604800, 0.76496813689191368",
            "60000, 63000, 0.6, 2, 604800, 0.69060892737518702",
            "60000, 47690.76, 0.6, 0, 2592000, 0.20360443176201573"})
    void matchesHighPrecisionReferenceValues(double s, double b, double sigma, double mu, double t, double expected) {
        assertThat(LiquidationProbability.probability(s, b, sigma, mu, t, 0)).isCloseTo(expected, within(1e-13));
    }

    @Test
    void muZeroSpecialCaseUsesSOverB() {
        // μ = 0: exp(2νb/σ²) = S/B, so P = Φ((b + σ²T/2)/(σ√T)) + (S/B) Φ((b − σ²T/2)/(σ√T)).
        double s = 60_000, b = 55_000, sigma = 0.7, t = 3 * DAY / LiquidationProbability.SECONDS_PER_YEAR;
        double lb = Math.log(b / s), sd = sigma * Math.sqrt(t), half = sigma * sigma * t / 2;
        double expected = Normal.cdf((lb + half) / sd) + (s / b) * Normal.cdf((lb - half) / sd);
        assertThat(LiquidationProbability.probability(s, b, sigma, 0, 3 * DAY, 0)).isCloseTo(expected, within(1e-14));
    }

    @Test
    void driftlessLogPriceGivesTheReflectionPrinciple() {
        // ν = 0 (μ = σ²/2): P = 2 Φ(b / (σ√T)) for either barrier at log-distance |b|.
        double sigma = 0.5, mu = sigma * sigma / 2, t = 2 * DAY;
        double sd = sigma * Math.sqrt(t / LiquidationProbability.SECONDS_PER_YEAR);
        double lower = LiquidationProbability.probability(100, 97, sigma, mu, t, 0);
        double upper = LiquidationProbability.probability(100, 100 * 100 / 97.0, sigma, mu, t, 0);
        assertThat(lower).isCloseTo(2 * Normal.cdf(Math.log(0.97) / sd), within(1e-14));
        assertThat(upper).isCloseTo(lower, within(1e-14));
    }

    @Test
    void lowerAndUpperAreMirrorImages() {
        // X → −X maps a lower barrier at b with drift ν to an upper barrier at −b with drift −ν:
        // barrier S²/B and μ' = −μ + σ² (so that ν' = −ν).
        double s = 60_000, b = 57_000, sigma = 0.9, mu = 1.5, t = 5 * DAY;
        double lower = LiquidationProbability.probability(s, b, sigma, mu, t, 0);
        double upper = LiquidationProbability.probability(s, s * s / b, sigma, -mu + sigma * sigma, t, 0);
        assertThat(upper).isCloseTo(lower, within(1e-13));
    }

    @Test
    void discreteMonitoringFactorFor60PercentAndOneMinuteIs0_99952() {
        assertThat(LiquidationProbability.barrierShiftFactor(0.6, 60)).isCloseTo(0.99952, within(5e-6));
        assertThat(LiquidationProbability.barrierShiftFactor(0.6, 0)).isEqualTo(1.0);
        // Discrete checks can only miss crossings: the probability falls, for both sides.
        assertThat(LiquidationProbability.probability(100, 98, 0.8, 0, 4 * 3600, 600))
                .isLessThan(LiquidationProbability.probability(100, 98, 0.8, 0, 4 * 3600, 0));
        assertThat(LiquidationProbability.probability(100, 102, 0.8, 0, 4 * 3600, 600))
                .isLessThan(LiquidationProbability.probability(100, 102, 0.8, 0, 4 * 3600, 0));
    }

    @Test
    void edgeCases() {
        assertThat(LiquidationProbability.probability(100, 100, 0.8, 0, DAY, 0)).isEqualTo(1.0);
        assertThat(LiquidationProbability.probability(true, 95, 100, 0.8, 0, DAY, 0)).isEqualTo(1.0);  // long, crossed
        assertThat(LiquidationProbability.probability(false, 105, 100, 0.8, 0, DAY, 0)).isEqualTo(1.0); // short, crossed
        assertThat(LiquidationProbability.probability(100, 95, 0.8, 0, 0, 0)).isZero();
        // σ = 0: the path is S e^{μt}; −20 %/yr over 100 days reaches −5.3 %, so 95 is hit; over 50 days not.
        assertThat(LiquidationProbability.probability(100, 95, 0, -0.2, 100 * DAY, 60)).isEqualTo(1.0);
        assertThat(LiquidationProbability.probability(100, 95, 0, -0.2, 50 * DAY, 0)).isZero();
        assertThat(LiquidationProbability.probability(100, 105, 0, -0.2, 100 * DAY, 0)).isZero();
        // Tiny σ with a strong adverse drift: exp overflow is avoided in log space, result stays in [0, 1].
        double p = LiquidationProbability.probability(100, 99, 1e-4, -5, 30 * DAY, 0);
        assertThat(p).isBetween(0.0, 1.0).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void rejectsNaNAndNegativeInputs() {
        double nan = Double.NaN;
        assertThatThrownBy(() -> LiquidationProbability.probability(nan, 95, 0.8, 0, DAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiquidationProbability.probability(100, -1, 0.8, 0, DAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiquidationProbability.probability(100, 95, -0.1, 0, DAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiquidationProbability.probability(100, 95, 0.8, nan, DAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiquidationProbability.probability(100, 95, 0.8, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiquidationProbability.probability(100, 95, 0.8, 0, DAY, nan)).isInstanceOf(IllegalArgumentException.class);
    }
}

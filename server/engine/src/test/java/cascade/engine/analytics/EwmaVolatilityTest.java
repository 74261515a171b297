package cascade.engine.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** EWMA of 1-game-second log returns of the mark (ticks), annualised on a 365-day game year. */
class EwmaVolatilityTest {
    private static final double YEAR = LiquidationProbability.SECONDS_PER_YEAR;

    @Test
    void flatMarkHasZeroVolatility() {
        EwmaVolatility v = EwmaVolatility.withHalfLife(300);
        for (int i = 0; i < 100; i++) {
            v = v.sample(600_000);
        }
        assertThat(v.returns()).isEqualTo(99);
        assertThat(v.sigmaAnnual()).isZero();
    }

    @Test
    void constantSizeReturnsGiveThatSizeAnnualisedByRootOfSecondsPerYear() {
        // Alternating ±r log returns: every r² is the same, so the weighted mean is r² from the first return on.
        double r = Math.log(1.001);
        EwmaVolatility v = EwmaVolatility.withHalfLife(300).sample(1_000_000).sample(1_001_000);
        assertThat(v.variancePerSecond()).isCloseTo(r * r, within(1e-18)); // bias-corrected warm-up
        for (int i = 0; i < 500; i++) {
            v = v.sample(i % 2 == 0 ? 1_000_000 : 1_001_000);
        }
        assertThat(v.sigmaAnnual()).isCloseTo(r * Math.sqrt(YEAR), within(1e-9));
    }

    @Test
    void aReturnLosesHalfItsWeightAfterOneHalfLife() {
        // One shock then 300 quiet seconds, versus the same shock 300 seconds later: weight ratio 1/2.
        EwmaVolatility v = EwmaVolatility.withHalfLife(300);
        assertThat(Math.pow(v.decay(), 300)).isCloseTo(0.5, within(1e-12));
        EwmaVolatility shockThenQuiet = v.sample(1_000_000).sample(1_010_000);
        for (int i = 0; i < 300; i++) {
            shockThenQuiet = shockThenQuiet.sample(1_010_000);
        }
        double shockWeightNow = shockThenQuiet.weightedSumSq() / Math.pow(Math.log(1.01), 2);
        assertThat(shockWeightNow).isCloseTo(0.5 * (1 - v.decay()), within(1e-15));
    }

    @Test
    void snapshotOfTheComponentsRestoresTheEstimator() {
        EwmaVolatility v = EwmaVolatility.withHalfLife(300).sample(600_000).sample(600_300).sample(599_100);
        EwmaVolatility restored = new EwmaVolatility(v.decay(), v.lastMarkTicks(), v.returns(),
                Double.longBitsToDouble(Double.doubleToRawLongBits(v.weightedSumSq())), v.weightSum());
        assertThat(restored.sample(600_050)).isEqualTo(v.sample(600_050));
    }

    @Test
    void rejectsBadInputs() {
        assertThatThrownBy(() -> EwmaVolatility.withHalfLife(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EwmaVolatility.withHalfLife(300).sample(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package cascade.game.feed;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Prices in ticks (tick 0.1 → 600,000 ticks = 60,000 USDT); steps of 100 ms of game time. */
class IndexModelsTest {
    private static final long STEP = 100_000_000L;
    private static final long START = 600_000;

    private static void assertDeterministicAndRestorable(LongFunction<IndexModel> factory) throws IOException {
        IndexModel a = factory.apply(11);
        IndexModel b = factory.apply(11);
        long t = 0;
        for (int i = 0; i < 5_000; i++) {
            t += STEP;
            assertThat(b.nextTicks(t)).isEqualTo(a.nextTicks(t));
        }
        byte[] state = Snapshots.bytes(a::writeState);
        long[] expected = new long[5_000];
        long t2 = t;
        for (int i = 0; i < expected.length; i++) {
            t2 += STEP * (1 + i % 3); // uneven steps are allowed
            expected[i] = a.nextTicks(t2);
        }
        IndexModel c = factory.apply(999); // different seed: everything must come from the snapshot
        Snapshots.restore(state, c::readState);
        assertThat(c.currentTicks()).isEqualTo(b.currentTicks());
        t2 = t;
        for (int i = 0; i < expected.length; i++) {
            t2 += STEP * (1 + i % 3);
            assertThat(c.nextTicks(t2)).isEqualTo(expected[i]);
        }
    }

    @Test
    void gbmIsDeterministicAndRestorable() throws IOException {
        assertDeterministicAndRestorable(seed -> new GbmModel(START, 0, 0.6, seed));
    }

    @Test
    void jumpDiffusionIsDeterministicAndRestorable() throws IOException {
        assertDeterministicAndRestorable(seed -> new JumpDiffusionModel(START, 0, 0.5, 30, -0.01, 0.02, seed));
    }

    @Test
    void regimeSwitchingIsDeterministicAndRestorable() throws IOException {
        assertDeterministicAndRestorable(seed -> new RegimeSwitchingModel(START, 0, 0.3, 1.2, 20, 20,
                RegimeSwitchingModel.Regime.CALM, seed));
    }

    @Test
    void regimeSwitchingWithJumpsIsDeterministicAndRestorable() throws IOException {
        assertDeterministicAndRestorable(seed -> new RegimeSwitchingModel(START, 0, 0.3, 1.2, 20, 20,
                RegimeSwitchingModel.Regime.CALM, 30, 120, -0.001, 0.003, seed));
    }

    @Test
    void regimeJumpsComeAtTheirRegimesIntensity() {
        // No diffusion, jumps only in the stressed regime, which neither model leaves. Only the jumps (σ 1 %) move
        // the price by more than 0.1 % in a step (the drift compensation is a few millionths per step); a 1 %-σ
        // jump is below 0.1 % about 8 % of the time.
        RegimeSwitchingModel calmOnly = new RegimeSwitchingModel(START, 0, 0, 0, 0, 0, RegimeSwitchingModel.Regime.CALM,
                0, 3600, 0, 0.01, 4);
        RegimeSwitchingModel stressed = new RegimeSwitchingModel(START, 0, 0, 0, 0, 0,
                RegimeSwitchingModel.Regime.STRESSED, 0, 3600, 0, 0.01, 4);
        int calmMoves = 0;
        int stressedMoves = 0;
        long prevCalm = calmOnly.currentTicks();
        long prevStressed = stressed.currentTicks();
        for (int i = 1; i <= 36_000; i++) { // one game-hour of 100 ms steps; 3600 jumps expected when stressed
            long c = calmOnly.nextTicks(i * STEP);
            long s = stressed.nextTicks(i * STEP);
            calmMoves += Math.abs(c - prevCalm) * 1000 > prevCalm ? 1 : 0;
            stressedMoves += Math.abs(s - prevStressed) * 1000 > prevStressed ? 1 : 0;
            prevCalm = c;
            prevStressed = s;
        }
        assertThat(calmMoves).isZero();
        assertThat(stressedMoves).isBetween(3000, 3600);
    }

    @Test
    void zeroStepReturnsTheSamePriceAndBackwardsTimeIsRejected() {
        GbmModel m = new GbmModel(START, 0, 0.6, 1);
        long p = m.nextTicks(STEP);
        assertThat(m.nextTicks(STEP)).isEqualTo(p);
        assertThatThrownBy(() -> m.nextTicks(STEP - 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gbmRealisedVolatilityMatchesSigma() {
        // 1-second steps for 30 game-days: σ̂ = stdev(log returns) / √dt, expected 0.8 within ~2 %.
        // Standard error of σ̂ is σ/√(2n) ≈ 0.0004 at n = 2.6M; the tolerance also absorbs tick rounding.
        double sigma = 0.8;
        GbmModel m = new GbmModel(6_000_000, 0, sigma, 3);
        long second = 1_000_000_000L;
        int n = 30 * 86_400;
        double prev = Math.log(m.currentTicks());
        double sum = 0;
        double sumSq = 0;
        for (int i = 1; i <= n; i++) {
            double x = Math.log(m.nextTicks(i * second));
            double r = x - prev;
            prev = x;
            sum += r;
            sumSq += r * r;
        }
        double var = sumSq / n - (sum / n) * (sum / n);
        double dtYears = 1 / (365.0 * 86_400);
        assertThat(Math.sqrt(var / dtYears)).isCloseTo(sigma, org.assertj.core.data.Offset.offset(0.016));
    }

    @Test
    void jumpModelHasFatTailsWhereGbmHasNone() {
        // Excess kurtosis of 1-second log returns: ≈ 0 for GBM, clearly positive with jumps.
        double gbm = excessKurtosis(new GbmModel(6_000_000, 0, 0.6, 4));
        double jump = excessKurtosis(new JumpDiffusionModel(6_000_000, 0, 0.6, 20, 0, 0.01, 4));
        assertThat(gbm).isBetween(-0.2, 0.2);
        assertThat(jump).isGreaterThan(5);
    }

    @Test
    void regimeIsObservableAndSwitches() {
        RegimeSwitchingModel m = new RegimeSwitchingModel(START, 0, 0.3, 1.2, 60, 60,
                RegimeSwitchingModel.Regime.CALM, 8);
        int switches = 0;
        RegimeSwitchingModel.Regime last = m.regime();
        for (int i = 1; i <= 36_000; i++) { // one game-hour; expect ~60 switches at 60/h
            m.nextTicks(i * STEP);
            if (m.regime() != last) {
                switches++;
                last = m.regime();
            }
        }
        assertThat(switches).isBetween(30, 90);
    }

    private static double excessKurtosis(IndexModel m) {
        int n = 500_000;
        double[] r = new double[n];
        double prev = Math.log(m.currentTicks());
        double mean = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.log(m.nextTicks((i + 1) * 1_000_000_000L));
            r[i] = x - prev;
            prev = x;
            mean += r[i] / n;
        }
        double m2 = 0;
        double m4 = 0;
        for (double v : r) {
            double d = v - mean;
            m2 += d * d / n;
            m4 += d * d * d * d / n;
        }
        return m4 / (m2 * m2) - 3;
    }
}

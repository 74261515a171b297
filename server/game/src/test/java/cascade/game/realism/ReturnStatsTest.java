package cascade.game.realism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The estimators behind {@link RealismTest}, on series whose answer is known. */
class ReturnStatsTest {

    @Test
    void gaussianNoiseHasNoExcessKurtosisAndNoAutocorrelation() {
        Random rnd = new Random(1);
        double[] x = new double[100_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        assertThat(ReturnStats.excessKurtosis(x)).isCloseTo(0, within(0.1));
        assertThat(ReturnStats.meanAbsAutocorrelation(x, 2, 5)).isLessThan(0.01);
        assertThat(ReturnStats.meanAbsReturnAutocorrelation(x, 1, 30)).isCloseTo(0, within(0.01));
    }

    @Test
    void laplaceHasExcessKurtosisThree() {
        Random rnd = new Random(2);
        double[] x = new double[400_000];
        for (int i = 0; i < x.length; i++) {
            double u = rnd.nextDouble() - 0.5;
            x[i] = -Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
        }
        assertThat(ReturnStats.excessKurtosis(x)).isCloseTo(3, within(0.3));
    }

    @Test
    void volatilityRegimesShowUpInAbsoluteReturnsOnly() {
        Random rnd = new Random(3);
        double[] x = new double[50_000];
        for (int i = 0; i < x.length; i++) {
            double sigma = (i / 50) % 2 == 0 ? 1 : 4; // blocks of 50 quiet, 50 busy
            x[i] = sigma * rnd.nextGaussian();
        }
        assertThat(ReturnStats.meanAbsReturnAutocorrelation(x, 1, 30)).isGreaterThan(0.1);
        assertThat(ReturnStats.meanAbsAutocorrelation(x, 2, 5)).isLessThan(0.02);
    }

    @Test
    void logReturnsOfPrices() {
        double[] r = ReturnStats.logReturns(new long[] {100, 110, 99});
        assertThat(r[0]).isCloseTo(Math.log(1.1), within(1e-12));
        assertThat(r[1]).isCloseTo(Math.log(0.9), within(1e-12));
    }
}

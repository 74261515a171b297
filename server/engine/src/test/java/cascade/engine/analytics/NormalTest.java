package cascade.engine.analytics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Cody's erfc against reference values (CPython's math.erfc, itself accurate to a few ulps). */
class NormalTest {

    @ParameterizedTest(name = "erfc({0})")
    @CsvSource({
            "-3, 1.9999779095030015", "-1, 1.842700792949715", "-0.3, 1.3286267594591274", "0, 1.0",
            "0.2, 0.7772974107895215", "0.46875, 0.507386526782062", "0.5, 0.4795001221869535",
            "1, 0.15729920705028513", "2, 0.004677734981047265", "3.9, 3.479224859723177e-08",
            "4, 1.541725790028002e-08", "5, 1.5374597944280351e-12", "10, 2.088487583762545e-45",
            "20, 5.3958656116079005e-176", "26, 5.663192408856143e-296"})
    void erfcIsAccurateToAboutDoublePrecisionOnAllThreeRanges(double x, double expected) {
        double relative = Math.abs(Normal.erfc(x) - expected) / expected;
        assertThat(relative).isLessThan(1e-14);
    }

    @Test
    void cdfKnownQuantiles() {
        assertThat(Normal.cdf(-1.96)).isCloseTo(0.024997895148220435, within(1e-16));
        assertThat(Normal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-15));
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
        assertThat(Normal.cdf(40)).isEqualTo(1.0);
    }

    @Test
    void logCdfStaysFiniteDeepInTheTail() {
        // ln Φ(−8) from erfc; ln Φ(−40) from the asymptotic series (Φ(−40) ≈ 1e-350 underflows a double).
        assertThat(Normal.logCdf(-8)).isCloseTo(-35.013437159914545, within(1e-12));
        assertThat(Normal.logCdf(-40)).isCloseTo(-804.6084420137537, within(1e-9));
        assertThat(Normal.logCdf(0)).isCloseTo(Math.log(0.5), within(1e-15));
    }
}

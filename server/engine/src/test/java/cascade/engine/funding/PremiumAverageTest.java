package cascade.engine.funding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Linear time weighting (1·P1 + … + n·Pn)/(1 + … + n) of MECHANICS §5.1; premiums in parts per 10^8. */
class PremiumAverageTest {

    @Test
    void laterSamplesWeighMore() {
        PremiumAverage avg = PremiumAverage.EMPTY.plus(10).plus(20).plus(-30);
        assertThat(avg.samples()).isEqualTo(3);
        assertThat(avg.weightedSumE8()).isEqualTo(10 + 40 - 90);
        assertThat(avg.averageE8()).isEqualTo(-6); // −40 / 6 = −6.67, truncated toward zero
    }

    @Test
    void constantPremiumAveragesToItself() {
        PremiumAverage avg = PremiumAverage.EMPTY;
        for (int i = 0; i < 3_600; i++) {
            avg = avg.plus(12_345);
        }
        assertThat(avg.averageE8()).isEqualTo(12_345);
    }

    @Test
    void emptyAverageIsZero() {
        assertThat(PremiumAverage.EMPTY.averageE8()).isZero();
    }

    @Test
    void snapshotOfTheTwoFieldsRestoresTheSameAccumulator() {
        PremiumAverage a = PremiumAverage.EMPTY.plus(5).plus(-7).plus(100);
        PremiumAverage restored = new PremiumAverage(a.samples(), a.weightedSumE8());
        assertThat(restored.plus(9)).isEqualTo(a.plus(9));
    }
}

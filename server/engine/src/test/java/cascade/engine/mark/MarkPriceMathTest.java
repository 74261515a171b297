package cascade.engine.mark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** MECHANICS §1.1 worked example. BTCUSDT ticks: 10 per USDT; rates per 10^8; time in nanoseconds. */
class MarkPriceMathTest {
    private static final long HOUR = 3_600_000_000_000L;

    @Test
    void price1OfTheWorkedExampleIs60003() {
        // Index 60,000, last funding 0.01 %, 4 h of an 8 h interval left → 60,000 × (1 + 0.0001 × 0.5).
        assertThat(MarkPriceMath.price1Ticks(600_000, 10_000, 4 * HOUR, 8 * HOUR)).isEqualTo(600_030);
    }

    @Test
    void price1DecaysToIndexAtFundingAndClampsTime() {
        assertThat(MarkPriceMath.price1Ticks(600_000, 10_000, 0, 8 * HOUR)).isEqualTo(600_000);
        assertThat(MarkPriceMath.price1Ticks(600_000, 10_000, 9 * HOUR, 8 * HOUR)).isEqualTo(600_060);
        assertThat(MarkPriceMath.price1Ticks(600_000, -10_000, 4 * HOUR, 8 * HOUR)).isEqualTo(599_970);
    }

    @Test
    void price1RoundsHalvesAwayFromZero() {
        // 5 ticks × 0.1 % × 1 = 0.005 → 0, 500 ticks × 0.1 % = 0.5 → 1, −0.5 → −1.
        assertThat(MarkPriceMath.price1Ticks(5, 100_000, HOUR, HOUR)).isEqualTo(5);
        assertThat(MarkPriceMath.price1Ticks(500, 100_000, HOUR, HOUR)).isEqualTo(501);
        assertThat(MarkPriceMath.price1Ticks(500, -100_000, HOUR, HOUR)).isEqualTo(499);
    }

    @Test
    void medianOfTheWorkedExampleIs60012() {
        long price1 = 600_030;
        long price2 = 600_120; // index + MA basis of +12
        assertThat(MarkPriceMath.median3(price1, price2, 600_200)).isEqualTo(600_120);
    }

    @Test
    void wickTo59000DoesNotReachTheMark() {
        assertThat(MarkPriceMath.median3(600_030, 600_120, 590_000)).isEqualTo(600_030);
    }

    @Test
    void medianIsOrderIndependent() {
        long[][] perms = {{1, 2, 3}, {1, 3, 2}, {2, 1, 3}, {2, 3, 1}, {3, 1, 2}, {3, 2, 1}};
        for (long[] p : perms) {
            assertThat(MarkPriceMath.median3(p[0], p[1], p[2])).isEqualTo(2);
        }
        assertThat(MarkPriceMath.median3(5, 5, 1)).isEqualTo(5);
    }
}

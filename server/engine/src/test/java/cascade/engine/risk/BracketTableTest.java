package cascade.engine.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** MECHANICS §1.2: the bracket table, cum recursion and the FAQ examples. Money in micro-USDT. */
class BracketTableTest {
    private static final long U = 1_000_000L; // micro-USDT per USDT
    private final BracketTable table = BracketTable.binanceBtcUsdt();

    @Test
    void cumRecursionReproducesEveryCumOfTheTable() {
        // The cum column of MECHANICS §1.2, typed in here only to check that the derivation reproduces it.
        long[] expectedCumUsdt = {0, 50, 1_300, 46_300, 546_300, 2_546_300, 5_046_300, 8_046_300, 28_046_300, 103_046_300};
        assertThat(table.size()).isEqualTo(expectedCumUsdt.length);
        for (int n = 1; n <= table.size(); n++) {
            assertThat(table.get(n).cumMicros()).as("cum of bracket %d", n).isEqualTo(expectedCumUsdt[n - 1] * U);
        }
    }

    @Test
    void faqLevel3AmountIs1300() {
        // 250,000 × (1 % − 0.5 %) + 50 = 1,300 USDT
        Bracket b2 = table.get(2);
        Bracket b3 = table.get(3);
        long level3 = b2.cumMicros() + b3.floorMicros() / BracketTable.E8 * (b3.mmrE8() - b2.mmrE8());
        assertThat(level3).isEqualTo(1_300 * U).isEqualTo(b3.cumMicros());
    }

    @Test
    void maintenanceAt300kIs1700AndEqualsTheSumOfSlices() {
        long slices = 50_000 * U * 400_000 / BracketTable.E8      // 200
                + 200_000 * U * 500_000 / BracketTable.E8          // 1,000
                + 50_000 * U * 1_000_000 / BracketTable.E8;        // 500
        assertThat(table.maintenanceMicros(300_000 * U)).isEqualTo(1_700 * U).isEqualTo(slices);
    }

    @Test
    void notional264kIsInTheOnePercentBracket() {
        Bracket b = table.forNotional(264_000 * U);
        assertThat(b.number()).isEqualTo(3);
        assertThat(b.mmrE8()).isEqualTo(1_000_000); // 1 %
    }

    @Test
    void notional500kUsesCum1300() {
        assertThat(table.forNotional(500_000 * U).cumMicros()).isEqualTo(1_300 * U);
        assertThat(table.maintenanceMicros(500_000 * U)).isEqualTo((5_000 - 1_300) * U);
    }

    @Test
    void maintenanceIsContinuousAtEveryBracketEdge() {
        // Why cum exists: one micro below and at the floor differ by at most one micro's worth of MMR (+ ceil).
        for (Bracket b : table.all().subList(1, table.size())) {
            long below = table.maintenanceMicros(b.floorMicros() - 1);
            long at = table.maintenanceMicros(b.floorMicros());
            assertThat(at - below).as("edge of bracket %d", b.number()).isBetween(0L, 1L);
        }
    }

    @Test
    void bracketEdgesAreHalfOpen() {
        assertThat(table.forNotional(50_000 * U - 1).number()).isEqualTo(1);
        assertThat(table.forNotional(50_000 * U).number()).isEqualTo(2);
        assertThat(table.forNotional(table.positionLimitMicros() + 1).number()).isEqualTo(10);
    }
}

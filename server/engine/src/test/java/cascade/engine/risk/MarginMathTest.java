package cascade.engine.risk;

import cascade.engine.Instrument;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** MarginMath: requirements round up, PnL exact, §1.4 clearance fee and §1.6 ADL ranking. Micro-USDT (U). */
class MarginMathTest {
    private static final long U = 1_000_000L;
    private static final long BTC = 1_000L;
    private final Instrument inst = Instrument.btcUsdt();

    @Test
    void initialMarginRoundsUp() {
        assertThat(MarginMath.initialMarginMicros(50_000 * U, 20)).isEqualTo(2_500 * U);
        assertThat(MarginMath.initialMarginMicros(100 * U + 1, 100)).isEqualTo(U + 1); // 1.00000001 → 1.000001
    }

    @Test
    void unrealizedPnlIsExactAndMirrored() {
        // 1 BTC @ 50,000 marked at 47,650.0 (476,500 ticks): long −2,350, short +2,350.
        assertThat(MarginMath.unrealizedPnlMicros(true, BTC, 50_000 * U, 476_500, inst)).isEqualTo(-2_350 * U);
        assertThat(MarginMath.unrealizedPnlMicros(false, BTC, 50_000 * U, 476_500, inst)).isEqualTo(2_350 * U);
        // 0.001 BTC at a 0.1 tick: 100 micros per tick-lot, so a one-tick move is exactly 100 micro-USDT.
        assertThat(MarginMath.unrealizedPnlMicros(true, 1, 50_000_000L, 500_001, inst)).isEqualTo(100);
    }

    @Test
    void marginRatioReaches100PercentExactlyWhenLiquidatable() {
        assertThat(MarginMath.marginRatioE8(60 * U, 1_500 * U)).isEqualTo(4_000_000); // 4 %
        long mb = 300_000_000_000L;
        assertThat(MarginMath.marginRatioE8(mb - 1, mb)).isLessThan(MarginMath.E8); // not yet: ratio rounds down
        assertThat(MarginMath.isLiquidatable(mb - 1, mb)).isFalse();
        assertThat(MarginMath.marginRatioE8(mb, mb)).isEqualTo(MarginMath.E8);
        assertThat(MarginMath.isLiquidatable(mb, mb)).isTrue();
        assertThat(MarginMath.marginRatioE8(1, 0)).isEqualTo(Long.MAX_VALUE); // MB ≤ 0: unbounded, liquidatable
        assertThat(MarginMath.marginRatioE8(0, 5 * U)).isZero();
    }

    @Test
    void clearanceFeeOfMechanics14() {
        // Long 1 BTC @ 50,000, isolated 2,500. At mark 47,690.76 the fee would be 0.3 % → 143.07 (≤ 190.76 left).
        assertThat(MarginMath.clearanceFeeMicros(47_690_760_000L, inst.clearanceFeeE8(), 190_760_000L))
                .isEqualTo(143_072_280L);
        // IOC fills at 47,650: loss 2,350 leaves 150; fee = min(142.95, 150) = 142.95; 7.05 goes to the fund.
        long left = 2_500 * U + MarginMath.unrealizedPnlMicros(true, BTC, 50_000 * U, 476_500, inst);
        long fee = MarginMath.clearanceFeeMicros(inst.notionalMicros(476_500, BTC), inst.clearanceFeeE8(), left);
        assertThat(left).isEqualTo(150 * U);
        assertThat(fee).isEqualTo(142_950_000L);
        assertThat(left - fee).isEqualTo(7_050_000L);
        // With less margin left than the fee, the fee takes it all; with none, nothing.
        assertThat(MarginMath.clearanceFeeMicros(47_650 * U, inst.clearanceFeeE8(), 100 * U)).isEqualTo(100 * U);
        assertThat(MarginMath.clearanceFeeMicros(47_650 * U, inst.clearanceFeeE8(), -5 * U)).isZero();
    }

    @Test
    void adlExampleOfMechanics16RanksABeforeB() {
        double a = MarginMath.adlScore(1_000 * U, 500 * U, 60 * U);   // 0.5 × 60/1,500 = 0.02
        double b = MarginMath.adlScore(10_000 * U, 500 * U, 60 * U);  // 0.05 × 60/10,500 = 0.000286
        assertThat(a).isCloseTo(0.02, within(1e-12));
        assertThat(b).isCloseTo(0.000286, within(5e-7));
        record Ranked(long accountId, double score) {
        }
        // Highest score first, ties by account id ascending (RULES.md).
        List<Ranked> ranked = List.of(new Ranked(7, b), new Ranked(9, a), new Ranked(3, b)).stream()
                .sorted(Comparator.comparingDouble(Ranked::score).reversed().thenComparingLong(Ranked::accountId))
                .toList();
        assertThat(ranked).extracting(Ranked::accountId).containsExactly(9L, 3L, 7L);
    }

    @Test
    void adlScoreIsZeroForLossesAndNonPositiveBalances() {
        assertThat(MarginMath.adlScore(1_000 * U, -200 * U, 60 * U)).isZero();
        assertThat(MarginMath.adlScore(-900 * U, 500 * U, 60 * U)).isZero(); // WB + uPnL ≤ 0 → margin ratio 0
        // Wallet below 1 USDT divides by 1 USDT, not by the tiny wallet.
        assertThat(MarginMath.adlScore(1_000, 2 * U, U)).isCloseTo(2.0 * U / 2_001_000, within(1e-12));
    }

    @Test
    void maxLeverageFollowsTheBracketOfTheNotional() {
        BracketTable t = inst.brackets();
        assertThat(MarginMath.maxLeverageFor(49_999 * U, t)).isEqualTo(125);
        assertThat(MarginMath.maxLeverageFor(50_000 * U, t)).isEqualTo(100);
        assertThat(MarginMath.maxLeverageFor(264_000 * U, t)).isEqualTo(50);
    }
}

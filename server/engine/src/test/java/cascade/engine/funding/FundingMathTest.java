package cascade.engine.funding;

import cascade.engine.Instrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MECHANICS §5 worked examples. Rates in parts per 10^8 (0.01 % = 10,000), prices in ticks (10 per USDT),
 * money in micro-USDT, intervals in nanoseconds.
 */
class FundingMathTest {
    private static final long HOUR = 3_600_000_000_000L;
    private static final long I = 10_000;         // 0.01 % interest per 8 h
    private static final long CLAMP = 50_000;     // ±0.05 %
    private static final long CAP = 75_000_000;   // 0.75 × MMR
    private static final long MMR1 = 400_000;     // 0.4 %
    private final Instrument inst = Instrument.btcUsdt();

    @ParameterizedTest(name = "P̄ {0} → F(8h) {1}, F(4h) {2}")
    @CsvSource({
            "30000,   10000,  5000",
            "60000,   10000,  5000",
            "100000,  50000,  25000",
            "-40000,  10000,  5000",
            "-200000, -150000, -75000"})
    void everyRowOfTheFundingTable(long avgPremiumE8, long expected8h, long expected4h) {
        assertThat(FundingMath.fundingRateE8(avgPremiumE8, I, CLAMP, 8 * HOUR, CAP, MMR1)).isEqualTo(expected8h);
        assertThat(FundingMath.fundingRateE8(avgPremiumE8, I, CLAMP, 4 * HOUR, CAP, MMR1)).isEqualTo(expected4h);
    }

    @Test
    void deadBandGivesExactlyTheInterestRate() {
        // −0.04 % ≤ P̄ ≤ +0.06 % → F = 0.01 %; one part per 10^8 outside, it moves.
        for (long p = -40_000; p <= 60_000; p += 1_000) {
            assertThat(FundingMath.fundingRateE8(p, I, CLAMP, 8 * HOUR, CAP, MMR1)).as("P̄ %d", p).isEqualTo(I);
        }
        assertThat(FundingMath.fundingRateE8(60_001, I, CLAMP, 8 * HOUR, CAP, MMR1)).isEqualTo(10_001);
        assertThat(FundingMath.fundingRateE8(-40_001, I, CLAMP, 8 * HOUR, CAP, MMR1)).isEqualTo(9_999);
    }

    @Test
    void capIsThreeQuartersOfBracket1MmrScaledWithTheInterval() {
        // P̄ = ±0.5 % → F = ±0.45 % (8 h) → capped at ±0.3 %; on the default 1 h interval ±0.0375 %.
        assertThat(FundingMath.fundingRateE8(500_000, I, CLAMP, 8 * HOUR, CAP, MMR1)).isEqualTo(300_000);
        assertThat(FundingMath.fundingRateE8(-500_000, I, CLAMP, 8 * HOUR, CAP, MMR1)).isEqualTo(-300_000);
        assertThat(FundingMath.fundingRateE8(500_000, inst)).isEqualTo(37_500);
        // Default rulebook: 1 h interval, dead-band rate 0.01 % / 8.
        assertThat(FundingMath.fundingRateE8(0, inst)).isEqualTo(1_250);
    }

    @Test
    void scalingTruncatesTowardZeroSymmetrically() {
        // 0.3 % per 8 h over 1 s: 300,000 / 28,800 = 10.4 → 10; 1 part over 3 h = 0.375 → 0, for both signs.
        assertThat(FundingMath.fundingRateE8(300_000, 0, 0, 1_000_000_000L, CAP, MMR1)).isEqualTo(10);
        assertThat(FundingMath.fundingRateE8(1, 0, 0, 3 * HOUR, CAP, MMR1)).isZero();
        assertThat(FundingMath.fundingRateE8(-1, 0, 0, 3 * HOUR, CAP, MMR1)).isZero();
    }

    @Test
    void oneBtcLongAt60000WithFiveBasisPointsPays30Usdt() {
        assertThat(FundingMath.fundingPaymentMicros(600_000, 1_000, 50_000, inst)).isEqualTo(30_000_000);
        assertThat(FundingMath.fundingPaymentMicros(600_000, -1_000, 50_000, inst)).isEqualTo(-30_000_000);
        assertThat(FundingMath.fundingPaymentMicros(600_000, -1_000, -50_000, inst)).isEqualTo(30_000_000);
    }

    @Test
    void payersRoundUpReceiversRoundDownRemainderToTheHouse() {
        // 0.001 BTC at 60,000 = 60 USDT; F = 10^-8 → 0.6 micro: long pays 1, short receives 0.
        long paid = FundingMath.fundingPaymentMicros(600_000, 1, 1, inst);
        long received = FundingMath.fundingPaymentMicros(600_000, -1, 1, inst);
        assertThat(paid).isEqualTo(1);
        assertThat(received).isZero();
        assertThat(paid + received).isPositive();
    }

    @Test
    void premiumIndexFromImpactPrices() {
        assertThat(FundingMath.premiumIndexE8(600_600, 600_700, 600_000)).isEqualTo(100_000);   // +0.1 %
        assertThat(FundingMath.premiumIndexE8(599_000, 599_400, 600_000)).isEqualTo(-100_000);  // −0.1 %
        assertThat(FundingMath.premiumIndexE8(599_900, 600_100, 600_000)).isZero();             // index inside
        // 1/600,001 = 166.67 parts per 10^8 → truncated toward zero for both signs.
        assertThat(FundingMath.premiumIndexE8(600_002, 600_003, 600_001)).isEqualTo(166);
        assertThat(FundingMath.premiumIndexE8(599_998, 600_000, 600_001)).isEqualTo(-166);
        // An absent side (0) is not a discount of 100 %.
        assertThat(FundingMath.premiumIndexE8(600_600, 0, 600_000)).isEqualTo(100_000);
        assertThat(FundingMath.premiumIndexE8(0, 0, 600_000)).isZero();
    }

    @Test
    void impactNotionalIs25000UsdtAt125x() {
        assertThat(FundingMath.impactNotionalMicros(inst.brackets())).isEqualTo(25_000_000_000L);
    }

    @Test
    void impactPriceIsTheAverageFillForTheNotional() {
        long n = FundingMath.impactNotionalMicros(inst.brackets());
        // Asks 60,000.0 × 0.2 BTC (12,000 USDT) then 60,010.0 × 0.5: 13,000 more at 60,010 → average 60,005.1996 → up.
        long ask = FundingMath.impactPriceTicks(false, new long[]{600_000, 600_100}, new long[]{200, 500}, 2, n, inst);
        assertThat(ask).isEqualTo(600_052);
        // Bids 60,000.0 × 0.2 then 59,990.0 × 0.5 → 59,994.7996 → down.
        long bid = FundingMath.impactPriceTicks(true, new long[]{600_000, 599_900}, new long[]{200, 500}, 2, n, inst);
        assertThat(bid).isEqualTo(599_947);
        // One deep level fills at its own price.
        assertThat(FundingMath.impactPriceTicks(true, new long[]{600_000}, new long[]{1_000}, 1, n, inst)).isEqualTo(600_000);
    }

    @Test
    void impactPriceIsAbsentWhenTheSideCannotFillTheNotional() {
        long n = FundingMath.impactNotionalMicros(inst.brackets());
        assertThat(FundingMath.impactPriceTicks(true, new long[]{600_000, 599_900}, new long[]{200, 200}, 2, n, inst)).isZero();
        assertThat(FundingMath.impactPriceTicks(true, new long[]{600_000}, new long[]{1_000}, 0, n, inst)).isZero();
    }
}

package cascade.engine.risk;

import cascade.engine.Instrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static cascade.engine.risk.LiquidationPrice.roundHalfUpCents;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * MECHANICS §1.3 worked examples and constructed cases. BTCUSDT: 1 BTC = 1,000 lots, 1 USDT = 10 ticks,
 * money in micro-USDT (U = 10^6 per USDT). Expected prices are the exact rationals rounded to cents.
 */
class LiquidationPriceTest {
    private static final long U = 1_000_000L;
    private static final long BTC = 1_000L;
    private final Instrument inst = Instrument.btcUsdt();

    @Test
    void isolatedLong20xAt50000LiquidatesAt47690_76AndIsBankruptAt47500() {
        var r = LiquidationPrice.compute(true, BTC, 50_000 * U, 2_500 * U, 0, 0, inst);
        assertThat(roundHalfUpCents(r.liquidationPrice())).isEqualByComparingTo("47690.76");
        assertThat(roundHalfUpCents(r.bankruptcyPrice())).isEqualByComparingTo("47500.00");
        assertThat(r.bracket()).isEqualTo(1);
        // Check of §1.3: margin balance 2,500 − (50,000 − LP) equals LP × 0.4 % (190.76 USDT, to the cent).
        BigDecimal lp = r.liquidationPrice();
        BigDecimal balance = new BigDecimal(2_500).subtract(new BigDecimal(50_000).subtract(lp));
        assertThat(balance.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("190.76");
        assertThat(balance.subtract(lp.multiply(new BigDecimal("0.004"))).abs()).isLessThan(new BigDecimal("1e-9"));
        assertThat(r.maintenanceAtLiquidationMicros()).isEqualTo(190_763_053L); // ceil(47,690.763052… × 0.004 USDT)
    }

    @Test
    void isolatedLongTriggersAtTheTickBelowTheLiquidationPriceButNotAbove() {
        // The engine compares integers at the mark; the reported LP must sit between those two ticks.
        long wallet = 2_500 * U;
        long entry = 50_000 * U;
        for (long[] c : new long[][]{{476_907, 1}, {476_908, 0}}) { // 47,690.7 and 47,690.8 USDT
            long balance = wallet + MarginMath.unrealizedPnlMicros(true, BTC, entry, c[0], inst);
            long mm = inst.brackets().maintenanceMicros(inst.notionalMicros(c[0], BTC));
            assertThat(MarginMath.isLiquidatable(mm, balance)).as("mark %d ticks", c[0]).isEqualTo(c[1] == 1);
        }
    }

    @Test
    void isolatedShortMirrorAlsoReselectsBracket2() {
        // 1 BTC short @ 50,000, 20×. With bracket 1: (2,500 + 50,000) / 1.004 = 52,290.84, a notional above 50,000,
        // so bracket 2 applies: (2,500 + 50 + 50,000) / 1.005 = 52,288.557…; BP = 50,000 + 2,500.
        var r = LiquidationPrice.compute(false, BTC, 50_000 * U, 2_500 * U, 0, 0, inst);
        assertThat(roundHalfUpCents(r.liquidationPrice())).isEqualByComparingTo("52288.56");
        assertThat(roundHalfUpCents(r.bankruptcyPrice())).isEqualByComparingTo("52500.00");
        assertThat(r.bracket()).isEqualTo(2);
    }

    @Test
    void isolatedShortMirrorInsideBracket1() {
        // 1 BTC short @ 40,000, 20× (WB 2,000): (2,000 + 40,000) / 1.004 = 41,832.67, notional < 50,000.
        var r = LiquidationPrice.compute(false, BTC, 40_000 * U, 2_000 * U, 0, 0, inst);
        assertThat(roundHalfUpCents(r.liquidationPrice())).isEqualByComparingTo("41832.67");
        assertThat(roundHalfUpCents(r.bankruptcyPrice())).isEqualByComparingTo("42000.00");
        assertThat(r.bracket()).isEqualTo(1);
    }

    @Test
    void crossLongWithOtherPositionsMaintenanceAndLoss() {
        // WB 10,000, TMM1 500, UPNL1 −1,500; long 2 BTC @ 40,000 (80,000 → bracket 2: 0.5 %, cum 50).
        // LP = (10,000 − 500 − 1,500 + 50 − 80,000) / (2 × 0.005 − 2) = 36,155.7788…; notional 72,311.56 stays in 2.
        // BP = (80,000 − (10,000 − 1,500)) / 2 = 35,750 (TMM1 plays no part at equity zero).
        var r = LiquidationPrice.compute(true, 2 * BTC, 80_000 * U, 10_000 * U, 500 * U, -1_500 * U, inst);
        assertThat(roundHalfUpCents(r.liquidationPrice())).isEqualByComparingTo("36155.78");
        assertThat(r.bracket()).isEqualTo(2);
        assertThat(roundHalfUpCents(r.bankruptcyPrice())).isEqualByComparingTo("35750.00");
        var noOtherMm = LiquidationPrice.compute(true, 2 * BTC, 80_000 * U, 10_000 * U, 0, -1_500 * U, inst);
        assertThat(noOtherMm.bankruptcyPrice()).isEqualByComparingTo(r.bankruptcyPrice());
        assertThat(noOtherMm.liquidationPrice()).isLessThan(r.liquidationPrice());
    }

    @Test
    void longReselectsTheLowerBracketWhenItsLiquidationNotionalFallsBelow50k() {
        // 1.1 BTC @ 50,000 = 55,000 (bracket 2), 5× → WB 11,000. With bracket 2: 40,155.32 → notional 44,170.85,
        // which is bracket 1; with bracket 1: 40,160.64 → notional 44,176.71, self-consistent.
        var r = LiquidationPrice.compute(true, 1_100, 55_000 * U, 11_000 * U, 0, 0, inst);
        assertThat(roundHalfUpCents(r.liquidationPrice())).isEqualByComparingTo("40160.64");
        assertThat(r.bracket()).isEqualTo(1);
    }

    @Test
    void shortReselectsTheHigherBracketWhenItsLiquidationNotionalRisesAbove50k() {
        // 1 BTC short @ 49,000, 2× → WB 24,500. Bracket 1 gives 73,207.17 (bracket 2 notional); bracket 2: 73,184.08.
        var r = LiquidationPrice.compute(false, BTC, 49_000 * U, 24_500 * U, 0, 0, inst);
        assertThat(roundHalfUpCents(r.liquidationPrice())).isEqualByComparingTo("73184.08");
        assertThat(r.bracket()).isEqualTo(2);
        assertThat(r.maintenanceAtLiquidationMicros()).isEqualTo(315_920_399L); // ceil(73,184.0796 × 0.5 %) − 50
    }

    @Test
    void noPositiveLiquidationPriceIsNull() {
        // A 1× long cannot be liquidated: LP = 0 → "--". Its bankruptcy price is 0 too.
        var fullyFunded = LiquidationPrice.compute(true, BTC, 50_000 * U, 50_000 * U, 0, 0, inst);
        assertThat(fullyFunded.liquidationPrice()).isNull();
        assertThat(fullyFunded.bankruptcyPrice()).isNull();
        assertThat(fullyFunded.bracket()).isZero();
        // A cross short whose other losses exceed wallet + entry is liquidatable at any price: no positive LP.
        var sunk = LiquidationPrice.compute(false, BTC, 50_000 * U, 1_000 * U, 0, -60_000 * U, inst);
        assertThat(sunk.liquidationPrice()).isNull();
        assertThat(LiquidationPrice.roundHalfUpCents(null)).isNull();
    }

    @Test
    void bankruptcyTicksRoundAgainstTheTraderNeverAgainstTheFund() {
        // WB 2,500.05: long BP = 47,499.95 = 474,999.5 ticks → sell limit rounds UP to 475,000;
        // short BP = 52,500.05 = 525,000.5 ticks → buy limit rounds DOWN to 525,000.
        long wallet = 2_500_050_000L;
        assertThat(LiquidationPrice.bankruptcyPriceTicks(true, BTC, 50_000 * U, wallet, 0, inst)).isEqualTo(475_000);
        assertThat(LiquidationPrice.bankruptcyPriceTicks(false, BTC, 50_000 * U, wallet, 0, inst)).isEqualTo(525_000);
        assertThat(LiquidationPrice.bankruptcyPriceTicks(true, BTC, 50_000 * U, 60_000 * U, 0, inst)).isEqualTo(1);
        assertThat(LiquidationPrice.bankruptcyPriceTicks(false, BTC, 50_000 * U, 0, -60_000 * U, inst)).isZero();
    }

    @ParameterizedTest(name = "{0}x → {1} %")
    @CsvSource({"20, 4.62", "100, 0.60", "125, 0.40"})
    void distanceToLiquidationOfMechanics61(int leverage, String expectedPercent) {
        // Isolated long, 1 BTC @ 40,000 (bracket 1, 0.4 %, no cum), margin 40,000 / L:
        // (EP − LP) / EP = (1/L − MMR) / (1 − MMR).
        long entry = 40_000 * U;
        var r = LiquidationPrice.compute(true, BTC, entry, entry / leverage, 0, 0, inst);
        BigDecimal ep = new BigDecimal(40_000);
        BigDecimal distance = ep.subtract(r.liquidationPrice()).divide(ep, 20, RoundingMode.HALF_UP).movePointRight(2);
        assertThat(distance.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(expectedPercent);
        assertThat(r.bracket()).isEqualTo(1);
    }
}

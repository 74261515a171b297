package cascade.engine.risk;

import cascade.engine.Instrument;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the exact liquidation price over random isolated and cross positions on the BTCUSDT table
 * (sizes 0.001–200 BTC, entries 1,000–100,000 USDT, so brackets 1–6 are all reached). Money in micro-USDT.
 */
class LiquidationPriceProperties {
    private static final BigDecimal MICROS = BigDecimal.valueOf(1_000_000);
    private final Instrument inst = Instrument.btcUsdt();

    @Property(tries = 1500)
    void marginBalanceAtTheLiquidationPriceEqualsMaintenance(
            @ForAll boolean isLong,
            @ForAll @LongRange(min = 1, max = 200_000) long qtyLots,
            @ForAll @LongRange(min = 10_000, max = 1_000_000) long entryTicks,
            @ForAll @LongRange(min = -999, max = 999) long entryNoiseMicros,
            @ForAll @LongRange(min = 1, max = 1_000) long walletPerMille,
            @ForAll boolean cross,
            @ForAll @LongRange(min = 0, max = 50_000_000_000L) long otherMm,
            @ForAll @LongRange(min = -50_000_000_000L, max = 50_000_000_000L) long otherPnl) {
        // Cost basis need not be a whole tick × lot (averaged fills), hence the noise.
        long entry = Math.max(1, inst.notionalMicros(entryTicks, qtyLots) + entryNoiseMicros);
        long wallet = entry / 1_000 * walletPerMille;
        long tmm = cross ? otherMm : 0;
        long upnl = cross ? otherPnl : 0;
        var r = LiquidationPrice.compute(isLong, qtyLots, entry, wallet, tmm, upnl, inst);
        if (r.liquidationPrice() == null) {
            return; // "--": checked by the monotonicity property and the unit tests
        }
        // Notional at the LP in micros, from the reported (12-decimal) price.
        BigDecimal n = r.liquidationPrice().multiply(BigDecimal.valueOf(qtyLots)).multiply(MICROS)
                .divide(BigDecimal.valueOf(inst.lotsPerUnit()), 20, RoundingMode.HALF_UP);
        Bracket b = inst.brackets().get(r.bracket());
        BigDecimal balance = BigDecimal.valueOf(wallet - tmm + upnl)
                .add(isLong ? n.subtract(BigDecimal.valueOf(entry)) : BigDecimal.valueOf(entry).subtract(n));
        BigDecimal maintenance = n.multiply(BigDecimal.valueOf(b.mmrE8())).movePointLeft(8)
                .subtract(BigDecimal.valueOf(b.cumMicros()));
        assertThat(balance.subtract(maintenance).abs()).isLessThanOrEqualTo(BigDecimal.ONE);
        // The bracket reported is the one holding that notional (re-selection reached a fixed point).
        assertThat(inst.brackets().forNotional(n.setScale(0, RoundingMode.FLOOR).longValueExact()).number())
                .isBetween(r.bracket() - (atFloor(n, b) ? 1 : 0), r.bracket());
        // Reported MM is ceil of the exact value; recomputed here from the 12-decimal price, so allow one micro.
        assertThat(r.maintenanceAtLiquidationMicros() - maintenance.setScale(0, RoundingMode.CEILING).longValueExact())
                .isBetween(-1L, 1L);
    }

    @Property(tries = 1000)
    void engineTriggersOnTheTickAtOrBeyondTheLiquidationPriceAndNotOneTickBefore(
            @ForAll boolean isLong,
            @ForAll @LongRange(min = 1, max = 200_000) long qtyLots,
            @ForAll @LongRange(min = 10_000, max = 1_000_000) long entryTicks,
            @ForAll @LongRange(min = 5, max = 1_000) long walletPerMille) {
        long entry = inst.notionalMicros(entryTicks, qtyLots);
        long wallet = entry / 1_000 * walletPerMille;
        var r = LiquidationPrice.compute(isLong, qtyLots, entry, wallet, 0, 0, inst);
        if (r.liquidationPrice() == null) {
            return;
        }
        BigDecimal lpTicks = r.liquidationPrice().multiply(BigDecimal.valueOf(inst.ticksPerUnit()));
        // Long: liquidatable at floor(LP) (at or below LP); safe, up to the one-micro ceil of MM, one tick above.
        long inside = lpTicks.setScale(0, isLong ? RoundingMode.FLOOR : RoundingMode.CEILING).longValueExact();
        long outside = inside + (isLong ? 1 : -1);
        if (inside <= 0 || outside <= 0) {
            return;
        }
        assertThat(balanceMinusMaintenance(isLong, qtyLots, entry, wallet, inside)).isLessThanOrEqualTo(0);
        assertThat(balanceMinusMaintenance(isLong, qtyLots, entry, wallet, outside)).isGreaterThanOrEqualTo(0);
    }

    @Property(tries = 1000)
    void liquidationPriceIsMonotoneInWalletBalance(
            @ForAll boolean isLong,
            @ForAll @LongRange(min = 1, max = 200_000) long qtyLots,
            @ForAll @LongRange(min = 10_000, max = 1_000_000) long entryTicks,
            @ForAll @LongRange(min = -1_000, max = 1_500) long walletPerMilleA,
            @ForAll @LongRange(min = 0, max = 1_500) long extraPerMille,
            @ForAll @LongRange(min = 0, max = 50_000_000_000L) long otherMm) {
        long entry = inst.notionalMicros(entryTicks, qtyLots);
        long walletA = entry / 1_000 * walletPerMilleA;
        long walletB = walletA + entry / 1_000 * extraPerMille;
        BigDecimal a = orZero(LiquidationPrice.compute(isLong, qtyLots, entry, walletA, otherMm, 0, inst).liquidationPrice());
        BigDecimal b = orZero(LiquidationPrice.compute(isLong, qtyLots, entry, walletB, otherMm, 0, inst).liquidationPrice());
        // More collateral moves a long's LP down and a short's LP up ("--" counts as 0 on both sides).
        if (isLong) {
            assertThat(b).isLessThanOrEqualTo(a);
        } else {
            assertThat(b).isGreaterThanOrEqualTo(a);
        }
    }

    private long balanceMinusMaintenance(boolean isLong, long qtyLots, long entry, long wallet, long markTicks) {
        long balance = wallet + MarginMath.unrealizedPnlMicros(isLong, qtyLots, entry, markTicks, inst);
        return balance - inst.brackets().maintenanceMicros(inst.notionalMicros(markTicks, qtyLots));
    }

    private static boolean atFloor(BigDecimal n, Bracket b) {
        return n.subtract(BigDecimal.valueOf(b.floorMicros())).abs().compareTo(BigDecimal.ONE) < 0;
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}

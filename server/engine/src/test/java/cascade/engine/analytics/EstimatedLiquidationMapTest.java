package cascade.engine.analytics;

import cascade.engine.Instrument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The players' estimated map. BTCUSDT: 10 ticks per USDT, 1,000 lots per BTC; buckets of 1,000 ticks (100 USDT);
 * notional in micro-USDT (U). Example: 1 BTC of new open interest at 50,000, 60 % attributed to longs.
 */
class EstimatedLiquidationMapTest {
    private static final long U = 1_000_000L;
    private final Instrument inst = Instrument.btcUsdt();

    private EstimatedLiquidationMap oneBtcAt50k() {
        EstimatedLiquidationMap map = new EstimatedLiquidationMap(inst, 1_000, EstimatedLiquidationMap.DEFAULT_MIX);
        map.onOpenInterestChange(500_000, 1_000, 60_000_000);
        return map;
    }

    @Test
    void levelsIncludeBracket1MaintenanceNotJustOneOverLeverage() {
        EstimatedLiquidationMap map = oneBtcAt50k();
        // 10×: 50,000 × 0.9 / 0.996 = 45,180.72 (not 45,000); short 50,000 × 1.1 / 1.004 = 54,780.88.
        assertThat(map.longLevelTicks(500_000, 10)).isEqualTo(451_807);
        assertThat(map.shortLevelTicks(500_000, 10)).isEqualTo(547_809);
        assertThat(map.longLevelTicks(500_000, 100)).isEqualTo(496_987);
        assertThat(map.shortLevelTicks(500_000, 100)).isEqualTo(502_989);
    }

    @Test
    void openInterestIsSpreadOverTheLeverageMixAndSides() {
        EstimatedLiquidationMap map = oneBtcAt50k();
        // 50,000 USDT → 20,000 / 15,000 / 10,000 / 5,000 by tier; 60 % long, 40 % short.
        assertThat(map.longBuckets()).containsExactly(
                entry(451_000L, 12_000 * U), entry(481_000L, 9_000 * U), entry(491_000L, 6_000 * U), entry(496_000L, 3_000 * U));
        assertThat(map.shortBuckets()).containsExactly(
                entry(502_000L, 2_000 * U), entry(507_000L, 4_000 * U), entry(517_000L, 6_000 * U), entry(547_000L, 8_000 * U));
        assertThat(map.openInterestLots()).isEqualTo(1_000);
    }

    @Test
    void everyMicroIsPlacedWhenTheSplitDoesNotDivideEvenly() {
        EstimatedLiquidationMap map = new EstimatedLiquidationMap(inst, 1_000, EstimatedLiquidationMap.DEFAULT_MIX);
        map.onOpenInterestChange(500_001, 7, 33_333_333); // 350.0007 USDT, awkward shares
        long total = sum(map.longBuckets()) + sum(map.shortBuckets());
        assertThat(total).isEqualTo(inst.notionalMicros(500_001, 7));
    }

    @Test
    void openInterestDecreaseShrinksEveryBucketProportionally() {
        EstimatedLiquidationMap map = oneBtcAt50k();
        map.onOpenInterestChange(500_000, -250, 60_000_000);
        assertThat(map.longBuckets()).containsEntry(451_000L, 9_000 * U).containsEntry(496_000L, 2_250 * U);
        assertThat(map.shortBuckets()).containsEntry(547_000L, 6_000 * U);
        assertThat(map.openInterestLots()).isEqualTo(750);
        map.onOpenInterestChange(500_000, -5_000, 60_000_000); // more than is open: everything goes
        assertThat(map.longBuckets()).isEmpty();
        assertThat(map.shortBuckets()).isEmpty();
        assertThat(map.openInterestLots()).isZero();
    }

    @Test
    void tradingThroughALevelConsumesIt() {
        EstimatedLiquidationMap map = oneBtcAt50k();
        // Low 49,650 enters the 49,600–49,700 long bucket; high 50,200 reaches the 50,200 short bucket.
        long removed = map.onPriceRange(496_500, 502_000);
        assertThat(removed).isEqualTo(3_000 * U + 2_000 * U);
        assertThat(map.longBuckets()).doesNotContainKey(496_000L).containsKey(491_000L);
        assertThat(map.shortBuckets()).doesNotContainKey(502_000L).containsKey(507_000L);
        assertThat(map.onPriceRange(496_500, 502_000)).isZero();
    }

    @Test
    void snapshotRestoresAnIdenticalMap() {
        EstimatedLiquidationMap map = oneBtcAt50k();
        map.onOpenInterestChange(480_000, 300, 20_000_000);
        EstimatedLiquidationMap copy = EstimatedLiquidationMap.restore(inst, 1_000, EstimatedLiquidationMap.DEFAULT_MIX, map.snapshot());
        map.onOpenInterestChange(490_000, -100, 0);
        copy.onOpenInterestChange(490_000, -100, 0);
        assertThat(copy.snapshot()).isEqualTo(map.snapshot());
    }

    @Test
    void rejectsAMixThatDoesNotSumTo100Percent() {
        var mix = List.of(new EstimatedLiquidationMap.LeverageTier(10, 50_000_000));
        assertThatThrownBy(() -> new EstimatedLiquidationMap(inst, 1_000, mix)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long sum(Map<Long, Long> buckets) {
        return buckets.values().stream().mapToLong(Long::longValue).sum();
    }
}

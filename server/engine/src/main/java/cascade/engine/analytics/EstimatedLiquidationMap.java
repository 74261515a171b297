package cascade.engine.analytics;

import cascade.engine.Instrument;
import cascade.engine.risk.MoneyMath;

import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The players' estimated liquidation map (RULES.md "Liquidation maps", MECHANICS §6.2), built from public data
 * only, the way analytics sites do it: each open-interest increase at a price is spread over an assumed
 * leverage mix, each tier gets a liquidation level, and the notional lands in a price bucket. Open-interest
 * decreases shrink every bucket proportionally; a bucket is consumed when the traded price reaches it.
 *
 * <p>Liquidation level of a tier at leverage L for entry E (ticks), from MECHANICS §1.3 with an isolated
 * margin of E/L, bracket 1's MMR m and no cum: long {@code E × (1 − 1/L) / (1 − m)} rounded down to a tick,
 * short {@code E × (1 + 1/L) / (1 + m)} rounded up (the naive {@code E(1 ∓ 1/L)} ignores that liquidation
 * comes before bankruptcy, by m of the notional). Buckets are keyed by their lowest tick
 * ({@code floor(level / bucketTicks) × bucketTicks}); values are entry notional in micro-USDT.
 *
 * <p>Deterministic (sorted maps, integer arithmetic, one caller). Mutable, single-writer; {@link #snapshot()}
 * and {@link #restore} carry the whole state.
 */
public final class EstimatedLiquidationMap {
    private static final long E8 = 100_000_000L;

    /** One assumed leverage and the share of new open interest it receives (parts per 10^8). */
    public record LeverageTier(int leverage, long weightE8) {
        public LeverageTier {
            if (leverage < 1 || weightE8 < 0) {
                throw new IllegalArgumentException("leverage tier: leverage ≥ 1 and weight ≥ 0 required");
            }
        }
    }

    /** RULES.md default: 10×, 25×, 50×, 100× weighted 40/30/20/10. */
    public static final List<LeverageTier> DEFAULT_MIX = List.of(
            new LeverageTier(10, 40_000_000), new LeverageTier(25, 30_000_000),
            new LeverageTier(50, 20_000_000), new LeverageTier(100, 10_000_000));

    /**
     * The whole state. Buckets map bucket start (ticks) → estimated notional (micro-USDT), ascending.
     *
     * @param openInterestLots the open interest the map has been told about
     */
    public record State(long openInterestLots, SortedMap<Long, Long> longBuckets, SortedMap<Long, Long> shortBuckets) {
        public State {
            longBuckets = Collections.unmodifiableSortedMap(new TreeMap<>(longBuckets));
            shortBuckets = Collections.unmodifiableSortedMap(new TreeMap<>(shortBuckets));
        }
    }

    private final long microsPerTickLot;
    private final long mmrE8;
    private final long bucketTicks;
    private final List<LeverageTier> mix;
    private final TreeMap<Long, Long> longBuckets = new TreeMap<>();
    private final TreeMap<Long, Long> shortBuckets = new TreeMap<>();
    private long openInterestLots;

    /**
     * @param bucketTicks bucket width in ticks, ≥ 1
     * @param mix         leverage tiers whose weights sum to 10^8
     */
    public EstimatedLiquidationMap(Instrument inst, long bucketTicks, List<LeverageTier> mix) {
        if (bucketTicks < 1) {
            throw new IllegalArgumentException("liquidation map: bucket size must be at least one tick");
        }
        if (mix.isEmpty() || mix.stream().mapToLong(LeverageTier::weightE8).sum() != E8) {
            throw new IllegalArgumentException("liquidation map: leverage weights must sum to 100 %");
        }
        this.microsPerTickLot = inst.microsPerTickLot();
        this.mmrE8 = inst.brackets().get(1).mmrE8();
        this.bucketTicks = bucketTicks;
        this.mix = List.copyOf(mix);
    }

    public static EstimatedLiquidationMap restore(Instrument inst, long bucketTicks, List<LeverageTier> mix, State state) {
        EstimatedLiquidationMap map = new EstimatedLiquidationMap(inst, bucketTicks, mix);
        map.openInterestLots = state.openInterestLots();
        map.longBuckets.putAll(state.longBuckets());
        map.shortBuckets.putAll(state.shortBuckets());
        return map;
    }

    /**
     * A change of open interest observed at {@code priceTicks}. An increase is spread over the leverage mix,
     * {@code longShareE8} of it attributed to leveraged longs and the rest to leveraged shorts (the caller
     * chooses, e.g. by taker side: every new contract has both a long and a short, but the analytics recipe
     * assumes one of them is the leveraged speculator). A decrease scales every bucket by
     * {@code newOI / oldOI}, rounded down per bucket.
     */
    public void onOpenInterestChange(long priceTicks, long oiDeltaLots, long longShareE8) {
        if (priceTicks <= 0 || longShareE8 < 0 || longShareE8 > E8) {
            throw new IllegalArgumentException("liquidation map: price must be positive and long share in [0, 100 %]");
        }
        if (oiDeltaLots > 0) {
            addEntries(priceTicks, Math.multiplyExact(Math.multiplyExact(priceTicks, oiDeltaLots), microsPerTickLot), longShareE8);
            openInterestLots = Math.addExact(openInterestLots, oiDeltaLots);
        } else if (oiDeltaLots < 0) {
            long after = Math.max(0, openInterestLots + oiDeltaLots);
            if (openInterestLots > 0) {
                decay(longBuckets, after, openInterestLots);
                decay(shortBuckets, after, openInterestLots);
            }
            openInterestLots = after;
        }
    }

    /**
     * Price traded between {@code lowTicks} and {@code highTicks} (e.g. over a tick): long buckets the low
     * entered ({@code start + bucket > low}) and short buckets the high reached ({@code start ≤ high}) are
     * consumed — those estimated positions are assumed liquidated. Returns the notional removed.
     */
    public long onPriceRange(long lowTicks, long highTicks) {
        if (lowTicks > highTicks) {
            throw new IllegalArgumentException("liquidation map: low must not exceed high");
        }
        NavigableMap<Long, Long> longs = longBuckets.tailMap(lowTicks - bucketTicks, false);
        NavigableMap<Long, Long> shorts = shortBuckets.headMap(highTicks, true);
        long removed = sum(longs) + sum(shorts);
        longs.clear();
        shorts.clear();
        return removed;
    }

    /** Liquidation level of a long entered at {@code entryTicks} with leverage L, in ticks (rounded down). */
    public long longLevelTicks(long entryTicks, int leverage) {
        BigInteger num = BigInteger.valueOf(entryTicks).multiply(BigInteger.valueOf(leverage - 1L)).multiply(BigInteger.valueOf(E8));
        BigInteger den = BigInteger.valueOf(leverage).multiply(BigInteger.valueOf(E8 - mmrE8));
        return num.divide(den).longValueExact();
    }

    /** Liquidation level of a short entered at {@code entryTicks} with leverage L, in ticks (rounded up). */
    public long shortLevelTicks(long entryTicks, int leverage) {
        BigInteger num = BigInteger.valueOf(entryTicks).multiply(BigInteger.valueOf(leverage + 1L)).multiply(BigInteger.valueOf(E8));
        BigInteger den = BigInteger.valueOf(leverage).multiply(BigInteger.valueOf(E8 + mmrE8));
        BigInteger[] qr = num.divideAndRemainder(den);
        return qr[0].longValueExact() + (qr[1].signum() != 0 ? 1 : 0);
    }

    public State snapshot() {
        return new State(openInterestLots, longBuckets, shortBuckets);
    }

    /** Estimated long liquidations (forced sells) by bucket start, ascending; read-only view. */
    public SortedMap<Long, Long> longBuckets() {
        return Collections.unmodifiableSortedMap(longBuckets);
    }

    /** Estimated short liquidations (forced buys) by bucket start, ascending; read-only view. */
    public SortedMap<Long, Long> shortBuckets() {
        return Collections.unmodifiableSortedMap(shortBuckets);
    }

    public long openInterestLots() {
        return openInterestLots;
    }

    public long bucketTicks() {
        return bucketTicks;
    }

    /** Splits by floor and gives the remainders to the first tier, so the whole notional is placed. */
    private void addEntries(long priceTicks, long notionalMicros, long longShareE8) {
        long placed = 0;
        long[] perTier = new long[mix.size()];
        for (int i = 0; i < perTier.length; i++) {
            perTier[i] = MoneyMath.mulDivFloor(notionalMicros, mix.get(i).weightE8(), E8);
            placed += perTier[i];
        }
        perTier[0] += notionalMicros - placed;
        for (int i = 0; i < perTier.length; i++) {
            int leverage = mix.get(i).leverage();
            long longPart = MoneyMath.mulDivFloor(perTier[i], longShareE8, E8);
            long shortPart = perTier[i] - longPart;
            long longLevel = longLevelTicks(priceTicks, leverage);
            if (longPart > 0 && longLevel > 0) { // a 1× long has no positive liquidation price
                longBuckets.merge(bucketOf(longLevel), longPart, Math::addExact);
            }
            if (shortPart > 0) {
                shortBuckets.merge(bucketOf(shortLevelTicks(priceTicks, leverage)), shortPart, Math::addExact);
            }
        }
    }

    private long bucketOf(long levelTicks) {
        return Math.floorDiv(levelTicks, bucketTicks) * bucketTicks;
    }

    private static void decay(TreeMap<Long, Long> buckets, long after, long before) {
        buckets.replaceAll((k, v) -> MoneyMath.mulDivFloor(v, after, before));
        buckets.values().removeIf(v -> v == 0);
    }

    private static long sum(Map<Long, Long> buckets) {
        long s = 0;
        for (long v : buckets.values()) {
            s = Math.addExact(s, v);
        }
        return s;
    }
}

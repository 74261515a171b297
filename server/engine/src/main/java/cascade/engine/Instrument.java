package cascade.engine;

import cascade.engine.risk.BracketTable;

/**
 * One linear USDT-margined perpetual and the rules the engine applies to it, as data (RULES.md defaults in
 * {@link #btcUsdt()}). Units: prices in ticks ({@code ticksPerUnit} ticks = 1 USDT), quantities in lots
 * ({@code lotsPerUnit} lots = 1 contract unit, e.g. 1 BTC), money in USDT micro-units, rates in parts per
 * 10^8 ({@code …E8}), time in game nanoseconds.
 *
 * <p>The notional of {@code p} ticks × {@code q} lots is {@code p × q × microsPerTickLot()} micro-USDT, which
 * must be an integer: {@code 10^6} must be divisible by {@code ticksPerUnit × lotsPerUnit}.
 *
 * @param fundingIntervalNanos     time between funding settlements
 * @param fundingInterestE8        interest rate per 8 h (0.01 % = 10,000)
 * @param fundingPremiumClampE8    the ±clamp on {@code I − P̄} per 8 h (0.05 % = 50,000)
 * @param fundingCapFactorE8       funding cap as a multiple of bracket 1's MMR (0.75 = 75,000,000)
 * @param priceBandE8              limit orders further than this from mark are rejected (5 % = 5,000,000)
 * @param markBasisSamples         number of 1-game-second samples in the mark price's moving-average basis
 * @param insuranceSeedMicros      insurance fund balance at start
 * @param fundMaxNetNotionalE8     the fund's net position after a takeover stays within this share of its balance
 * @param offloadDepthShareE8      the fund's offload IOC is at most this share of the depth within 1 % of mid
 * @param offloadMaxSlippageE8     the fund's offload IOC is priced no worse than this from mark
 * @param episodeGapNanos          liquidations further apart than this start a new episode
 */
public record Instrument(
        String symbol,
        long ticksPerUnit,
        long lotsPerUnit,
        BracketTable brackets,
        long makerFeeE8,
        long takerFeeE8,
        long clearanceFeeE8,
        long fundingIntervalNanos,
        long fundingInterestE8,
        long fundingPremiumClampE8,
        long fundingCapFactorE8,
        long priceBandE8,
        int markBasisSamples,
        long insuranceSeedMicros,
        boolean adlEnabled,
        boolean socializedLossEnabled,
        long fundMaxNetNotionalE8,
        long offloadDepthShareE8,
        long offloadMaxSlippageE8,
        long episodeGapNanos) {

    public static final long E8 = 100_000_000L;
    public static final long MICROS_PER_USDT = 1_000_000L;
    public static final long NANOS_PER_SECOND = 1_000_000_000L;

    public Instrument {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("instrument: symbol is required");
        }
        if (ticksPerUnit <= 0 || lotsPerUnit <= 0 || MICROS_PER_USDT % (ticksPerUnit * lotsPerUnit) != 0) {
            throw new IllegalArgumentException(
                    "instrument: 10^6 must be divisible by ticksPerUnit × lotsPerUnit (tick and lot sizes too fine)");
        }
        if (brackets == null) {
            throw new IllegalArgumentException("instrument: brackets are required");
        }
        requireRate("makerFee", makerFeeE8, -E8 / 100, E8 / 10);
        requireRate("takerFee", takerFeeE8, 0, E8 / 10);
        requireRate("clearanceFee", clearanceFeeE8, 0, E8 / 10);
        requireRate("fundingInterest", fundingInterestE8, -E8 / 100, E8 / 100);
        requireRate("fundingPremiumClamp", fundingPremiumClampE8, 0, E8 / 100);
        requireRate("fundingCapFactor", fundingCapFactorE8, 0, 100 * E8);
        requireRate("priceBand", priceBandE8, 1, E8);
        requireRate("fundMaxNetNotional", fundMaxNetNotionalE8, 0, 100 * E8);
        requireRate("offloadDepthShare", offloadDepthShareE8, 1, E8);
        requireRate("offloadMaxSlippage", offloadMaxSlippageE8, 1, E8);
        if (fundingIntervalNanos < NANOS_PER_SECOND) {
            throw new IllegalArgumentException("instrument: funding interval must be at least 1 game-second");
        }
        if (markBasisSamples < 1 || markBasisSamples > 3600) {
            throw new IllegalArgumentException("instrument: markBasisSamples must be in [1, 3600]");
        }
        if (insuranceSeedMicros < 0) {
            throw new IllegalArgumentException("instrument: insurance fund seed must not be negative");
        }
        if (!adlEnabled && !socializedLossEnabled) {
            throw new IllegalArgumentException(
                    "instrument: ADL and socialized loss cannot both be off (a deficit must land somewhere)");
        }
        if (episodeGapNanos <= 0) {
            throw new IllegalArgumentException("instrument: episode gap must be positive");
        }
    }

    private static void requireRate(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("instrument: " + name + " out of range [" + min + ", " + max + "] (parts per 10^8)");
        }
    }

    /** RULES.md defaults: BTCUSDT, tick 0.1, lot 0.001, MECHANICS §1.2 brackets, 0.02 %/0.05 %/0.3 %. */
    public static Instrument btcUsdt() {
        return new Instrument("BTCUSDT", 10, 1000, BracketTable.binanceBtcUsdt(),
                20_000, 50_000, 300_000,
                3600 * NANOS_PER_SECOND, 10_000, 50_000, 75_000_000,
                5_000_000, 30,
                1_000_000 * MICROS_PER_USDT, true, true,
                E8, 10_000_000, 2_000_000,
                30 * NANOS_PER_SECOND);
    }

    /** Micro-USDT per (1 tick × 1 lot). */
    public long microsPerTickLot() {
        return MICROS_PER_USDT / (ticksPerUnit * lotsPerUnit);
    }

    /** Notional of {@code qtyLots} at {@code priceTicks}, in micro-USDT (exact). */
    public long notionalMicros(long priceTicks, long qtyLots) {
        return Math.multiplyExact(Math.multiplyExact(priceTicks, qtyLots), microsPerTickLot());
    }

    public Instrument withBrackets(BracketTable table) {
        return new Instrument(symbol, ticksPerUnit, lotsPerUnit, table, makerFeeE8, takerFeeE8, clearanceFeeE8,
                fundingIntervalNanos, fundingInterestE8, fundingPremiumClampE8, fundingCapFactorE8, priceBandE8,
                markBasisSamples, insuranceSeedMicros, adlEnabled, socializedLossEnabled, fundMaxNetNotionalE8,
                offloadDepthShareE8, offloadMaxSlippageE8, episodeGapNanos);
    }

    public Instrument withLossPolicy(boolean adl, boolean socializedLoss) {
        return new Instrument(symbol, ticksPerUnit, lotsPerUnit, brackets, makerFeeE8, takerFeeE8, clearanceFeeE8,
                fundingIntervalNanos, fundingInterestE8, fundingPremiumClampE8, fundingCapFactorE8, priceBandE8,
                markBasisSamples, insuranceSeedMicros, adl, socializedLoss, fundMaxNetNotionalE8,
                offloadDepthShareE8, offloadMaxSlippageE8, episodeGapNanos);
    }

    public Instrument withInsuranceSeed(long micros) {
        return new Instrument(symbol, ticksPerUnit, lotsPerUnit, brackets, makerFeeE8, takerFeeE8, clearanceFeeE8,
                fundingIntervalNanos, fundingInterestE8, fundingPremiumClampE8, fundingCapFactorE8, priceBandE8,
                markBasisSamples, micros, adlEnabled, socializedLossEnabled, fundMaxNetNotionalE8,
                offloadDepthShareE8, offloadMaxSlippageE8, episodeGapNanos);
    }

    public Instrument withFundingInterval(long nanos) {
        return new Instrument(symbol, ticksPerUnit, lotsPerUnit, brackets, makerFeeE8, takerFeeE8, clearanceFeeE8,
                nanos, fundingInterestE8, fundingPremiumClampE8, fundingCapFactorE8, priceBandE8,
                markBasisSamples, insuranceSeedMicros, adlEnabled, socializedLossEnabled, fundMaxNetNotionalE8,
                offloadDepthShareE8, offloadMaxSlippageE8, episodeGapNanos);
    }
}

package cascade.engine.risk;

import cascade.engine.Instrument;

import java.math.BigInteger;

/**
 * Per-position margin arithmetic (MECHANICS §1.2–§1.6, RULES.md "Margin and liquidation"). Money in micro-USDT,
 * rates in parts per 10^8. Requirements and fees round up, PnL is exact (notional at a tick price is an
 * integer number of micros), ratios are documented per method.
 */
public final class MarginMath {
    public static final long E8 = BracketTable.E8;

    private MarginMath() {
    }

    /** Initial margin {@code ceil(notional / leverage)}; notional ≥ 0, leverage ≥ 1. */
    public static long initialMarginMicros(long notionalMicros, int leverage) {
        if (notionalMicros < 0 || leverage < 1) {
            throw new IllegalArgumentException("initial margin: notional must be ≥ 0 and leverage ≥ 1");
        }
        return MoneyMath.ceilDiv(notionalMicros, leverage);
    }

    /**
     * Unrealised PnL at the mark, exact: long {@code q × mark − entry}, short {@code entry − q × mark}, where
     * {@code entryNotionalMicros} is the position's cost basis (Σ fill notional).
     */
    public static long unrealizedPnlMicros(boolean isLong, long qtyLots, long entryNotionalMicros, long markTicks,
                                           Instrument inst) {
        long atMark = inst.notionalMicros(markTicks, qtyLots);
        return isLong ? Math.subtractExact(atMark, entryNotionalMicros) : Math.subtractExact(entryNotionalMicros, atMark);
    }

    /** Margin balance = wallet (or isolated margin) + unrealised PnL. */
    public static long marginBalanceMicros(long walletMicros, long unrealizedPnlMicros) {
        return Math.addExact(walletMicros, unrealizedPnlMicros);
    }

    /** True when the position must be liquidated: margin balance ≤ maintenance (MECHANICS §1.3 trigger). */
    public static boolean isLiquidatable(long maintenanceMicros, long marginBalanceMicros) {
        return marginBalanceMicros <= maintenanceMicros;
    }

    /**
     * Margin ratio {@code MM / MB} in parts per 10^8, rounded DOWN, so that {@code ratio ≥ 10^8} holds exactly
     * when {@link #isLiquidatable} does (rounding up could show 100 % one micro early). When {@code MB ≤ 0}
     * the ratio is unbounded and {@link Long#MAX_VALUE} is returned (liquidatable); {@code MM = 0} with a
     * positive MB is 0. This is the risk display; the ADL score uses its own rule ({@link #adlScore}).
     */
    public static long marginRatioE8(long maintenanceMicros, long marginBalanceMicros) {
        if (maintenanceMicros < 0) {
            throw new IllegalArgumentException("margin ratio: maintenance must not be negative");
        }
        if (marginBalanceMicros <= 0) {
            return Long.MAX_VALUE;
        }
        BigInteger r = BigInteger.valueOf(maintenanceMicros).multiply(BigInteger.valueOf(E8))
                .divide(BigInteger.valueOf(marginBalanceMicros));
        return r.bitLength() < 63 ? r.longValue() : Long.MAX_VALUE;
    }

    /**
     * Binance ADL ranking score (MECHANICS §1.6): {@code PnlPercent × MarginRatio} with
     * {@code PnlPercent = max(0, uPnL) / max(1 USDT, WB)} and {@code MarginRatio = MM / (WB + uPnL)}, or 0
     * when {@code WB + uPnL ≤ 0}. A double is enough because it only orders accounts; higher is deleveraged
     * first, and equal scores break by account id ascending (RULES.md "Units"; the caller sorts).
     */
    public static double adlScore(long walletMicros, long unrealizedPnlMicros, long maintenanceMicros) {
        double pnlPercent = Math.max(0, unrealizedPnlMicros) / (double) Math.max(Instrument.MICROS_PER_USDT, walletMicros);
        long balance = Math.addExact(walletMicros, unrealizedPnlMicros);
        double marginRatio = balance <= 0 ? 0.0 : maintenanceMicros / (double) balance;
        return pnlPercent * marginRatio;
    }

    /** The highest leverage allowed at this notional: the max leverage of the bracket holding it. */
    public static int maxLeverageFor(long notionalMicros, BracketTable table) {
        return table.forNotional(notionalMicros).maxLeverage();
    }

    /**
     * Clearance (liquidation) fee of one liquidation fill (RULES.md step 2, MECHANICS §1.4):
     * {@code min(ceil(rate × filled notional), margin left)}, never negative. What is left after it goes to
     * the insurance fund.
     */
    public static long clearanceFeeMicros(long filledNotionalMicros, long clearanceFeeE8, long marginLeftMicros) {
        long fee = MoneyMath.mulDivCeil(filledNotionalMicros, clearanceFeeE8, E8);
        return Math.max(0, Math.min(fee, marginLeftMicros));
    }
}

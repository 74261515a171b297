package cascade.engine.market;

import cascade.engine.Instrument;
import cascade.engine.risk.BracketTable;

/**
 * Exact integer position arithmetic, and the ticks at which the engine acts.
 *
 * <p>With m = micro-USDT per tick×lot, q = |lots|, E = cost basis and C = collateral:
 * margin balance at mark P is {@code C + qmP − E} (long) or {@code C + E − qmP} (short); maintenance is
 * {@code ceil(qmP × MMR) − cum} of the bracket of qmP. An account is liquidatable when balance ≤ maintenance.
 * The liquidation tick of a long is the <em>highest</em> tick at which that holds (a mark at or below it
 * liquidates, one tick above does not); of a short the <em>lowest</em> (at or above liquidates). Balance −
 * maintenance rises by at least qm(1 − MMR) − 1 micro per tick, so it is monotone whenever MMR &lt; 100 %
 * and qm ≥ 2, which a binary search relies on.
 */
final class PositionMath {
    private PositionMath() {
    }

    static long unrealizedPnl(long positionLots, long entryNotionalMicros, long markTicks, long m) {
        if (positionLots == 0) {
            return 0;
        }
        long value = Math.multiplyExact(Math.multiplyExact(Math.abs(positionLots), markTicks), m);
        return positionLots > 0 ? value - entryNotionalMicros : entryNotionalMicros - value;
    }

    static long marginBalance(Account a, long markTicks, long m) {
        return a.collateralMicros() + unrealizedPnl(a.positionLots, a.entryNotionalMicros, markTicks, m);
    }

    static long maintenance(Account a, long markTicks, Instrument inst) {
        if (a.positionLots == 0) {
            return 0;
        }
        return inst.brackets().maintenanceMicros(inst.notionalMicros(markTicks, a.absLots()));
    }

    static boolean liquidatable(Account a, long markTicks, Instrument inst) {
        return a.positionLots != 0
                && marginBalance(a, markTicks, inst.microsPerTickLot()) <= maintenance(a, markTicks, inst);
    }

    /** Balance − maintenance at a mark, for a hypothetical position (collateral given). */
    private static long headroom(boolean isLong, long q, long e, long c, long p, long m, BracketTable t) {
        long value = Math.multiplyExact(Math.multiplyExact(q, p), m);
        long mb = c + (isLong ? value - e : e - value);
        return mb - t.maintenanceMicros(value);
    }

    /** The engine's liquidation tick for this account's position, or 0 if it has none / can never be liquidated. */
    static long liquidationTicks(Account a, Instrument inst) {
        if (a.positionLots == 0) {
            return 0;
        }
        return liquidationTicks(a.isLong(), a.absLots(), a.entryNotionalMicros, a.collateralMicros(), inst);
    }

    static long liquidationTicks(boolean isLong, long q, long e, long c, Instrument inst) {
        long m = inst.microsPerTickLot();
        BracketTable t = inst.brackets();
        long qm = Math.multiplyExact(q, m);
        if (isLong) {
            if (headroom(true, q, e, c, 1, m, t) > 0) {
                return 0; // safe at any positive price (e.g. 1× leverage with spare collateral)
            }
            // Largest P with headroom(P) ≤ 0, searched from the continuous estimate (usually within a tick).
            long lo = Math.max(1, estimate(true, qm, e, c, t));
            long step = 1;
            while (headroom(true, q, e, c, lo, m, t) > 0) {
                lo = Math.max(1, lo - step);
                step <<= 1;
            }
            long hi = lo + 1;
            step = 1;
            while (headroom(true, q, e, c, hi, m, t) <= 0) {
                lo = hi;
                hi = Math.addExact(hi, step);
                step <<= 1;
            }
            while (hi - lo > 1) { // invariant: headroom(lo) ≤ 0 < headroom(hi)
                long mid = (lo + hi) >>> 1;
                if (headroom(true, q, e, c, mid, m, t) <= 0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
        if (headroom(false, q, e, c, 1, m, t) <= 0) {
            return 1; // already liquidatable at any price
        }
        // Smallest P with headroom(P) ≤ 0.
        long hi = Math.max(2, estimate(false, qm, e, c, t));
        long step = 1;
        while (headroom(false, q, e, c, hi, m, t) > 0) {
            hi = Math.addExact(hi, step);
            step <<= 1;
        }
        long lo = hi - 1;
        step = 1;
        while (lo > 1 && headroom(false, q, e, c, lo, m, t) <= 0) {
            hi = lo;
            lo = Math.max(1, lo - step);
            step <<= 1;
        }
        while (hi - lo > 1) { // invariant: headroom(lo) > 0 ≥ headroom(hi)
            long mid = (lo + hi) >>> 1;
            if (headroom(false, q, e, c, mid, m, t) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /**
     * MECHANICS §1.3's continuous price with the bracket of the bankruptcy notional, as a starting point
     * for the exact search (a double is fine: the search below decides).
     */
    private static long estimate(boolean isLong, long qm, long e, long c, BracketTable t) {
        double bankruptcy = isLong ? (double) (e - c) / qm : (double) (e + c) / qm;
        long notional = (long) Math.min(Long.MAX_VALUE / 4.0, Math.max(0, bankruptcy) * qm);
        cascade.engine.risk.Bracket b = t.forNotional(notional);
        double mmr = b.mmrE8() / 1e8;
        double cum = (double) b.cumMicros() / qm;
        double p = isLong ? (bankruptcy - cum) / (1 - mmr) : (bankruptcy + cum) / (1 + mmr);
        return (long) Math.max(1, Math.min(Long.MAX_VALUE / 4.0, p));
    }

    /**
     * Bankruptcy tick (balance = 0, no maintenance), rounded so a fill there never leaves the trader
     * negative: a long sells at or above {@code ceil((E − C)/qm)}, a short buys at or below
     * {@code floor((E + C)/qm)}. Never below 1 tick.
     */
    static long bankruptcyTicks(Account a, Instrument inst) {
        if (a.positionLots == 0) {
            return 0;
        }
        long qm = Math.multiplyExact(a.absLots(), inst.microsPerTickLot());
        long c = a.collateralMicros();
        long p = a.isLong()
                ? cascade.engine.risk.MoneyMath.ceilDiv(a.entryNotionalMicros - c, qm)
                : Math.floorDiv(a.entryNotionalMicros + c, qm);
        return Math.max(1, p);
    }
}

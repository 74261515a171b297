package cascade.engine.risk;

import cascade.engine.Instrument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Liquidation and bankruptcy price of one one-way position (MECHANICS §1.3), isolated or cross, computed
 * exactly from integers. Report only: the engine never triggers on these prices (RULES.md "Units"); it
 * compares margin balance and maintenance in integers at the mark.
 *
 * <p>Let {@code K = WB − TMM1 + UPNL1} (micro-USDT), {@code E} the cost basis (micro-USDT), {@code side = +1}
 * long / {@code −1} short, and {@code N} the notional at price P. The position is liquidatable when
 * {@code f(N) = K + side × (N − E) − (N × MMR_b − cum_b) ≤ 0}, b being the bracket holding N. Within bracket
 * b the root is {@code N_b = (K + cum_b − side × E) / (MMR_b − side)}, i.e. MECHANICS' formula times Q.
 *
 * <p><b>Bracket re-selection without an open-ended loop.</b> Maintenance is convex and continuous in N, so
 * {@code f} is increasing in N for a long (slope {@code 1 − MMR ≥ 0}) and strictly decreasing for a short.
 * Instead of iterating "compute, re-select, recompute" (which needs an argument that it stops), every bracket
 * is tried once: a long's LP is the highest notional at which it is liquidatable, {@code max_b N_b} over the
 * brackets whose own root lies in {@code [floor_b, cap_b)}; a short's LP is the lowest such notional,
 * {@code min_b max(N_b, floor_b)}. With a continuous maintenance curve exactly one bracket is self-consistent
 * and both rules pick it; the max/min forms also stay well defined if a rounded-down cum leaves a sub-micro
 * step at a bracket edge. The loop runs {@code table.size()} times, so it always terminates.
 * A long that is liquidatable at every price up to the position limit (only possible with a 100 % MMR
 * bracket) is reported at the price where its notional equals the position limit.
 */
public final class LiquidationPrice {
    /** Scale (decimal places) of the exact-ish USDT prices in {@link Result}. */
    public static final int PRICE_SCALE = 12;

    private static final BigInteger E8 = BigInteger.valueOf(BracketTable.E8);
    private static final BigInteger MICROS = BigInteger.valueOf(Instrument.MICROS_PER_USDT);

    private LiquidationPrice() {
    }

    /**
     * @param liquidationPrice             USDT, scale {@value #PRICE_SCALE} rounded half-up; null when no positive
     *                                     LP exists ("--": a long that cannot be liquidated, or a short that is
     *                                     liquidatable at every price)
     * @param bankruptcyPrice              USDT, scale {@value #PRICE_SCALE} rounded half-up; null if ≤ 0
     * @param maintenanceAtLiquidationMicros {@code ceil(N_LP × MMR) − cum} of the bracket in force; 0 without LP
     * @param bracket                      1-based bracket in force at the LP (after re-selection); 0 without LP
     */
    public record Result(BigDecimal liquidationPrice, BigDecimal bankruptcyPrice,
                         long maintenanceAtLiquidationMicros, int bracket) {
    }

    /**
     * @param qtyLots                 position size, > 0 (the side is {@code isLong})
     * @param entryNotionalMicros     cost basis Σ fill notional = Q × EP, > 0
     * @param walletMicros            WB: isolated margin, or the cross wallet balance
     * @param otherMaintenanceMicros  TMM1: maintenance of the account's other positions (0 if isolated)
     * @param otherUnrealizedPnlMicros UPNL1: unrealised PnL of the other positions (0 if isolated)
     */
    public static Result compute(boolean isLong, long qtyLots, long entryNotionalMicros, long walletMicros,
                                 long otherMaintenanceMicros, long otherUnrealizedPnlMicros, Instrument inst) {
        requirePosition(qtyLots, entryNotionalMicros);
        if (otherMaintenanceMicros < 0) {
            throw new IllegalArgumentException("liquidation price: other maintenance must not be negative");
        }
        BigInteger k = BigInteger.valueOf(walletMicros).subtract(BigInteger.valueOf(otherMaintenanceMicros))
                .add(BigInteger.valueOf(otherUnrealizedPnlMicros));
        BigInteger e = BigInteger.valueOf(entryNotionalMicros);
        BracketTable table = inst.brackets();

        Rational best = null;
        Bracket bestBracket = null;
        for (Bracket b : table.all()) {
            boolean last = b.number() == table.size();
            Rational floor = Rational.of(BigInteger.valueOf(b.floorMicros()));
            Rational cap = Rational.of(BigInteger.valueOf(b.capMicros()));
            BigInteger sideE8 = isLong ? E8 : E8.negate();
            BigInteger num = k.add(BigInteger.valueOf(b.cumMicros())).subtract(isLong ? e : e.negate()).multiply(E8);
            BigInteger den = BigInteger.valueOf(b.mmrE8()).subtract(sideE8);
            Rational candidate;
            if (den.signum() == 0) {
                // Long with MMR = 100 %: f is constant on the bracket; liquidatable on all of it or none of it.
                if (k.add(BigInteger.valueOf(b.cumMicros())).subtract(e).signum() > 0) {
                    continue;
                }
                candidate = cap;
            } else {
                Rational root = Rational.of(num, den);
                if (isLong) {
                    if (root.compareTo(floor) < 0 || (!last && root.compareTo(cap) >= 0)) {
                        continue;
                    }
                    candidate = last ? root.min(cap) : root;
                } else {
                    candidate = root.max(floor);
                    if (!last && candidate.compareTo(cap) >= 0) {
                        continue;
                    }
                }
            }
            boolean better = best == null || (isLong ? candidate.compareTo(best) > 0 : candidate.compareTo(best) < 0);
            if (better) {
                best = candidate;
                bestBracket = b;
            }
        }
        BigDecimal bp = bankruptcyPrice(isLong, qtyLots, entryNotionalMicros, walletMicros, otherUnrealizedPnlMicros, inst);
        if (best == null || best.signum() <= 0) {
            return new Result(null, bp, 0, 0);
        }
        long mm = best.times(BigInteger.valueOf(bestBracket.mmrE8())).divide(E8).ceil()
                .subtract(BigInteger.valueOf(bestBracket.cumMicros())).longValueExact();
        return new Result(toPrice(best, qtyLots, inst), bp, Math.max(0, mm), bestBracket.number());
    }

    /**
     * Exact bankruptcy price (equity = 0, no maintenance): {@code N_BP = E − side × (WB + UPNL1)}; TMM1 plays
     * no part. USDT at scale {@value #PRICE_SCALE}, half-up; null if ≤ 0.
     */
    public static BigDecimal bankruptcyPrice(boolean isLong, long qtyLots, long entryNotionalMicros,
                                             long walletMicros, long otherUnrealizedPnlMicros, Instrument inst) {
        requirePosition(qtyLots, entryNotionalMicros);
        Rational n = Rational.of(bankruptcyNotional(isLong, entryNotionalMicros, walletMicros, otherUnrealizedPnlMicros));
        return n.signum() <= 0 ? null : toPrice(n, qtyLots, inst);
    }

    /**
     * Bankruptcy price in ticks for the liquidation order's limit, rounded so that the fill is never worse for
     * the fund than bankruptcy: a long is closed by a sell, so the limit rounds UP (selling higher loses less);
     * a short is closed by a buy, so it rounds DOWN. A long whose bankruptcy price is ≤ 0 gets 1 tick (any
     * sale covers it); a short whose bankruptcy price is ≤ 0 gets 0, meaning no buy price avoids a deficit.
     */
    public static long bankruptcyPriceTicks(boolean isLong, long qtyLots, long entryNotionalMicros,
                                            long walletMicros, long otherUnrealizedPnlMicros, Instrument inst) {
        requirePosition(qtyLots, entryNotionalMicros);
        BigInteger n = bankruptcyNotional(isLong, entryNotionalMicros, walletMicros, otherUnrealizedPnlMicros);
        BigInteger perTick = BigInteger.valueOf(qtyLots).multiply(BigInteger.valueOf(inst.microsPerTickLot()));
        if (isLong) {
            return Math.max(1, Rational.of(n, perTick).ceil().longValueExact());
        }
        return Math.max(0, Rational.of(n, perTick).floor().longValueExact());
    }

    /** Reports round half-up to 0.01 USDT (RULES.md "Units"); null stays null ("--"). */
    public static BigDecimal roundHalfUpCents(BigDecimal price) {
        return price == null ? null : price.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigInteger bankruptcyNotional(boolean isLong, long entryNotionalMicros, long walletMicros,
                                                 long otherUnrealizedPnlMicros) {
        BigInteger equity = BigInteger.valueOf(walletMicros).add(BigInteger.valueOf(otherUnrealizedPnlMicros));
        BigInteger e = BigInteger.valueOf(entryNotionalMicros);
        return isLong ? e.subtract(equity) : e.add(equity);
    }

    /** Price in USDT of notional {@code n} micro-USDT over {@code qtyLots}: n × lotsPerUnit / (qtyLots × 10^6). */
    private static BigDecimal toPrice(Rational n, long qtyLots, Instrument inst) {
        BigInteger num = n.num().multiply(BigInteger.valueOf(inst.lotsPerUnit()));
        BigInteger den = n.den().multiply(BigInteger.valueOf(qtyLots)).multiply(MICROS);
        return new BigDecimal(num).divide(new BigDecimal(den), PRICE_SCALE, RoundingMode.HALF_UP);
    }

    private static void requirePosition(long qtyLots, long entryNotionalMicros) {
        if (qtyLots <= 0 || entryNotionalMicros <= 0) {
            throw new IllegalArgumentException("liquidation price: quantity and entry notional must be positive");
        }
    }
}

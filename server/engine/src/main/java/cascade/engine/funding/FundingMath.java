package cascade.engine.funding;

import cascade.engine.Instrument;
import cascade.engine.risk.BracketTable;
import cascade.engine.risk.MoneyMath;

import java.math.BigInteger;

/**
 * Funding-rate arithmetic (MECHANICS §5.1, RULES.md "Funding"). Prices in ticks, money in micro-USDT, rates in
 * parts per 10^8, time in game nanoseconds.
 *
 * <p>Rounding: premium and rate quantities round toward zero (a book and its mirror image give rates of equal
 * magnitude and opposite sign); payments round so that payers pay rounded up and receivers receive rounded
 * down, the remainder staying with the house (RULES.md "Units").
 */
public final class FundingMath {
    public static final long E8 = BracketTable.E8;
    /** The basis on which the interest and clamp are quoted: 8 hours. */
    public static final long EIGHT_HOURS_NANOS = 8L * 3600 * Instrument.NANOS_PER_SECOND;
    /** MECHANICS §5.1: the impact margin is 200 USDT. */
    public static final long IMPACT_MARGIN_MICROS = 200 * Instrument.MICROS_PER_USDT;

    private FundingMath() {
    }

    /**
     * Premium index {@code P = [max(0, impactBid − index) − max(0, index − impactAsk)] / index} in parts per
     * 10^8, truncated toward zero. An absent impact price (0, see {@link #impactPriceTicks}) contributes 0:
     * an empty side of the book is not evidence of a premium or a discount.
     */
    public static long premiumIndexE8(long impactBidTicks, long impactAskTicks, long indexTicks) {
        if (indexTicks <= 0 || impactBidTicks < 0 || impactAskTicks < 0) {
            throw new IllegalArgumentException("premium index: index must be positive and impact prices ≥ 0");
        }
        long premium = impactBidTicks == 0 ? 0 : Math.max(0, impactBidTicks - indexTicks);
        long discount = impactAskTicks == 0 ? 0 : Math.max(0, indexTicks - impactAskTicks);
        long diff = premium - discount;
        // Truncation toward zero: floor for a premium, ceil for a discount.
        return diff >= 0 ? MoneyMath.mulDivFloor(diff, E8, indexTicks) : MoneyMath.mulDivCeil(diff, E8, indexTicks);
    }

    /** Impact margin notional = impact margin / IMR at max leverage = impact margin × max leverage. */
    public static long impactNotionalMicros(long impactMarginMicros, int maxLeverage) {
        if (impactMarginMicros <= 0 || maxLeverage < 1) {
            throw new IllegalArgumentException("impact notional: margin must be positive and leverage ≥ 1");
        }
        return Math.multiplyExact(impactMarginMicros, maxLeverage);
    }

    /** 200 USDT at bracket 1's max leverage (125× → 25,000 USDT). */
    public static long impactNotionalMicros(BracketTable table) {
        return impactNotionalMicros(IMPACT_MARGIN_MICROS, table.get(1).maxLeverage());
    }

    /**
     * Average fill price, in ticks, of a market order of {@code notionalMicros} walking one side of the book
     * from the best level ({@code prices[0]}) outwards. The last level is used fractionally, so the average is
     * {@code notional / quantity filled} exactly, then rounded to a tick against the taker: DOWN on the bid
     * side (a seller), UP on the ask side (a buyer).
     *
     * @return the impact price, or 0 ("absent") when the side cannot fill the whole notional — a thin book is
     * not allowed to set the premium with a few lots (see {@link #premiumIndexE8} for how 0 is treated)
     */
    public static long impactPriceTicks(boolean bidSide, long[] pricesTicks, long[] qtysLots, int count,
                                        long notionalMicros, Instrument inst) {
        if (notionalMicros <= 0 || count < 0 || count > pricesTicks.length || count > qtysLots.length) {
            throw new IllegalArgumentException("impact price: notional must be positive and count within the arrays");
        }
        long perTickLot = inst.microsPerTickLot();
        long filledLots = 0;
        long filledMicros = 0;
        for (int i = 0; i < count; i++) {
            long price = pricesTicks[i];
            if (price <= 0 || qtysLots[i] < 0) {
                throw new IllegalArgumentException("impact price: level " + i + " has a non-positive price or negative size");
            }
            long levelMicros = inst.notionalMicros(price, qtysLots[i]);
            long remaining = notionalMicros - filledMicros;
            if (levelMicros >= remaining) {
                // avg = N / (filledLots + remaining / (price × perTickLot)) / perTickLot
                //     = N × price / (filledLots × perTickLot × price + remaining)
                BigInteger num = BigInteger.valueOf(notionalMicros).multiply(BigInteger.valueOf(price));
                BigInteger den = BigInteger.valueOf(filledLots).multiply(BigInteger.valueOf(perTickLot))
                        .multiply(BigInteger.valueOf(price)).add(BigInteger.valueOf(remaining));
                BigInteger[] qr = num.divideAndRemainder(den);
                boolean roundUp = !bidSide && qr[1].signum() != 0;
                return qr[0].longValueExact() + (roundUp ? 1 : 0);
            }
            filledLots = Math.addExact(filledLots, qtysLots[i]);
            filledMicros = Math.addExact(filledMicros, levelMicros);
        }
        return 0;
    }

    /**
     * Funding rate for one interval: {@code F = P̄ + clamp(I − P̄, −clamp, +clamp)} on the 8-hour basis, capped
     * at {@code ±capFactor × MMR(bracket 1)}, then scaled by {@code interval / 8 h}. Capping before scaling is
     * the same as capping the scaled rate at the scaled cap (RULES.md); it lets the whole chain stay exact
     * with a single rounding, toward zero, at the end.
     */
    public static long fundingRateE8(long avgPremiumE8, long interestE8, long clampE8, long intervalNanos,
                                     long capFactorE8, long bracket1MmrE8) {
        if (clampE8 < 0 || capFactorE8 < 0 || bracket1MmrE8 < 0 || intervalNanos <= 0) {
            throw new IllegalArgumentException("funding rate: clamp, cap and interval must not be negative");
        }
        long dampened = Math.max(-clampE8, Math.min(clampE8, Math.subtractExact(interestE8, avgPremiumE8)));
        BigInteger rateE16 = BigInteger.valueOf(Math.addExact(avgPremiumE8, dampened)).multiply(BigInteger.valueOf(E8));
        BigInteger capE16 = BigInteger.valueOf(capFactorE8).multiply(BigInteger.valueOf(bracket1MmrE8));
        BigInteger capped = rateE16.max(capE16.negate()).min(capE16);
        return capped.multiply(BigInteger.valueOf(intervalNanos))
                .divide(BigInteger.valueOf(E8).multiply(BigInteger.valueOf(EIGHT_HOURS_NANOS))) // truncates toward 0
                .longValueExact();
    }

    /** {@link #fundingRateE8(long, long, long, long, long, long)} with the instrument's parameters. */
    public static long fundingRateE8(long avgPremiumE8, Instrument inst) {
        return fundingRateE8(avgPremiumE8, inst.fundingInterestE8(), inst.fundingPremiumClampE8(),
                inst.fundingIntervalNanos(), inst.fundingCapFactorE8(), inst.brackets().get(1).mmrE8());
    }

    /**
     * Funding paid by one position: {@code mark × size × F}. {@code signedQtyLots} is positive for a long and
     * negative for a short; the result is what the position pays (positive, debit its wallet) or receives
     * (negative, credit it). Rounded UP toward +∞: a payer's debit is rounded up and a receiver's credit is
     * rounded down, so the sum over all positions is ≥ 0 and the remainder goes to the house.
     */
    public static long fundingPaymentMicros(long markTicks, long signedQtyLots, long rateE8, Instrument inst) {
        if (markTicks <= 0) {
            throw new IllegalArgumentException("funding payment: mark must be positive");
        }
        return MoneyMath.mulDivCeil(inst.notionalMicros(markTicks, signedQtyLots), rateE8, E8);
    }
}

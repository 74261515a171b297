package cascade.engine.market;

import cascade.engine.Instrument;
import cascade.engine.event.FundChangeReason;
import cascade.engine.event.FundingPaid;
import cascade.engine.event.FundingSettled;
import cascade.engine.risk.MoneyMath;

/**
 * Funding (RULES.md "Funding", MECHANICS §5). Each game-second the premium index
 * {@code P = [max(0, impactBid − index) − max(0, index − impactAsk)] / index} is sampled from the impact
 * prices of the impact margin notional (200 USDT × bracket-1 max leverage); samples are averaged with
 * linear time weights. At each interval boundary
 * {@code F = P̄ + clamp(I − P̄, ±clamp)} on an 8-hour basis, scaled by interval / 8 h and capped at
 * ±capFactor × MMR(bracket 1) (scaled likewise), is paid on {@code mark × size}: longs pay shorts when
 * F &gt; 0. Payers pay rounded up, receivers receive rounded down; the remainder goes to the house fee account.
 * A side whose book cannot fill the impact notional contributes no premium (its impact price = index).
 */
final class Funding {
    private static final long EIGHT_HOURS = 8 * 3600 * Instrument.NANOS_PER_SECOND;
    private final MarketState s;
    long weightedSumE8;
    long weightSum;
    long samples;
    long lastSampleSecond = -1;

    Funding(MarketState s) {
        this.s = s;
    }

    void sample(long nowNanos) {
        long second = nowNanos / Instrument.NANOS_PER_SECOND;
        if (second == lastSampleSecond) {
            return;
        }
        lastSampleSecond = second;
        long impact = 200 * Instrument.MICROS_PER_USDT * s.inst.brackets().get(1).maxLeverage();
        long bid = impactPrice(true, impact);
        long ask = impactPrice(false, impact);
        long index = s.indexTicks;
        long premiumE8 = bid == 0 || ask == 0 ? 0
                : MoneyMath.mulDivFloor(Math.max(0, bid - index) - Math.max(0, index - ask), Instrument.E8, index);
        samples++;
        weightedSumE8 += samples * premiumE8;
        weightSum += samples;
    }

    /** Average fill price (ticks, rounded toward the index side) for {@code notional} on one side; 0 if too thin. */
    private long impactPrice(boolean bids, long notionalMicros) {
        long[] filledLots = {0};
        long[] filledNotional = {0};
        long m = s.m();
        s.book.forEachLevel(bids, (price, lots) -> {
            long levelNotional = price * lots * m;
            long need = notionalMicros - filledNotional[0];
            long take = levelNotional <= need ? lots : MoneyMath.ceilDiv(need, price * m);
            filledLots[0] += take;
            filledNotional[0] += take * price * m;
            return filledNotional[0] < notionalMicros;
        });
        if (filledNotional[0] < notionalMicros) {
            return 0;
        }
        return filledNotional[0] / (filledLots[0] * m);
    }

    long averagePremiumE8() {
        return weightSum == 0 ? 0 : Math.floorDiv(weightedSumE8, weightSum);
    }

    /** The rate for an interval from the average premium (exposed for tests and the UI's estimate). */
    static long rateE8(long avgPremiumE8, Instrument inst) {
        long clamp = inst.fundingPremiumClampE8();
        long eightHour = avgPremiumE8 + Math.max(-clamp, Math.min(clamp, inst.fundingInterestE8() - avgPremiumE8));
        long scaled = MoneyMath.mulDivFloor(eightHour, inst.fundingIntervalNanos(), EIGHT_HOURS);
        long cap = MoneyMath.mulDivFloor(MoneyMath.mulDivFloor(inst.fundingCapFactorE8(),
                inst.brackets().get(1).mmrE8(), Instrument.E8), inst.fundingIntervalNanos(), EIGHT_HOURS);
        return Math.max(-cap, Math.min(cap, scaled));
    }

    /** Settles one interval at the current mark. Returns the rate paid. */
    long settle() {
        long rate = rateE8(averagePremiumE8(), s.inst);
        weightedSumE8 = 0;
        weightSum = 0;
        samples = 0;
        long paid = 0;
        long received = 0;
        long mark = s.markTicks;
        for (Account a : s.accountList) {
            if (a.positionLots == 0 || rate == 0) {
                continue;
            }
            long amount = payment(a.positionLots, rate, mark);
            a.addCollateral(amount);
            a.fundingMicros += amount;
            if (amount < 0) {
                paid -= amount;
            } else {
                received += amount;
            }
            s.out.add(new FundingPaid(a.id, amount, rate));
            s.touch(a);
        }
        for (SystemBook sys : new SystemBook[] {s.fund, s.house}) {
            if (sys.positionLots != 0 && rate != 0) {
                long amount = payment(sys.positionLots, rate, mark);
                if (sys == s.fund) {
                    // Through fundChange: a payment larger than the fund's balance goes on to socialized loss
                    // instead of leaving the fund negative, and the fund's move is an event.
                    s.fundChange(amount, FundChangeReason.FUNDING, 0);
                } else {
                    sys.balanceMicros += amount;
                }
                if (amount < 0) {
                    paid -= amount;
                } else {
                    received += amount;
                }
            }
        }
        long house = paid - received;
        s.feeAccountMicros += house;
        s.lastFundingRateE8 = rate;
        s.out.add(new FundingSettled(s.nowNanos, rate, mark, paid, received, house));
        return rate;
    }

    /** Signed payment for a position (negative = pays): payers round up, receivers round down. */
    private long payment(long positionLots, long rateE8, long markTicks) {
        long notional = s.inst.notionalMicros(markTicks, Math.abs(positionLots));
        boolean pays = (positionLots > 0) == (rateE8 > 0);
        long abs = Math.abs(rateE8);
        return pays ? -MoneyMath.mulDivCeil(notional, abs, Instrument.E8)
                : MoneyMath.mulDivFloor(notional, abs, Instrument.E8);
    }

    void write(StateOut out) {
        out.l(weightedSumE8).l(weightSum).l(samples).l(lastSampleSecond);
    }

    void read(StateIn in) {
        weightedSumE8 = in.l();
        weightSum = in.l();
        samples = in.l();
        lastSampleSecond = in.l();
    }
}

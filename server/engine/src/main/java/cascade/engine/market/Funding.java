package cascade.engine.market;

import cascade.engine.Instrument;
import cascade.engine.event.FundChangeReason;
import cascade.engine.event.FundingPaid;
import cascade.engine.event.FundingSettled;
import cascade.engine.funding.FundingMath;
import cascade.engine.funding.PremiumAverage;

/**
 * Funding (RULES.md "Funding", MECHANICS §5). Each game-second the premium index
 * {@code P = [max(0, impactBid − index) − max(0, index − impactAsk)] / index} is sampled from the impact
 * prices of the impact margin notional (200 USDT × bracket-1 max leverage); samples are averaged with
 * linear time weights. At each interval boundary
 * {@code F = P̄ + clamp(I − P̄, ±clamp)} on an 8-hour basis, scaled by interval / 8 h and capped at
 * ±capFactor × MMR(bracket 1) (scaled likewise), is paid on {@code mark × size}: longs pay shorts when
 * F &gt; 0. Payers pay rounded up, receivers receive rounded down; the remainder goes to the house fee account.
 * A side whose book cannot fill the impact notional contributes no premium. The arithmetic is
 * {@link FundingMath}'s.
 */
final class Funding {
    private static final int IMPACT_LEVELS = 200;
    private final MarketState s;
    private final long[] prices = new long[IMPACT_LEVELS];
    private final long[] lots = new long[IMPACT_LEVELS];
    PremiumAverage premium = PremiumAverage.EMPTY;
    long lastSampleSecond = -1;

    Funding(MarketState s) {
        this.s = s;
    }

    /** One premium sample per game-second, from the impact prices of the top {@value #IMPACT_LEVELS} levels. */
    void sample(long nowNanos) {
        long second = nowNanos / Instrument.NANOS_PER_SECOND;
        if (second == lastSampleSecond) {
            return;
        }
        lastSampleSecond = second;
        long notional = FundingMath.impactNotionalMicros(s.inst.brackets());
        int nb = s.book.topLevels(true, IMPACT_LEVELS, prices, lots);
        long bid = FundingMath.impactPriceTicks(true, prices, lots, nb, notional, s.inst);
        int na = s.book.topLevels(false, IMPACT_LEVELS, prices, lots);
        long ask = FundingMath.impactPriceTicks(false, prices, lots, na, notional, s.inst);
        premium = premium.plus(FundingMath.premiumIndexE8(bid, ask, s.indexTicks));
    }

    long averagePremiumE8() {
        return premium.averageE8();
    }

    /** Settles one interval at the current mark. Returns the rate paid. */
    long settle() {
        long rate = FundingMath.fundingRateE8(averagePremiumE8(), s.inst);
        premium = PremiumAverage.EMPTY;
        long paid = 0;
        long received = 0;
        long mark = s.markTicks;
        for (Account a : s.accountList) {
            if (a.positionLots == 0 || rate == 0) {
                continue;
            }
            long amount = -FundingMath.fundingPaymentMicros(mark, a.positionLots, rate, s.inst);
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
                long amount = -FundingMath.fundingPaymentMicros(mark, sys.positionLots, rate, s.inst);
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

    void write(StateOut out) {
        out.l(premium.samples()).l(premium.weightedSumE8()).l(lastSampleSecond);
    }

    void read(StateIn in) {
        premium = new PremiumAverage(in.l(), in.l());
        lastSampleSecond = in.l();
    }
}

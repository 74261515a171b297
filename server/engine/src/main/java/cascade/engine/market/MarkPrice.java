package cascade.engine.market;

import cascade.engine.mark.MarkPriceMath;

/**
 * Mark price (RULES.md "Mark price"): {@code median(P1, P2, last)} with
 * {@code P1 = index × (1 + lastFundingRate × timeToFunding / interval)} and
 * {@code P2 = index + MA(mid − index)} over the last N one-game-second samples. When the book is one-sided
 * or empty the mid is replaced by the index (a zero basis sample); before any trade, last = index.
 * Basis samples are kept in half-ticks so a mid between two ticks is exact; averages round toward negative
 * infinity (floor); P1 is {@link MarkPriceMath#price1Ticks}.
 */
final class MarkPrice {
    private final long[] samplesHalfTicks;
    private int count;
    private int head;
    private long sumHalfTicks;
    private long lastSampleSecond = -1;
    long price1Ticks;
    long price2Ticks;

    MarkPrice(int samples) {
        samplesHalfTicks = new long[samples];
    }

    /** Takes at most one basis sample per game-second. */
    void sample(long nowNanos, long indexTicks, long bestBid, long bestAsk) {
        long second = nowNanos / 1_000_000_000L;
        if (second == lastSampleSecond) {
            return;
        }
        lastSampleSecond = second;
        long basis = bestBid > 0 && bestAsk > 0 ? bestBid + bestAsk - 2 * indexTicks : 0;
        if (count == samplesHalfTicks.length) {
            sumHalfTicks -= samplesHalfTicks[head];
        } else {
            count++;
        }
        samplesHalfTicks[head] = basis;
        sumHalfTicks += basis;
        head = (head + 1) % samplesHalfTicks.length;
    }

    long compute(long indexTicks, long lastTicks, long lastFundingRateE8, long timeToFundingNanos,
                 long fundingIntervalNanos) {
        price1Ticks = MarkPriceMath.price1Ticks(indexTicks, lastFundingRateE8, timeToFundingNanos, fundingIntervalNanos);
        long maHalf = count == 0 ? 0 : Math.floorDiv(sumHalfTicks, count);
        price2Ticks = indexTicks + Math.floorDiv(maHalf, 2);
        long last = lastTicks > 0 ? lastTicks : indexTicks;
        return MarkPriceMath.median3(price1Ticks, price2Ticks, last);
    }

    void write(StateOut out) {
        out.i(count).i(head).l(sumHalfTicks).l(lastSampleSecond).l(price1Ticks).l(price2Ticks);
        for (long v : samplesHalfTicks) {
            out.l(v);
        }
    }

    void read(StateIn in) {
        count = in.i();
        head = in.i();
        sumHalfTicks = in.l();
        lastSampleSecond = in.l();
        price1Ticks = in.l();
        price2Ticks = in.l();
        for (int i = 0; i < samplesHalfTicks.length; i++) {
            samplesHalfTicks[i] = in.l();
        }
    }
}

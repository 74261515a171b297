package cascade.bench;

import cascade.engine.Instrument;
import cascade.engine.book.TimeInForce;
import cascade.engine.command.Command;
import cascade.engine.command.Deposit;
import cascade.engine.command.IndexTick;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.Side;
import cascade.engine.event.CommandRejected;
import cascade.engine.event.Event;
import cascade.engine.market.Market;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds markets with many open positions for the margin benchmarks, through {@link Market#apply} only (so
 * every position is one the engine itself opened). A liquidity provider (account 1, very large wallet,
 * 1× leverage) rests one big order at the opening price; traders 2…n+1 each deposit, set leverage and take
 * it with an IOC at that price. Deposits are drawn so liquidation prices spread over a chosen band.
 *
 * <p>Moving the mark: mark = median(P1, P2, last) with P1 = index (no funding settled yet) and
 * P2 = index + MA(mid − index). These books are one-sided or empty whenever a basis sample is taken, so
 * every sample is 0 and P2 = index: the mark equals the index, and a single {@link IndexTick} moves it
 * exactly where the benchmark wants. (A two-sided book would need the index held 30+ game-seconds.)
 */
final class PositionFixture {
    static final long USDT = 1_000_000L;
    static final long LP = 1;
    static final long OPEN_TICKS = 500_000; // 50,000.0 USDT
    static final int TOP = 1_000;

    final Market market;
    final int n;
    /** Liquidation ticks of the traders, highest first (longs) or lowest first (shorts). */
    final long[] liqSorted;
    long nowNanos;

    /** Funding interval long enough that no settlement (an O(n) pass by nature) falls inside a benchmark. */
    static Instrument instrument(long insuranceSeedMicros) {
        return Instrument.btcUsdt().withFundingInterval(3_650L * 24 * 3600 * Instrument.NANOS_PER_SECOND)
                .withInsuranceSeed(insuranceSeedMicros);
    }

    /**
     * n traders, each long {@code 1..5} lots at 50,000, with cross liquidation prices spread roughly
     * uniformly between {@code lowUsdt} and {@code highUsdt} (per lot: collateral ≈ 50 − liq × 0.000996), except
     * the first {@link #TOP}, which sit 0.5 USDT apart just above {@code highUsdt}.
     */
    PositionFixture(int n, double lowUsdt, double highUsdt, long insuranceSeedMicros, long seed) {
        this.n = n;
        this.market = new Market(instrument(insuranceSeedMicros), OPEN_TICKS);
        tick(OPEN_TICKS); // first basis sample, taken on the empty book
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] lots = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            lots[i] = 1 + rnd.nextInt(5);
            total += lots[i];
        }
        ok(new Deposit(LP, 100_000_000_000L * USDT));
        ok(new SetLeverage(LP, 1));
        ok(PlaceOrder.limit(LP, Side.SELL, OPEN_TICKS, total));
        for (int i = 0; i < n; i++) {
            long id = i + 2;
            // The first TOP traders sit above the band, 0.5 USDT apart, so "exactly k cross" has a mark for
            // every k ≤ TOP (inside the band ~10 accounts share a tick at n = 10^6).
            double liq = i < TOP ? highUsdt + 0.5 * (TOP - i) : lowUsdt + rnd.nextDouble() * (highUsdt - lowUsdt);
            // collateral per lot so the liquidation price is ≈ liq, plus the 0.05 % taker fee and a margin for rounding
            long perLot = Math.round((50.0 - liq * 0.000996 + 0.03) * USDT);
            ok(new Deposit(id, perLot * lots[i]));
            ok(new SetLeverage(id, 125 - rnd.nextInt(60))); // ≥ 66×: the thinnest collateral (≈ 1.2 USDT per lot) covers IM
            ok(new PlaceOrder(id, 0, Side.BUY, OrderType.LIMIT, TimeInForce.IOC, OPEN_TICKS, lots[i], false));
        }
        liqSorted = new long[n];
        for (int i = 0; i < n; i++) {
            liqSorted[i] = -market.liquidationPriceTicks(i + 2);
        }
        Arrays.sort(liqSorted);
        for (int i = 0; i < n; i++) {
            liqSorted[i] = -liqSorted[i];
        }
    }

    /** The highest mark tick at which exactly {@code k} longs are crossed (nearest achievable k if ties). */
    long markCrossing(int k) {
        if (k == 0) {
            return liqSorted[0] + 1;
        }
        long t = liqSorted[k - 1];
        return t;
    }

    /** How many traders are liquidatable at {@code markTicks}. */
    int crossedAt(long markTicks) {
        int c = 0;
        while (c < n && liqSorted[c] >= markTicks) {
            c++;
        }
        return c;
    }

    List<Event> tick(long indexTicks) {
        nowNanos += 1;
        return market.apply(new IndexTick(nowNanos, indexTicks, "bench"));
    }

    List<Event> ok(Command c) {
        List<Event> ev = market.apply(c);
        for (Event e : ev) {
            if (e instanceof CommandRejected r) {
                throw new IllegalStateException(c + " rejected: " + r);
            }
        }
        return ev;
    }
}

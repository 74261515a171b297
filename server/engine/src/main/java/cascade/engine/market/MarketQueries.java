package cascade.engine.market;

import cascade.engine.Instrument;
import cascade.engine.risk.MoneyMath;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Read-only analytics on engine state (never mutate). */
public final class MarketQueries {
    private final Market market;
    private final MarketState s;

    MarketQueries(Market market) {
        this.market = market;
        this.s = market.s;
    }

    /** Null when the account does not exist. */
    public AccountView account(long accountId) {
        Account a = s.accounts.get(accountId);
        if (a == null) {
            return null;
        }
        long m = s.m();
        long upnl = PositionMath.unrealizedPnl(a.positionLots, a.entryNotionalMicros, s.markTicks, m);
        return new AccountView(a.id, a.walletMicros, a.isolatedMarginMicros, a.mode, a.leverage, a.positionLots,
                a.entryNotionalMicros, a.orderMarginMicros, s.availableMicros(a), upnl,
                PositionMath.marginBalance(a, s.markTicks, m), PositionMath.maintenance(a, s.markTicks, s.inst),
                s.marginRatioE8(a), a.liquidationTicks, PositionMath.bankruptcyTicks(a, s.inst),
                market.adl.quantile(a), a.realizedPnlMicros, a.feesPaidMicros, a.fundingMicros, a.liquidations,
                a.openOrders.size());
    }

    /** Account ids in creation order. */
    public long[] accountIds() {
        long[] ids = new long[s.accountList.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = s.accountList.get(i).id;
        }
        return ids;
    }

    public BookView bookView(int depth) {
        long[] bp = new long[depth];
        long[] bq = new long[depth];
        long[] ap = new long[depth];
        long[] aq = new long[depth];
        int nb = s.book.topLevels(true, depth, bp, bq);
        int na = s.book.topLevels(false, depth, ap, aq);
        return new BookView(s.bookSeq, java.util.Arrays.copyOf(bp, nb), java.util.Arrays.copyOf(bq, nb),
                java.util.Arrays.copyOf(ap, na), java.util.Arrays.copyOf(aq, na));
    }

    /** Open orders of one account, by order id. */
    public List<OrderView> orders(long accountId) {
        Account a = s.accounts.get(accountId);
        List<OrderView> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        for (long id : a.openOrders.sortedCopy()) {
            OrderInfo o = s.orders.get(id);
            out.add(new OrderView(id, a.id, o.clientOrderId, o.side, s.book.priceOf(id), s.book.remainingOf(id),
                    o.reduceOnly, o.marginMicros));
        }
        return out;
    }

    /** L2 top {@code n} of one side into caller-owned arrays (no allocation); returns how many levels. */
    public int topLevels(boolean bids, int n, long[] pricesOut, long[] lotsOut) {
        return s.book.topLevels(bids, n, pricesOut, lotsOut);
    }

    public long bestBidTicks() {
        return s.book.bestBid();
    }

    public long bestAskTicks() {
        return s.book.bestAsk();
    }

    /** Open interest in lots (long side; equals the short side). */
    public long openInterestLots() {
        long oi = Math.max(0, s.fund.positionLots) + Math.max(0, s.house.positionLots);
        for (Account a : s.accountList) {
            oi += Math.max(0, a.positionLots);
        }
        return oi;
    }

    /** Resting lots within ±{@code pctE8} of mid: [bids, asks]. */
    public long[] depthWithinLots(long pctE8) {
        long bid = s.book.bestBid();
        long ask = s.book.bestAsk();
        long mid = bid > 0 && ask > 0 ? (bid + ask) / 2 : s.markTicks;
        long d = MoneyMath.mulDivFloor(mid, pctE8, Instrument.E8);
        return new long[] {bid == 0 ? 0 : s.book.depthLots(true, mid - d), ask == 0 ? 0 : s.book.depthLots(false, mid + d)};
    }

    /**
     * The true liquidation map (RULES.md): notional (micro-USDT at the liquidation price) that would be
     * force-sold (longs) or force-bought (shorts), bucketed by exact liquidation tick / bucket. Key = bucket
     * start tick; value = [long notional, short notional].
     */
    public TreeMap<Long, long[]> liquidationMap(long bucketTicks) {
        if (bucketTicks <= 0) {
            throw new IllegalArgumentException("bucket must be positive");
        }
        TreeMap<Long, long[]> map = new TreeMap<>();
        for (Account a : s.accountList) {
            if (a.positionLots == 0 || a.liquidationTicks == 0) {
                continue;
            }
            long bucket = Math.floorDiv(a.liquidationTicks, bucketTicks) * bucketTicks;
            long[] v = map.computeIfAbsent(bucket, k -> new long[2]);
            v[a.positionLots > 0 ? 0 : 1] += s.inst.notionalMicros(a.liquidationTicks, a.absLots());
        }
        return map;
    }

    public Ledger ledger() {
        long wallets = 0;
        long isolated = 0;
        long upnl = s.fund.unrealizedPnl(s.markTicks, s.m()) + s.house.unrealizedPnl(s.markTicks, s.m());
        long longOi = Math.max(0, s.fund.positionLots) + Math.max(0, s.house.positionLots);
        long shortOi = Math.max(0, -s.fund.positionLots) + Math.max(0, -s.house.positionLots);
        for (Account a : s.accountList) {
            wallets += a.walletMicros;
            isolated += a.isolatedMarginMicros;
            upnl += PositionMath.unrealizedPnl(a.positionLots, a.entryNotionalMicros, s.markTicks, s.m());
            longOi += Math.max(0, a.positionLots);
            shortOi += Math.max(0, -a.positionLots);
        }
        return new Ledger(wallets, isolated, s.fund.balanceMicros, s.feeAccountMicros, s.house.balanceMicros, upnl,
                s.depositsMicros, longOi, shortOi);
    }

    /** True when the book is not crossed (best bid &lt; best ask, or a side is empty). */
    public boolean bookUncrossed() {
        long bid = s.book.bestBid();
        long ask = s.book.bestAsk();
        return bid == 0 || ask == 0 || bid < ask;
    }

    /**
     * Probability that the mark reaches the account's liquidation price within {@code horizonSeconds}
     * (RULES.md: closed-form first passage of GBM with drift, Broadie–Glasserman shift when a monitoring
     * interval &gt; 0 is given), from a volatility the caller supplies (annualised, e.g. the room's EWMA).
     * 0 without a position or liquidation price; 1 when already liquidatable.
     */
    public double liquidationProbability(long accountId, double horizonSeconds, double sigmaAnnual,
                                         double muAnnual, double monitoringIntervalSeconds) {
        Account a = s.accounts.get(accountId);
        if (a == null || a.positionLots == 0 || a.liquidationTicks == 0) {
            return 0;
        }
        if (PositionMath.liquidatable(a, s.markTicks, s.inst)) {
            return 1;
        }
        return cascade.engine.analytics.LiquidationProbability.probability(a.isLong(), s.markTicks,
                a.liquidationTicks, sigmaAnnual, muAnnual, horizonSeconds, monitoringIntervalSeconds);
    }

    /** Whether the account is liquidatable at a hypothetical mark (for tests and what-if displays). */
    public boolean liquidatableAt(long accountId, long markTicks) {
        Account a = s.accounts.get(accountId);
        return a != null && PositionMath.liquidatable(a, markTicks, s.inst);
    }
}

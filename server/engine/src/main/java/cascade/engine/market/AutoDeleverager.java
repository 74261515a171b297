package cascade.engine.market;

import cascade.engine.Instrument;
import cascade.engine.command.Side;
import cascade.engine.event.CancelReason;
import cascade.engine.event.PositionAutoDeleveraged;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Auto-deleveraging (MECHANICS §1.6, RULES.md step 4). Opposite-side positions with positive unrealized
 * PnL are ranked by {@code LeveragePnl = max(0, uPnL) / max(1 USDT, WB) × MM / (WB + uPnL)} (WB = the
 * position's collateral), highest first, ties by account id; they are closed at the bankrupt position's
 * bankruptcy price with no fee, and their open orders are cancelled.
 *
 * <p>The ranking is built once per mark (lazily, on the first ADL or quantile query after a tick) and then
 * consumed from the top, so deleveraging k bankrupt positions against n candidates costs O(n log n + k),
 * never O(n·k). Scores are doubles: only their order matters, and Java's double arithmetic is deterministic.
 */
final class AutoDeleverager {
    private final MarketState s;
    private Trading trading;
    private final Ranking[] rankings = {new Ranking(), new Ranking()}; // [0] longs, [1] shorts
    private long rankedAtEpoch = -1;
    long epoch;

    AutoDeleverager(MarketState s) {
        this.s = s;
    }

    void setTrading(Trading trading) {
        this.trading = trading;
    }

    private static final class Ranking {
        Account[] accounts = new Account[0];
        double[] scoresAscending = new double[0];
        int cursor;
    }

    /** Invalidate rankings (call when the mark changes). */
    void newEpoch() {
        epoch++;
    }

    private void ensureRanked() {
        if (rankedAtEpoch == epoch) {
            return;
        }
        rankedAtEpoch = epoch;
        List<Account> longs = new ArrayList<>();
        List<Account> shorts = new ArrayList<>();
        for (Account a : s.accountList) {
            if (a.positionLots != 0
                    && PositionMath.unrealizedPnl(a.positionLots, a.entryNotionalMicros, s.markTicks, s.m()) > 0) {
                (a.positionLots > 0 ? longs : shorts).add(a);
            }
        }
        rank(rankings[0], longs);
        rank(rankings[1], shorts);
    }

    private void rank(Ranking r, List<Account> list) {
        Account[] ranked = list.toArray(new Account[0]);
        double[] scores = new double[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i].adlScore = score(ranked[i]);
            scores[i] = ranked[i].adlScore;
        }
        // Highest score first, ties by account id: the comparator reads fields, no boxing.
        Arrays.sort(ranked, (x, y) -> x.adlScore != y.adlScore ? Double.compare(y.adlScore, x.adlScore)
                : Long.compare(x.id, y.id));
        r.accounts = ranked;
        Arrays.sort(scores);
        r.scoresAscending = scores;
        r.cursor = 0;
    }

    double score(Account a) {
        long m = s.m();
        long upnl = PositionMath.unrealizedPnl(a.positionLots, a.entryNotionalMicros, s.markTicks, m);
        long wb = a.collateralMicros();
        long mb = wb + upnl;
        if (mb <= 0) {
            return 0;
        }
        double pnlPct = Math.max(0, upnl) / (double) Math.max(Instrument.MICROS_PER_USDT, wb);
        double ratio = PositionMath.maintenance(a, s.markTicks, s.inst) / (double) mb;
        return pnlPct * ratio;
    }

    /**
     * Closes up to {@code lots} of the bankrupt account's position against ranked counterparties at
     * {@code priceTicks}. With {@code includeUnprofitable} (socialized loss off) it continues, after the
     * profitable ones, through every other opposite position by id. Returns the lots deleveraged.
     */
    long deleverage(Account bankrupt, long lots, long priceTicks, long liquidationId, boolean includeUnprofitable) {
        ensureRanked();
        boolean bankruptLong = bankrupt.isLong();
        Ranking r = rankings[bankruptLong ? 1 : 0];
        long done = 0;
        while (done < lots && r.cursor < r.accounts.length) {
            Account c = r.accounts[r.cursor];
            if (c == bankrupt || c.positionLots == 0 || (c.positionLots > 0) == bankruptLong) {
                r.cursor++;
                continue;
            }
            done += closeAgainst(bankrupt, c, lots - done, priceTicks, liquidationId);
            if (c.positionLots == 0 || (c.positionLots > 0) == bankruptLong) {
                r.cursor++;
            }
        }
        if (includeUnprofitable) {
            for (int i = 0; i < s.accountList.size() && done < lots; i++) {
                Account c = s.accountList.get(i);
                if (c != bankrupt && c.positionLots != 0 && (c.positionLots > 0) != bankruptLong) {
                    done += closeAgainst(bankrupt, c, lots - done, priceTicks, liquidationId);
                }
            }
        }
        return done;
    }

    private long closeAgainst(Account bankrupt, Account c, long want, long priceTicks, long liquidationId) {
        long x = Math.min(want, c.absLots());
        boolean counterpartyLong = c.isLong();
        trading.cancelAll(c, CancelReason.AUTO_DELEVERAGE);
        long realizedBefore = c.realizedPnlMicros;
        s.applyFill(c, !counterpartyLong, priceTicks, x, 0, false);
        s.applyFill(bankrupt, counterpartyLong, priceTicks, x, 0, true);
        s.out.add(new PositionAutoDeleveraged(c.id, liquidationId, counterpartyLong ? Side.BUY : Side.SELL, x,
                priceTicks, c.realizedPnlMicros - realizedBefore));
        return x;
    }

    /**
     * ADL indicator 0–4 (RULES.md): the quintile of the account's score among same-side profitable
     * positions; 4 = first in line. 0 when not profitable.
     */
    int quantile(Account a) {
        if (a.positionLots == 0
                || PositionMath.unrealizedPnl(a.positionLots, a.entryNotionalMicros, s.markTicks, s.m()) <= 0) {
            return 0;
        }
        ensureRanked();
        double[] asc = rankings[a.positionLots > 0 ? 0 : 1].scoresAscending;
        if (asc.length == 0) {
            return 0;
        }
        int below = lowerBound(asc, score(a));
        return (int) Math.min(4, (long) below * 5 / asc.length);
    }

    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

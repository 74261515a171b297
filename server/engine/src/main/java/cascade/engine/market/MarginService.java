package cascade.engine.market;

import cascade.engine.event.Cause;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and liquidates every account whose margin balance ≤ maintenance at the current mark, through the
 * sorted index (never a scan). Liquidations triggered together run most-underwater first (lowest margin
 * balance / maintenance), then by account id (RULES.md tick order, step 4). Fills of one liquidation can
 * push makers over at the same mark: the loop repeats until nothing is crossed. While trading is halted
 * nothing executes: crossed accounts stay queued in the index and run when trading resumes.
 */
final class MarginService {
    private final MarketState s;
    private final LiquidationRulebook rulebook;
    private final List<Account> triggered = new ArrayList<>();
    private final int[] generation = new int[1];

    MarginService(MarketState s, LiquidationRulebook rulebook) {
        this.s = s;
        this.rulebook = rulebook;
    }

    void run() {
        s.reindexStale();
        if (s.halted()) {
            return;
        }
        while (s.index.anyTriggered(s.markTicks)) {
            triggered.clear();
            s.index.collectTriggered(s.markTicks, triggered);
            long m = s.m();
            long[] mb = new long[triggered.size()];
            long[] mm = new long[triggered.size()];
            List<Integer> order = new ArrayList<>(triggered.size());
            for (int i = 0; i < triggered.size(); i++) {
                Account a = triggered.get(i);
                mb[i] = PositionMath.marginBalance(a, s.markTicks, m);
                mm[i] = Math.max(1, PositionMath.maintenance(a, s.markTicks, s.inst));
                order.add(i);
            }
            order.sort((x, y) -> {
                int c = compareRatios(mb[x], mm[x], mb[y], mm[y]);
                return c != 0 ? c : Long.compare(triggered.get(x).id, triggered.get(y).id);
            });
            for (int i : order) {
                Account a = triggered.get(i);
                if (PositionMath.liquidatable(a, s.markTicks, s.inst)) {
                    Cause cause = s.genealogy.causeFor(a.isLong(), generation, s.nowNanos);
                    rulebook.liquidate(a, cause, generation[0]);
                } else {
                    s.touch(a);
                }
            }
            s.reindexStale();
        }
    }

    /** Compares b1/d1 with b2/d2 exactly (d1, d2 &gt; 0) using 128-bit products. */
    static int compareRatios(long b1, long d1, long b2, long d2) {
        long hi1 = Math.multiplyHigh(b1, d2);
        long lo1 = b1 * d2;
        long hi2 = Math.multiplyHigh(b2, d1);
        long lo2 = b2 * d1;
        return hi1 != hi2 ? Long.compare(hi1, hi2) : Long.compareUnsigned(lo1, lo2);
    }
}

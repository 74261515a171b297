package cascade.engine.market;

import cascade.engine.event.Cause;
import cascade.engine.event.CauseKind;
import java.util.Arrays;

/**
 * Cascade genealogy (RULES.md): every liquidation gets a cause and a generation.
 *
 * <p>Candidates are the liquidations whose IOC fills moved the last price since the mark update before the
 * current one (the interval whose trading the new mark reflects) plus those of the current interval so far
 * (a liquidation that fills against a maker can push that maker over at the same mark). For a long (which
 * loses when the price falls) the cause is the candidate with the most negative last-price move, for a
 * short the most positive; ties go to the earlier liquidation. Without such a candidate the cause is
 * exogenous, generation 1: the context set by the command (funding, rule change, the trader's own action),
 * else the index if it moved against the account at this tick. Refinement (docs/rules.md): the mark follows
 * the book through a moving average of the basis, so a liquidation's fills keep pushing the mark for the
 * length of that window; without a candidate in the strict interval, the cause is the <em>most recent</em>
 * liquidation within the basis window whose fills moved the last price against the account. Only then the
 * trader whose fills moved the last price most against it, else the index (basis or funding terms).
 *
 * <p>Episodes: a liquidation more than {@code gapNanos} after the previous one starts a new episode.
 */
final class Genealogy {
    private int[] generations = new int[1024];
    private Moves current = new Moves();
    private Moves prev = new Moves();

    long indexDeltaTicks;
    String indexCause = "";
    CauseKind context;
    long contextAccount;
    String contextDetail = "";
    long lastLiquidationNanos = Long.MIN_VALUE;
    /** Recent adverse-capable liquidation moves (time, id, move) within the mark's basis window. */
    private final Moves recent = new Moves();
    private long[] recentTimes = new long[16];
    long windowNanos = 30_000_000_000L;
    long episodeId;
    int maxGeneration;

    /** Liquidation and trade moves of one mark interval. */
    private static final class Moves {
        long[] ids = new long[16];
        long[] moves = new long[16];
        int size;
        long downAccount;
        long downMove;
        long upAccount;
        long upMove;

        void reset() {
            size = 0;
            downAccount = 0;
            downMove = 0;
            upAccount = 0;
            upMove = 0;
        }

        void add(long id, long move) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                moves = Arrays.copyOf(moves, size * 2);
            }
            ids[size] = id;
            moves[size++] = move;
        }
    }

    void onMarkUpdate(long indexDelta, String cause) {
        Moves old = prev;
        prev = current;
        current = old;
        current.reset();
        indexDeltaTicks = indexDelta;
        indexCause = cause == null ? "" : cause;
    }

    void recordLiquidationMove(long liquidationId, long moveTicks, long nowNanos) {
        if (moveTicks != 0) {
            current.add(liquidationId, moveTicks);
            if (recent.size == recentTimes.length) {
                recentTimes = Arrays.copyOf(recentTimes, recent.size * 2);
            }
            recentTimes[recent.size] = nowNanos;
            recent.add(liquidationId, moveTicks);
        }
    }

    /** Drops window entries older than the basis window. */
    private void prune(long nowNanos) {
        int keep = 0;
        for (int i = 0; i < recent.size; i++) {
            if (nowNanos - recentTimes[i] <= windowNanos) {
                recentTimes[keep] = recentTimes[i];
                recent.ids[keep] = recent.ids[i];
                recent.moves[keep++] = recent.moves[i];
            }
        }
        recent.size = keep;
    }

    void recordTradeMove(long accountId, long moveTicks) {
        if (moveTicks < current.downMove) {
            current.downMove = moveTicks;
            current.downAccount = accountId;
        } else if (moveTicks > current.upMove) {
            current.upMove = moveTicks;
            current.upAccount = accountId;
        }
    }

    void setGeneration(long liquidationId, int generation) {
        if (liquidationId >= generations.length) {
            generations = Arrays.copyOf(generations, (int) Math.max(liquidationId + 1, generations.length * 2L));
        }
        generations[(int) liquidationId] = generation;
        maxGeneration = Math.max(maxGeneration, generation);
    }

    int generationOf(long liquidationId) {
        return liquidationId < generations.length ? generations[(int) liquidationId] : 0;
    }

    /** The cause of a liquidation of a long ({@code isLong}) or short position, with its generation. */
    Cause causeFor(boolean isLong, int[] generationOut, long nowNanos) {
        long bestId = 0;
        long bestMove = 0;
        for (Moves mv : new Moves[] {prev, current}) {
            for (int i = 0; i < mv.size; i++) {
                long adverse = isLong ? -mv.moves[i] : mv.moves[i];
                if (adverse > bestMove || (adverse == bestMove && adverse > 0 && mv.ids[i] < bestId)) {
                    bestMove = adverse;
                    bestId = mv.ids[i];
                }
            }
        }
        if (bestId != 0) {
            generationOut[0] = generationOf(bestId) + 1;
            return new Cause(CauseKind.LIQUIDATION, bestId, 0, "liquidation #" + bestId);
        }
        generationOut[0] = 1;
        if (context != null) {
            return new Cause(context, 0, contextAccount, contextDetail);
        }
        if (isLong ? indexDeltaTicks < 0 : indexDeltaTicks > 0) {
            return new Cause(CauseKind.INDEX, 0, 0, indexCause.isEmpty() ? "index move" : indexCause);
        }
        prune(nowNanos);
        for (int i = recent.size - 1; i >= 0; i--) {
            if (isLong ? recent.moves[i] < 0 : recent.moves[i] > 0) {
                long parent = recent.ids[i];
                generationOut[0] = generationOf(parent) + 1;
                return new Cause(CauseKind.LIQUIDATION, parent, 0, "liquidation #" + parent + " (via mark basis)");
            }
        }
        long account = 0;
        for (Moves mv : new Moves[] {prev, current}) {
            if (isLong && mv.downMove < 0) {
                account = mv.downAccount;
            } else if (!isLong && mv.upMove > 0) {
                account = mv.upAccount;
            }
        }
        if (account != 0) {
            return new Cause(CauseKind.TRADE, 0, account, "trades by account " + account);
        }
        return new Cause(CauseKind.INDEX, 0, 0, indexCause.isEmpty() ? "mark move" : indexCause);
    }

    /** Episode of a liquidation at {@code nowNanos}, opening a new one after a gap. */
    long episodeAt(long nowNanos, long gapNanos) {
        if (lastLiquidationNanos == Long.MIN_VALUE || nowNanos - lastLiquidationNanos > gapNanos) {
            episodeId++;
        }
        lastLiquidationNanos = nowNanos;
        return episodeId;
    }

    void write(StateOut out) {
        out.l(indexDeltaTicks).s(indexCause).l(lastLiquidationNanos).l(episodeId).i(maxGeneration);
        out.i(generations.length);
        for (int g : generations) {
            out.i(g);
        }
        for (Moves mv : new Moves[] {prev, current, recent}) {
            out.i(mv.size).l(mv.downAccount).l(mv.downMove).l(mv.upAccount).l(mv.upMove);
            for (int i = 0; i < mv.size; i++) {
                out.l(mv.ids[i]).l(mv.moves[i]);
            }
        }
        for (int i = 0; i < recent.size; i++) {
            out.l(recentTimes[i]);
        }
        out.l(windowNanos);
    }

    void read(StateIn in) {
        indexDeltaTicks = in.l();
        indexCause = in.s();
        lastLiquidationNanos = in.l();
        episodeId = in.l();
        maxGeneration = in.i();
        generations = new int[in.i()];
        for (int i = 0; i < generations.length; i++) {
            generations[i] = in.i();
        }
        for (Moves mv : new Moves[] {prev, current, recent}) {
            mv.reset();
            int n = in.i();
            mv.downAccount = in.l();
            mv.downMove = in.l();
            mv.upAccount = in.l();
            mv.upMove = in.l();
            for (int i = 0; i < n; i++) {
                mv.add(in.l(), in.l());
            }
        }
        recentTimes = new long[Math.max(16, recent.size)];
        for (int i = 0; i < recent.size; i++) {
            recentTimes[i] = in.l();
        }
        windowNanos = in.l();
    }
}

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
 * else the index if it moved against the account at this tick, else the trader whose fills moved the last
 * price most against it, else the index (the mark moved through its basis or funding terms).
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

    void recordLiquidationMove(long liquidationId, long moveTicks) {
        if (moveTicks != 0) {
            current.add(liquidationId, moveTicks);
        }
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
    Cause causeFor(boolean isLong, int[] generationOut) {
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
        for (Moves mv : new Moves[] {prev, current}) {
            out.i(mv.size).l(mv.downAccount).l(mv.downMove).l(mv.upAccount).l(mv.upMove);
            for (int i = 0; i < mv.size; i++) {
                out.l(mv.ids[i]).l(mv.moves[i]);
            }
        }
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
        for (Moves mv : new Moves[] {prev, current}) {
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
    }
}

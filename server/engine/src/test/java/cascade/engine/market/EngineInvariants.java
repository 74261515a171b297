package cascade.engine.market;

import cascade.engine.command.Command;
import cascade.engine.command.MarginMode;
import cascade.engine.event.CauseKind;
import cascade.engine.event.CommandRejected;
import cascade.engine.event.Event;
import cascade.engine.event.FundingSettled;
import cascade.engine.event.PositionAutoDeleveraged;
import cascade.engine.event.PositionLiquidated;
import cascade.engine.event.SocializedLossRecorded;
import cascade.engine.event.TradeExecuted;
import cascade.engine.event.TradingHalted;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The engine's invariants, checked after every command of one market's life (STYLE.md habit 5). A failed
 * check throws {@link AssertionError} naming the command, so a failing seed can be replayed and minimised.
 * Also counts which liquidation paths a run exercised, so a property run can prove it reached them.
 */
final class EngineInvariants {
    /** Counters across every market checked with this instance's {@link Stats}. */
    static final class Stats {
        long sequences;
        long commands;
        long rejections;
        long trades;
        long liquidations;
        long fundTakeovers;
        long adlFills;
        long socializedLosses;
        long laterGenerations;
        long fundingSettlements;
        long halts;

        @Override
        public String toString() {
            return String.format("%,d sequences, %,d commands (%,d rejected), %,d trades, %,d liquidations "
                    + "(%,d with generation ≥ 2), %,d fund takeovers, %,d ADL fills, %,d socialized losses, "
                    + "%,d funding settlements, %,d halts", sequences, commands, rejections, trades,
                    liquidations, laterGenerations, fundTakeovers, adlFills, socializedLosses,
                    fundingSettlements, halts);
        }
    }

    private final Stats stats;
    /** Generation of every liquidation of this market so far, by liquidation id. */
    private final Map<Long, Integer> generations = new HashMap<>();
    private long lastLiquidationId;

    EngineInvariants(Stats stats) {
        this.stats = stats;
    }

    void after(Market m, Command c, java.util.List<Event> events) {
        stats.commands++;
        for (Event e : events) {
            count(e);
            if (e instanceof PositionLiquidated p) {
                genealogy(p, c);
            }
        }
        MarketQueries q = m.query();
        require(q.bookUncrossed(), c, () -> "book crossed");
        Ledger l = m.ledger();
        require(l.longOpenInterestLots() == l.shortOpenInterestLots(), c, () -> "long OI ≠ short OI: " + l);
        require(l.totalMicros() == l.depositsMicros(), c, () -> "money not conserved: " + l);
        require(l.balanced(), c, () -> "ledger not balanced: " + l);
        require(m.insuranceFundMicros() >= 0, c, () -> "insurance fund negative: " + m.insuranceFundMicros());
        long mark = m.markPriceTicks();
        for (long id : q.accountIds()) {
            AccountView v = m.account(id);
            account(m, q, v, mark, c);
        }
    }

    private void account(Market m, MarketQueries q, AccountView v, long mark, Command c) {
        long id = v.accountId();
        long pos = v.positionLots();
        long liq = v.liquidationPriceTicks();
        // MarketState.coverNegativeBalances: a flat account's or an isolated account's negative wallet is
        // covered at once; only a cross account with a position may carry one, left to the margin service.
        if (pos == 0 || v.mode() == MarginMode.ISOLATED) {
            require(v.walletMicros() >= 0, c, () -> "negative wallet left uncovered: " + v);
        }
        if (pos == 0) {
            require(v.isolatedMarginMicros() >= 0, c, () -> "flat account with negative isolated margin: " + v);
            require(liq == 0, c, () -> "flat account with a liquidation price: " + v);
            return;
        }
        // The margin service runs after every command: nobody stays liquidatable at the current mark
        // (a cross account with a negative wallet included), unless a halt queues liquidations.
        if (!m.halted()) {
            require(!q.liquidatableAt(id, mark), c, () -> "liquidatable at mark " + mark + " but not liquidated: " + v);
        }
        // liquidationPriceTicks() is the exact tick where the engine acts.
        if (pos > 0) {
            if (liq == 0) {
                require(!q.liquidatableAt(id, 1), c, () -> "long without a liquidation price is liquidatable at 1 tick: " + v);
            } else {
                require(q.liquidatableAt(id, liq), c, () -> "long not liquidatable at its liquidation tick: " + v);
                require(!q.liquidatableAt(id, liq + 1), c, () -> "long liquidatable one tick above its liquidation tick: " + v);
            }
        } else {
            require(liq > 0, c, () -> "short without a liquidation price: " + v);
            require(q.liquidatableAt(id, liq), c, () -> "short not liquidatable at its liquidation tick: " + v);
            if (liq > 1) {
                require(!q.liquidatableAt(id, liq - 1), c, () -> "short liquidatable one tick below its liquidation tick: " + v);
            }
        }
    }

    /** Generation ≥ 1; a LIQUIDATION cause names an earlier liquidation one generation up; else generation 1. */
    private void genealogy(PositionLiquidated p, Command c) {
        require(p.liquidationId() > lastLiquidationId, c, () -> "liquidation ids not increasing: " + p);
        lastLiquidationId = p.liquidationId();
        require(p.generation() >= 1, c, () -> "generation < 1: " + p);
        if (p.cause().kind() == CauseKind.LIQUIDATION) {
            Integer parent = generations.get(p.cause().parentLiquidationId());
            require(parent != null, c, () -> "cause is not an earlier liquidation: " + p);
            require(p.generation() == parent + 1, c, () -> "generation ≠ parent's + 1 (" + parent + "): " + p);
        } else {
            require(p.generation() == 1, c, () -> "exogenous cause with generation ≠ 1: " + p);
            require(p.cause().parentLiquidationId() == 0, c, () -> "exogenous cause names a parent: " + p);
        }
        generations.put(p.liquidationId(), p.generation());
    }

    private void count(Event e) {
        if (e instanceof CommandRejected) {
            stats.rejections++;
        } else if (e instanceof TradeExecuted) {
            stats.trades++;
        } else if (e instanceof PositionLiquidated p) {
            stats.liquidations++;
            if (p.takenOverLots() > 0) {
                stats.fundTakeovers++;
            }
            if (p.generation() >= 2) {
                stats.laterGenerations++;
            }
        } else if (e instanceof PositionAutoDeleveraged) {
            stats.adlFills++;
        } else if (e instanceof SocializedLossRecorded) {
            stats.socializedLosses++;
        } else if (e instanceof FundingSettled) {
            stats.fundingSettlements++;
        } else if (e instanceof TradingHalted) {
            stats.halts++;
        }
    }

    /** The message is built only on failure: building it eagerly would cost more than the checks. */
    private static void require(boolean ok, Command c, Supplier<String> what) {
        if (!ok) {
            throw new AssertionError(what.get() + "\n  after " + c);
        }
    }
}

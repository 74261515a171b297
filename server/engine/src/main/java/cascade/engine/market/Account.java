package cascade.engine.market;

import cascade.engine.command.MarginMode;

/**
 * One trader's state. Money in micro-USDT. In CROSS mode {@code walletMicros} backs the position; in
 * ISOLATED mode the position's collateral was moved out of the wallet into {@code isolatedMarginMicros}.
 * The position is one-way: {@code positionLots} is signed (long &gt; 0), {@code entryNotionalMicros} is the
 * exact cost basis of |position| (Σ fill notional, reduced pro rata on closes), so average entry price =
 * entryNotional / (|qty| × microsPerTickLot) ticks.
 *
 * <p>Mutable, engine-internal, single writer.
 */
final class Account {
    final long id;
    long walletMicros;
    long isolatedMarginMicros;
    MarginMode mode = MarginMode.CROSS;
    int leverage = 20;
    long positionLots;
    long entryNotionalMicros;

    /** Initial margin reserved by resting non-reduce-only orders (a claim on the wallet, not moved). */
    long orderMarginMicros;
    long openBuyLots;
    long openSellLots;
    final LongList openOrders = new LongList();
    /** How many of the open orders are reduce-only (so reduce-only hygiene skips accounts without any). */
    int reduceOnlyOrders;
    /** ADL score at the current ranking (scratch, rebuilt per command; not state). */
    double adlScore;

    /** Engine's exact trigger tick (0 = none), maintained with the position; see {@link PositionMath}. */
    long liquidationTicks;
    /** Slot in the liquidation index heap, -1 when absent. */
    int heapSlot = -1;
    boolean marginCalled;
    /** Bookkeeping of the current command (not state): last command that touched it, pending re-index. */
    long touchedEpoch;
    boolean stale;
    int liquidations;

    long realizedPnlMicros;
    long feesPaidMicros;
    long fundingMicros;

    Account(long id) {
        this.id = id;
    }

    boolean isLong() {
        return positionLots > 0;
    }

    long absLots() {
        return Math.abs(positionLots);
    }

    /** The collateral that backs the position: the whole wallet (cross) or the isolated margin. */
    long collateralMicros() {
        return mode == MarginMode.ISOLATED ? isolatedMarginMicros : walletMicros;
    }

    void addCollateral(long deltaMicros) {
        if (mode == MarginMode.ISOLATED) {
            isolatedMarginMicros += deltaMicros;
        } else {
            walletMicros += deltaMicros;
        }
    }
}

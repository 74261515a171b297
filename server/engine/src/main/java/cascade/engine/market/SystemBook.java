package cascade.engine.market;

import cascade.engine.risk.MoneyMath;

/**
 * A position holder that is not a trader: the insurance fund (takes over bankrupt positions and offloads
 * them) or the house account that carries socialized loss (ADL off). Its realized PnL lands in
 * {@code balanceMicros}. Owner ids are negative so they never collide with accounts.
 */
final class SystemBook {
    static final long FUND_OWNER = -1;
    static final long HOUSE_OWNER = -2;

    final long owner;
    long balanceMicros;
    long positionLots;
    long entryNotionalMicros;

    SystemBook(long owner, long balanceMicros) {
        this.owner = owner;
        this.balanceMicros = balanceMicros;
    }

    /** Applies a fill at {@code priceTicks}; returns the PnL realized into the balance. */
    long applyFill(boolean isBuy, long priceTicks, long qtyLots, long m) {
        long closeLots = 0;
        if (positionLots > 0 && !isBuy) {
            closeLots = Math.min(qtyLots, positionLots);
        } else if (positionLots < 0 && isBuy) {
            closeLots = Math.min(qtyLots, -positionLots);
        }
        long realized = 0;
        if (closeLots > 0) {
            long abs = Math.abs(positionLots);
            long removed = closeLots == abs ? entryNotionalMicros
                    : MoneyMath.mulDivFloor(entryNotionalMicros, closeLots, abs);
            long value = Math.multiplyExact(Math.multiplyExact(priceTicks, closeLots), m);
            realized = positionLots > 0 ? value - removed : removed - value;
            entryNotionalMicros -= removed;
            positionLots += isBuy ? closeLots : -closeLots;
            balanceMicros += realized;
        }
        long openLots = qtyLots - closeLots;
        if (openLots > 0) {
            entryNotionalMicros += Math.multiplyExact(Math.multiplyExact(priceTicks, openLots), m);
            positionLots += isBuy ? openLots : -openLots;
        }
        return realized;
    }

    long unrealizedPnl(long markTicks, long m) {
        return PositionMath.unrealizedPnl(positionLots, entryNotionalMicros, markTicks, m);
    }
}

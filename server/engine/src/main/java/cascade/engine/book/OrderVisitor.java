package cascade.engine.book;

/** Receives resting orders from {@link OrderBook#forEachOrder} in priority order. */
@FunctionalInterface
public interface OrderVisitor {
    void visit(long orderId, long owner, long priceTicks, long remainingLots);
}

package cascade.engine.event;

/** An order's price or remaining quantity changed. */
public record OrderAmended(long orderId, long accountId, long priceTicks, long qtyLots, boolean keptPriority) implements Event {
}

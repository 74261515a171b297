package cascade.engine.event;

/** Remaining quantity of an order left the book (or an IOC/FOK remainder was dropped). */
public record OrderCanceled(long orderId, long accountId, long canceledLots, CancelReason reason) implements Event {
}

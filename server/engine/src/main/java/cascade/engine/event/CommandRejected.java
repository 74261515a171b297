package cascade.engine.event;

/** A command was refused; state is unchanged. {@code clientOrderId} is 0 when not an order. */
public record CommandRejected(long accountId, long clientOrderId, RejectReason reason, String detail) implements Event {
}

package cascade.engine.command;

/** Cancels a live order owned by the account. */
public record CancelOrder(long accountId, long orderId) implements Command {
}

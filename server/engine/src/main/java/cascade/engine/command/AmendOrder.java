package cascade.engine.command;

/** Changes price and/or remaining quantity. Size down at the same price keeps time priority; anything else loses it. */
public record AmendOrder(long accountId, long orderId, long newPriceTicks, long newQtyLots) implements Command {
}

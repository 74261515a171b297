package cascade.engine.command;

/** Leverage for new orders; must not exceed the bracket's max for the account's current exposure. */
public record SetLeverage(long accountId, int leverage) implements Command {
}

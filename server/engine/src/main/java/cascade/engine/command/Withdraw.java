package cascade.engine.command;

/** Moves collateral out; only the available balance can leave. */
public record Withdraw(long accountId, long amountMicros) implements Command {
}

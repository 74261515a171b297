package cascade.engine.command;

/** Credits collateral from outside (creates the account on first use). Amount in micro-USDT, > 0. */
public record Deposit(long accountId, long amountMicros) implements Command {
}

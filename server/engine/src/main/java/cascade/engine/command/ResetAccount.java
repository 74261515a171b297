package cascade.engine.command;

/** Instructor reset: cancel orders, hand any position to the insurance fund at mark, set the wallet to {@code walletMicros} (the difference counts as a deposit or withdrawal). */
public record ResetAccount(long accountId, long walletMicros) implements Command {
}

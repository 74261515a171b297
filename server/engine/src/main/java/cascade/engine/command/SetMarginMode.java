package cascade.engine.command;

/** Only with no position and no open orders (as on real venues). */
public record SetMarginMode(long accountId, MarginMode mode) implements Command {
}

package cascade.engine.command;

/** Stops order entry and matching until {@code untilNanos} (game time); 0 resumes now. Margin checks go on, liquidations queue. */
public record HaltTrading(long untilNanos) implements Command {
}

package cascade.engine.command;

/** Market reduce-only order for the whole position. */
public record ClosePosition(long accountId) implements Command {
}

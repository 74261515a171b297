package cascade.engine.event;

/** Margin ratio (maintenance / margin balance) rose to 80 % or more. */
public record MarginCallIssued(long accountId, long marginRatioE8) implements Event {
}

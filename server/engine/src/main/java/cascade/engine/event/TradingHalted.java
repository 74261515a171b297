package cascade.engine.event;

/** Order entry and matching stop until {@code untilNanos}. */
public record TradingHalted(long untilNanos) implements Event {
}

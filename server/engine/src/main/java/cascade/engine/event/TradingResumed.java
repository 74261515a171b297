package cascade.engine.event;

/** Trading resumed; queued liquidations run now. */
public record TradingResumed(long gameTimeNanos) implements Event {
}

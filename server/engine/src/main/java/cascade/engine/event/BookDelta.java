package cascade.engine.event;

/** The total at one price level changed (0 = level removed). {@code seq} increases by one per delta. */
public record BookDelta(long seq, boolean isBid, long priceTicks, long totalLots) implements Event {
}

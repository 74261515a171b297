package cascade.engine.event;

/** A deficit no one could absorb, booked as the system's socialized loss. */
public record SocializedLossRecorded(long liquidationId, long amountMicros, long totalMicros) implements Event {
}

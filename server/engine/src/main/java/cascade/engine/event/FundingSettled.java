package cascade.engine.event;

/** Funding at an interval boundary: longs pay shorts when the rate is positive; {@code houseMicros} is the rounding remainder. */
public record FundingSettled(long gameTimeNanos, long rateE8, long markTicks, long paidMicros, long receivedMicros, long houseMicros) implements Event {
}
